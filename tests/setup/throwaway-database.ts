// A fresh database for a test run: on the server of DATABASE_URL when it is set (CI uses the
// machine's PostgreSQL), otherwise on an embedded server of the tests' own (not the one `npm run
// dev` uses). Dropped afterwards.
import { createDatabaseIfMissing, dropDatabase, startEmbeddedPostgres, withDatabase } from "../../scripts/lib/database-server";
import { applyMigrations } from "../../scripts/lib/schema-engine";

export type ThrowawayDatabase = { url: string; serverUrl: string; drop: () => Promise<void> };

export async function throwawayDatabase(prefix: string, opts: { migrate?: boolean } = {}): Promise<ThrowawayDatabase> {
  const server = process.env.DATABASE_URL ? { url: withDatabase(process.env.DATABASE_URL, "postgres"), stop: async () => {} } : await startEmbeddedPostgres();
  const name = `${prefix}_${Date.now()}_${process.pid}_${Math.floor(Math.random() * 1e6)}`;
  await createDatabaseIfMissing(server.url, name);
  const url = withDatabase(server.url, name);
  if (opts.migrate !== false) await applyMigrations(url);
  return {
    url,
    serverUrl: server.url,
    drop: async () => {
      await dropDatabase(server.url, name);
      await server.stop();
    },
  };
}
