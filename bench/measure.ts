// One autocannon run. Latency percentiles come from every response's own time (autocannon's
// "response" event, in ms), not from its summary, which has p97.5 and p99 but no p95; only 2xx
// responses count, as in autocannon's own histogram. Requests per second = responses / seconds from
// the start to the last response, so a run that ends early (its pool of fresh pages used up) is
// not diluted by the idle second autocannon waits before it reports.
import autocannon, { type Request, type Result } from "autocannon";

export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
export const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);

export type Scenario = {
  name: string;
  /** One address requested over and over (cached pages, the search, the static file). */
  path?: string;
  /** Addresses each requested once, in this order: every request is a page never asked for before. */
  pool?: string[];
  /** Requested before measuring, one after another (the first fills the cache, the rest warm the JIT). */
  warmup: string[];
};

export type Figures = {
  name: string;
  responses: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** x-nextjs-cache values seen (HIT, MISS, STALE, …; "none" when absent). */
  cache: Record<string, number>;
  /** autocannon's own percentiles, to check ours against. */
  autocannon: { p50: number; p99: number };
  /** Bytes of the last 2xx body, to show what a page weighs. */
  bytes: number;
};

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Failures are not thrown here: the run that follows counts them as non-2xx. */
export async function warmUp(base: string, paths: string[]) {
  for (const path of paths) await (await fetch(`${base}${path}`)).arrayBuffer();
}

export async function measure(base: string, scenario: Scenario): Promise<Figures> {
  await warmUp(base, scenario.warmup);
  const latencies: number[] = [];
  const cache: Record<string, number> = {};
  let bytes = 0;
  const onResponse: Request["onResponse"] = (status, body, _context, headers) => {
    const value = headers["x-nextjs-cache"] ?? headers["X-Nextjs-Cache"];
    const key = value ? String(value) : "none";
    cache[key] = (cache[key] ?? 0) + 1;
    if (status < 300) bytes = Buffer.byteLength(body);
  };
  let next = 0;
  const pool = scenario.pool;
  // Modulo only as a guard: `amount` stops the run before the pool wraps; a wrap would show as HITs.
  const request: Request = pool
    ? { method: "GET", setupRequest: (r) => ({ ...r, path: pool[next++ % pool.length] }), onResponse }
    : { method: "GET", path: scenario.path, onResponse };

  const started = performance.now();
  let last = started;
  const result = await new Promise<Result>((resolve, reject) => {
    const instance = autocannon(
      // With a pool, `amount` makes autocannon stop when the pool is used up, so no page is asked
      // for twice; the timer below ends the run at the usual duration if that comes first.
      { url: base, connections: CONNECTIONS, duration: DURATION_S, amount: pool?.length, timeout: 30, requests: [request] },
      (error, r) => (error ? reject(error) : resolve(r)),
    );
    const timer = pool ? setTimeout(() => instance.stop(), DURATION_S * 1000) : undefined;
    instance.on("done", () => clearTimeout(timer));
    instance.on("response", (_client: unknown, status: number, _bytes: number, ms: number) => {
      last = performance.now();
      if (status >= 200 && status < 300) latencies.push(ms);
    });
  });

  const sorted = Float64Array.from(latencies).sort();
  const seconds = (last - started) / 1000;
  const responses = Object.values(result.statusCodeStats).reduce((sum, s) => sum + s.count, 0);
  return {
    name: scenario.name,
    responses,
    seconds,
    rps: responses / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    cache,
    autocannon: { p50: result.latency.p50, p99: result.latency.p99 },
    bytes,
  };
}
