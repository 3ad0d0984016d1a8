import "dotenv/config";
import { defineConfig } from "prisma/config";

// The CLI wants a native schema engine even for `generate`; offline it cannot download one.
// Point it at a stub unless the user supplies a real binary (see STACK.md).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "scripts/schema-engine-stub.sh";
process.env.CHECKPOINT_DISABLE ??= "1";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // Only `prisma migrate` (online) reads this; the app and our scripts resolve the URL themselves.
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/razem" },
});
