import { existsSync } from "node:fs";
import { chromium, defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);

/** Debian's Chromium, another given by CHROMIUM_PATH, or Playwright's own if it was installed. */
function chromiumExecutable(): string | undefined {
  for (const path of [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"]) {
    if (path && existsSync(path)) return path;
  }
  if (existsSync(chromium.executablePath())) return undefined;
  throw new Error(
    "Nie znaleziono przeglądarki Chromium do testów. Zainstaluj ją: `sudo apt-get install chromium` (Debian/Ubuntu), " +
      "albo `npx playwright install chromium`, albo wskaż plik zmienną CHROMIUM_PATH.\n" +
      "No Chromium found for the browser tests: install Debian's `chromium`, run `npx playwright install chromium`, or set CHROMIUM_PATH.",
  );
}

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: "pl-PL",
    timezoneId: "Europe/Warsaw",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumExecutable(),
      // Without the networking flags Chromium floods a closed network with refused connections.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: {
    command: "npx tsx tests/e2e/server.ts",
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { E2E_PORT: String(PORT) },
  },
});
