// Runs in each test worker before the test file is imported, so the app's database client
// (src/server/db.ts) connects to the run's throwaway database.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "test-secret-only-for-vitest";
