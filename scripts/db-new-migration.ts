// npm run db:migration -- <name>: writes prisma/migrations/<timestamp>_<name>/migration.sql from the
// difference between the migrations so far and prisma/schema.prisma (like `prisma migrate dev
// --create-only`, offline). Uses a throwaway shadow database on the server of DATABASE_URL, or on the
// embedded server. Review the SQL, then `npm run db:migrate`.
import "dotenv/config";
import { startEmbeddedPostgres, withDatabase } from "./lib/database-server";
import { createMigration } from "./lib/schema-engine";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/i.test(name)) {
  console.error("Użycie: npm run db:migration -- nazwa_migracji   (litery, cyfry, podkreślenia)");
  process.exit(2);
}
const server = process.env.DATABASE_URL ? { url: withDatabase(process.env.DATABASE_URL, "postgres"), stop: async () => {} } : await startEmbeddedPostgres();
try {
  const folder = await createMigration(server.url, name);
  console.log(folder ? `Utworzono prisma/migrations/${folder}/migration.sql` : "Schemat nie zmienił się: nie ma czego migrować.");
} finally {
  await server.stop();
}
process.exit(0);
