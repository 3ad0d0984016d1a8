// Before measuring, make sure the runs measure what their names say: that the static file is the
// file, that a page never asked for is rendered (MISS) and then served from the cache (HIT), that
// two fresh pages are different pages, and that a cached page really is the cached copy: after a
// change made straight in the database (so no refresh is triggered) it still shows the old text.
import pg from "pg";

async function get(base: string, path: string) {
  const response = await fetch(`${base}${path}`);
  const body = await response.text();
  const title = /<title>([^<]*)<\/title>/.exec(body)?.[1] ?? "";
  const h = (name: string) => response.headers.get(name);
  return { status: response.status, cache: h("x-nextjs-cache") ?? "none", rewrite: h("x-middleware-rewrite"), type: h("content-type"), body, title };
}

/**
 * Throws when the pages are not cached as they should be; returns what it saw, for the report, and
 * whether /robots.txt is served as the file (when it is not, the caller measures another static file).
 */
export async function checkCaching(base: string, databaseUrl: string, fresh: { a: string; b: string; centreSlug: string }) {
  const seen: string[] = [];
  const robots = await get(base, "/robots.txt");
  const robotsOk = robots.status === 200 && robots.body.startsWith("User-agent");
  seen.push(
    robotsOk
      ? `/robots.txt: ${robots.status} ${robots.type}, ${robots.body.length} bytes`
      : `/robots.txt is NOT served: ${robots.status} ${robots.type} "${robots.title}"${robots.rewrite ? `, the proxy rewrote it to ${robots.rewrite}` : ""}`,
  );

  const first = await get(base, fresh.a);
  const again = await get(base, fresh.a);
  const other = await get(base, fresh.b);
  seen.push(`${fresh.a}: ${first.cache} then ${again.cache}; ${fresh.b}: ${other.cache}`);
  if (first.status !== 200 || other.status !== 200) throw new Error(`fresh pages answered ${first.status} and ${other.status}`);
  if (first.title === other.title) throw new Error(`two fresh pages have the same title "${first.title}"`);
  seen.push(`titles differ: "${first.title}" / "${other.title}"`);
  if (first.cache !== "MISS" || again.cache !== "HIT") throw new Error(`expected MISS then HIT, got ${first.cache} then ${again.cache}`);

  // The centre's name changed behind the app's back: a cached page keeps the old one.
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`UPDATE "Centre" SET "name" = "name" || ' (zmienione)' WHERE slug = $1`, [fresh.centreSlug]);
    const cached = await get(base, fresh.a);
    await client.query(`UPDATE "Centre" SET "name" = replace("name", ' (zmienione)', '') WHERE slug = $1`, [fresh.centreSlug]);
    if (cached.body.includes("(zmienione)")) throw new Error(`${fresh.a} was rendered again although it was cached`);
    seen.push(`after a change in the database without a refresh, ${fresh.a} is ${cached.cache} and still shows the old name`);
  } finally {
    await client.end();
  }
  return { seen, robotsOk };
}
