// The app as the browser tests see it: the production build (`next build` runs first, see
// package.json) on a throwaway database with the demo data, dropped when Playwright stops it.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { throwawayDatabase } from "../setup/throwaway-database";

const port = process.env.E2E_PORT ?? "3100";
const database = await throwawayDatabase("razem_e2e");
process.env.DATABASE_URL = database.url;
const { seedDemoIfEmpty } = await import("../../prisma/seed");
await seedDemoIfEmpty();

// Next itself, not through npx, which would not pass our SIGTERM on and leave a server behind.
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
// No --hostname: with it, Next 16.4 sends rewritten requests back to itself over http
// (vercel/next.js#94745), halving throughput and failing behind an https proxy.
const next = spawn(process.execPath, [nextBin, "start", "--port", port], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: database.url, NEXTAUTH_SECRET: "e2e-only-secret", NEXTAUTH_URL: `http://127.0.0.1:${port}` },
});

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  if (next.exitCode === null) {
    const exited = new Promise((resolve) => next.once("exit", resolve));
    next.kill("SIGTERM");
    await exited;
  }
  await database.drop().catch(() => {});
  process.exit(0);
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
next.on("exit", stop);
