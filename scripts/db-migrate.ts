// npm run db:migrate: applies pending migrations to DATABASE_URL, or to the embedded database.
import "dotenv/config";
import { openAppDatabase } from "./lib/database-server";
import { applyMigrations } from "./lib/schema-engine";

const database = await openAppDatabase();
try {
  const applied = await applyMigrations(database.url);
  console.log(applied.length ? `Zastosowano: ${applied.join(", ")}` : "Baza jest aktualna: brak migracji do zastosowania.");
} finally {
  await database.stop();
}
// The WASM engine keeps the event loop alive for a while; nothing is left to do.
process.exit(0);
