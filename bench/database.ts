// The benchmark's throwaway database: on DATABASE_URL's server when it is set, otherwise on an
// embedded PostgreSQL of the benchmark's own (port 54339, data in .data/bench-postgres). Not the
// server of `npm run dev` or of the tests: stopping it at the end must never pull a database out
// from under someone else's dev server or test run on the same machine.
import pg from "pg";
import { createDatabaseIfMissing, dropDatabase, startEmbeddedPostgres, withDatabase } from "../scripts/lib/database-server";
import { applyMigrations } from "../scripts/lib/schema-engine";

export type BenchDatabase = { url: string; name: string; server: string; drop: () => Promise<void> };

export async function benchDatabase(): Promise<BenchDatabase> {
  const server = process.env.DATABASE_URL
    ? { url: withDatabase(process.env.DATABASE_URL, "postgres"), stop: async () => {} }
    : await startEmbeddedPostgres({ port: Number(process.env.BENCH_PG_PORT ?? 54339), dir: ".data/bench-postgres" });
  await dropLeftovers(server.url);
  // Recognisable in \l, and unique, so a run that was killed hard leaves a name that says what it is.
  const name = `razem_bench_${new Date().toISOString().slice(0, 19).replace(/\D/g, "")}_${process.pid}`;
  await createDatabaseIfMissing(server.url, name);
  const url = withDatabase(server.url, name);
  let dropped = false;
  const drop = async () => {
    if (dropped) return;
    dropped = true;
    await dropDatabase(server.url, name);
    await server.stop();
  };
  try {
    await applyMigrations(url);
  } catch (error) {
    await drop().catch(() => {});
    throw error;
  }
  return { url, name, server: await serverVersion(url), drop };
}

/**
 * Databases of earlier runs whose process is gone: a run stopped with Ctrl-C cannot drop its own,
 * because the terminal's SIGINT stops the embedded PostgreSQL too.
 */
async function dropLeftovers(serverUrl: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'razem\\_bench\\_%'");
    for (const { datname } of rows) {
      const pid = Number(datname.split("_").at(-1));
      if (isRunning(pid)) continue;
      await dropDatabase(serverUrl, datname);
      console.log(`dropped ${datname}, left by an earlier run that was stopped`);
    }
  } finally {
    await client.end();
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function serverVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string; sb: string }>("SELECT version() AS v, current_setting('shared_buffers') AS sb");
    return `${rows[0].v.split(" on ")[0]}, shared_buffers ${rows[0].sb}`;
  } finally {
    await client.end();
  }
}
