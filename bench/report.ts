// The figures as a Markdown table (readable in a terminal, pasted as is into bench/README.md), each
// compared with the static file served by the same server: how many times fewer requests per
// second, how many times longer p95.
import type { Figures } from "./measure";

const ms = (v: number) => (Number.isNaN(v) ? "–" : v >= 100 ? v.toFixed(0) : v.toFixed(1));
const ratio = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : "–");

export function table(figures: Figures[], baseline: Figures): string {
  // Both ratios read "times worse than the static file".
  const head = ["what", "req/s", "p50 ms", "p95 ms", "p99 ms", "non-2xx", "errors", "x-nextjs-cache", "KiB", "static req/s ÷ this", "this p95 ÷ static"];
  const rows = figures.map((f) => [
    f.name,
    f.rps.toFixed(0),
    ms(f.p50),
    ms(f.p95),
    ms(f.p99),
    String(f.non2xx),
    String(f.errors),
    Object.entries(f.cache)
      .map(([k, n]) => `${k} ${n}`)
      .join(", "),
    (f.bytes / 1024).toFixed(1),
    ratio(baseline.rps / f.rps),
    ratio(f.p95 / baseline.p95),
  ]);
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(head), line(head.map((_, i) => (i === 0 || i === 7 ? "---" : "---:"))), ...rows.map(line)].join("\n");
}

/** How far our percentiles (from every response) are from autocannon's own (from its histogram). */
export function agreement(figures: Figures[]): string {
  const measured = figures.filter((f) => !Number.isNaN(f.p50));
  const worst = Math.max(...measured.flatMap((f) => [Math.abs(f.p50 - f.autocannon.p50), Math.abs(f.p99 - f.autocannon.p99)]));
  return `p50 and p99 agree with autocannon's own histogram within ${worst.toFixed(1)} ms.`;
}
