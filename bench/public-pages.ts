// npm run bench: how fast the public side answers with many centres. Seeds a throwaway database
// with 500 centres × 20 offers (schedules and 12 weeks of sessions), starts the production build
// with `next start`, and measures with autocannon the search, centre and offer pages cached and
// uncached and a centre's calendar feed, beside a static file from the same server. Prints the
// figures and their ratios to the static file; bench/README.md records a run and reads it.
//
// Settings (environment): BENCH_CENTRES (500), BENCH_OFFERS (20), BENCH_DURATION seconds per run
// (10), BENCH_CONNECTIONS (10), BENCH_SKIP_BUILD=1 to take .next as it is, DATABASE_URL to use that
// server instead of the benchmark's own embedded PostgreSQL.
import "dotenv/config";
import os from "node:os";
import { benchDatabase, type BenchDatabase } from "./database";
import { checkCaching } from "./checks";
import { CONNECTIONS, DURATION_S, measure, type Figures, type Scenario } from "./measure";
import { agreement, table } from "./report";
import { seedMany, type SeededCentre } from "./seed-many";
import { ensureBuild, smallestBuildAsset, startServer, type AppServer } from "./server";

const CENTRES = Number(process.env.BENCH_CENTRES ?? 500);
const OFFERS = Number(process.env.BENCH_OFFERS ?? 20);
const LOCALE_PREFIXES = ["", "/uk", "/en"];

let database: BenchDatabase | undefined;
let server: AppServer | undefined;

async function cleanUp() {
  const [s, d] = [server, database];
  server = database = undefined;
  await s?.stop().catch((e) => console.error("stopping next start failed:", e));
  await d?.drop().catch((e) => console.error(`dropping the database failed (the next run drops it): ${e}`));
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the server and dropping the database…`);
    void cleanUp().finally(() => process.exit(130));
  });
}

/** A fixed shuffle, so every run asks for the same pages in the same order. */
function shuffled<T>(items: T[]): T[] {
  let seed = 7;
  const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function scenarios(centres: SeededCentre[], staticFile: string) {
  const [home, ...others] = centres;
  const centrePath = `/${home.slug}`;
  const offerPath = `/${home.slug}/offer/${home.offers[0]}`;
  // Every other centre's and offer's pages, in all three languages: none has been asked for yet.
  const freshCentres = shuffled(others.flatMap((c) => LOCALE_PREFIXES.map((l) => `${l}/${c.slug}`)));
  const freshOffers = shuffled(others.flatMap((c) => c.offers.flatMap((o) => LOCALE_PREFIXES.map((l) => `${l}/${c.slug}/offer/${o}`))));
  const warm = (path: string) => Array.from({ length: 20 }, () => path);
  const list: Scenario[] = [
    // robots.txt passes through the proxy (src/proxy.ts) like every page; build assets do not.
    { name: "static /robots.txt", path: "/robots.txt", warmup: warm("/robots.txt") },
    { name: `static ${staticFile}`, path: staticFile, warmup: warm(staticFile) },
    { name: "search / (no filter)", path: "/", warmup: warm("/") },
    { name: "search /?q=senior", path: "/?q=senior", warmup: warm("/?q=senior") },
    { name: "centre page, cached", path: centrePath, warmup: warm(centrePath) },
    // The same page at its internal address, which the proxy passes on without a rewrite.
    { name: "centre page, cached, at /l/pl/…", path: `/l/pl${centrePath}`, warmup: warm(`/l/pl${centrePath}`) },
    { name: "offer page, cached", path: offerPath, warmup: warm(offerPath) },
    { name: "centre calendar.ics, cached", path: `${centrePath}/calendar.ics`, warmup: warm(`${centrePath}/calendar.ics`) },
    // Warmed on pages of their own kind, which are then left out of the pool.
    { name: "centre page, uncached", pool: freshCentres.slice(7), warmup: freshCentres.slice(2, 7) },
    { name: "offer page, uncached", pool: freshOffers.slice(5), warmup: freshOffers.slice(0, 5) },
  ];
  return { list, check: { a: freshCentres[0], b: freshCentres[1], centreSlug: freshCentres[0].split("/").at(-1)! } };
}

function machine(): string[] {
  const cpus = os.cpus();
  return [
    `Node ${process.version}, ${os.type()} ${os.release()} ${os.arch()}`,
    `CPU: ${os.availableParallelism()} × ${cpus[0]?.model ?? "?"}`,
    `memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB total, ${(os.freemem() / 2 ** 30).toFixed(1)} GiB free; load average ${os.loadavg()[0].toFixed(2)}`,
  ];
}

async function main() {
  const started = Date.now();
  for (const line of machine()) console.log(line);
  console.log(`next: ${await ensureBuild()}`);

  database = await benchDatabase();
  console.log(`database: ${database.name} (${database.server})`);
  const seedStart = Date.now();
  const seeded = await seedMany(database.url, { centres: CENTRES, offersPerCentre: OFFERS });
  const counts = Object.entries(seeded.rows)
    .map(([k, n]) => `${n} ${k}`)
    .join(", ");
  const steps = Object.entries(seeded.seconds)
    .map(([k, s]) => `${k} ${s.toFixed(1)}`)
    .join(", ");
  console.log(`seeded ${counts} in ${((Date.now() - seedStart) / 1000).toFixed(1)} s (seconds: ${steps})`);

  server = await startServer(database.url);
  const rssBefore = server.rssMiB();
  console.log(`next start on ${server.base}, pid ${server.pid}; resident memory ${rssBefore.toFixed(0)} MiB`);

  const { list, check } = scenarios(seeded.centres, smallestBuildAsset());
  const { seen, robotsOk } = await checkCaching(server.base, database.url, check);
  for (const line of seen) console.log(`check: ${line}`);

  console.log(`\nautocannon: ${CONNECTIONS} connections, ${DURATION_S} s a run, 20 warm-up requests first (uncached: 5 other fresh pages)`);
  const figures: Figures[] = [];
  for (const scenario of list) {
    const f = await measure(server.base, scenario);
    figures.push(f);
    console.log(`  ${f.name}: ${f.rps.toFixed(0)} req/s, p95 ${f.p95.toFixed(1)} ms (${f.responses} responses in ${f.seconds.toFixed(1)} s)`);
  }
  const rssAfter = server.rssMiB();

  // The static file the brief names is robots.txt; when the app does not serve it, a build asset.
  const baseline = robotsOk ? figures[0] : figures[1];
  console.log(`\nRatios are to ${baseline.name}.\n\n${table(figures, baseline)}\n`);
  console.log(agreement(figures));
  console.log(`Resident memory of next-server: ${rssBefore.toFixed(0)} MiB before the runs, ${rssAfter.toFixed(0)} MiB after.`);
  console.log(`Whole run: ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
// Something (the migration engine, pg pools) keeps the event loop alive for a while; we are done.
process.exit(process.exitCode ?? 0);
