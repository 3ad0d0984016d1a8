// The app as it runs in production: `next start` on the production build, on a free port, against
// the benchmark's database.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { createRequire } from "node:module";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
// Next itself, never through npx: npx does not pass our SIGTERM on and would leave a server behind.
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

/** What the build is made from; tests and tsconfig.json (which `next build` itself rewrites) left out. */
const BUILD_INPUTS = ["src", "public", "prisma/schema.prisma", "next.config.ts", "postcss.config.mjs", "package.json"];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return /\.test\.tsx?$/.test(target) ? 0 : stat.mtimeMs;
  return Math.max(0, ...readdirSync(target).map((entry) => newestMtime(path.join(target, entry))));
}

/** Builds when there is no build or the source is newer than it (BENCH_SKIP_BUILD=1 takes the build as it is). */
export async function ensureBuild(): Promise<string> {
  const buildId = path.join(root, ".next/BUILD_ID");
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const changedAt = Math.max(...BUILD_INPUTS.map((p) => newestMtime(path.join(root, p))));
  if (builtAt && (changedAt <= builtAt || process.env.BENCH_SKIP_BUILD === "1")) {
    return `existing build ${readFileSync(buildId, "utf8").trim()} of ${new Date(builtAt).toISOString()}`;
  }
  console.log(builtAt ? "The source is newer than the build: running next build…" : "No production build: running next build…");
  const started = Date.now();
  const child = spawn(process.execPath, [nextBin, "build"], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (code !== 0) throw new Error(`next build failed:\n${output}`);
  return `fresh build ${readFileSync(buildId, "utf8").trim()} (${((Date.now() - started) / 1000).toFixed(0)} s)`;
}

/** The address of the smallest file in .next/static/chunks: a static file Next serves without the proxy. */
export function smallestBuildAsset(): string {
  const dir = path.join(root, ".next/static/chunks");
  const files = readdirSync(dir).filter((f) => f.endsWith(".js"));
  const smallest = files.sort((a, b) => statSync(path.join(dir, a)).size - statSync(path.join(dir, b)).size)[0];
  return `/_next/static/chunks/${smallest}`;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export type AppServer = { base: string; pid: number; rssMiB: () => number; stop: () => Promise<void> };

export async function startServer(databaseUrl: string): Promise<AppServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // No --hostname, as `npm start` runs it. With `--hostname 127.0.0.1` Next 16.4 takes the proxy's
  // rewrites (src/proxy.ts) for external ones and forwards every public request to itself over
  // HTTP (vercel/next.js#94745): half the throughput of cached pages, and 500s behind an https proxy.
  const child = spawn(process.execPath, [nextBin, "start", "--port", String(port)], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
      NEXTAUTH_URL: base,
    },
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  // The server's own errors (a failing query, a render error) belong next to the figures they spoil.
  child.stderr!.on("data", (d: Buffer) => {
    output += d;
    process.stderr.write(String(d).replace(/^(?=.)/gm, "  [next] "));
  });
  const server: AppServer = { base, pid: child.pid!, rssMiB: () => rssMiB(serverPid(child.pid!)), stop: () => stop(child) };
  try {
    await waitForHealth(base, child, () => output);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

async function waitForHealth(base: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output()}`);
    const ok = await fetch(`${base}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`next start did not answer /api/health within 60 s:\n${output()}`);
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

/** The process that serves: `next start` renames itself "next-server"; if it ever forks, the child. */
function serverPid(pid: number): number {
  const comm = (p: number) => readFileSync(`/proc/${p}/comm`, "utf8").trim();
  if (comm(pid).startsWith("next-server")) return pid;
  for (const entry of readdirSync("/proc").filter((e) => /^\d+$/.test(e))) {
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1].split(" ")[1]);
      if (ppid === pid && comm(Number(entry)).startsWith("next-server")) return Number(entry);
    } catch {
      // the process ended while we looked
    }
  }
  return pid;
}

function rssMiB(pid: number): number {
  const kib = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  return kib ? Number(kib) / 1024 : NaN;
}
