// `npm run dev` and `npm start`: find the database (DATABASE_URL, or the embedded PostgreSQL started
// here), apply pending migrations, load the demo data into an empty database, then run Next.js with
// DATABASE_URL pointing at it (src/instrumentation.ts then keeps the sessions a horizon ahead).
// Stopping Next stops the embedded server too.
import "dotenv/config";
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { openAppDatabase } from "./lib/database-server";
import { applyMigrations } from "./lib/schema-engine";
import { localSecret } from "./lib/secret";

const mode = process.argv[2];
if (mode !== "dev" && mode !== "start") throw new Error("usage: tsx scripts/serve.ts dev|start [next args]");

const database = await openAppDatabase();
process.env.DATABASE_URL = database.url;
const applied = await applyMigrations(database.url);
if (applied.length) console.log(`Migracje zastosowane: ${applied.join(", ")}`);

// Imported only now: the app's database client reads DATABASE_URL when it is first loaded.
const { seedDemoIfEmpty } = await import("../prisma/seed");
if (await seedDemoIfEmpty()) console.log("Wczytano dane demonstracyjne (hasła w README.md).");

const port = process.env.PORT ?? "3000";
// A real server must say who it is: without NEXTAUTH_URL the cookie would not be Secure over https,
// and without NEXTAUTH_SECRET every instance would sign sessions with a different local key.
if (mode === "start" && (!process.env.NEXTAUTH_SECRET || !process.env.NEXTAUTH_URL) && process.env.RAZEM_LOCAL !== "1") {
  console.error("npm start potrzebuje NEXTAUTH_SECRET i NEXTAUTH_URL (zob. .env.example). Lokalnie, bez nich: RAZEM_LOCAL=1 npm start");
  await database.stop();
  process.exit(2);
}
// Next itself, not through npx, so our signals reach it and it never outlives this script.
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const next = spawn(process.execPath, [nextBin, mode, "--port", port, ...process.argv.slice(3)], {
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? localSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  },
});

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  await database.stop().catch(() => {});
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    next.kill(signal);
  });
}
next.on("exit", (code) => void stop(code ?? 0));
