// npm run db:seed: loads the demo data into an empty database (never over existing data).
import "dotenv/config";
import { openAppDatabase } from "./lib/database-server";
import { applyMigrations } from "./lib/schema-engine";

const database = await openAppDatabase();
process.env.DATABASE_URL = database.url;
try {
  await applyMigrations(database.url);
  const { seedDemoIfEmpty } = await import("../prisma/seed");
  console.log((await seedDemoIfEmpty()) ? "Wczytano dane demonstracyjne." : "Baza zawiera już dane: nic nie zmieniono.");
} finally {
  await database.stop();
}
process.exit(0);
