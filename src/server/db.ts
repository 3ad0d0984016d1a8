// The one Prisma client of the process. Only data-access code (features/*/data.ts, mutations.ts and
// this folder) touches it. It speaks PostgreSQL through the pg driver adapter whether the server is
// the embedded one or DATABASE_URL's (scripts/serve.ts always sets DATABASE_URL before the app starts).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

export type Db = PrismaClient;
/** A transaction client: what mutations receive. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

function createDb(): PrismaClient {
  // Without DATABASE_URL the pg driver would silently try localhost:5432; fail loudly instead, but
  // only when a query runs, so `next build` can import this module without a database.
  const connectionString = process.env.DATABASE_URL ?? "postgresql://DATABASE_URL-is-not-set.invalid/razem";
  const adapter = new PrismaPg({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  return new PrismaClient({ adapter });
}

// Reused across hot reloads in development so each reload does not open a new pool.
const globalForDb = globalThis as unknown as { razemDb?: PrismaClient };
export const db: PrismaClient = (globalForDb.razemDb ??= createDb());
