import { defineConfig, devices } from "@playwright/test";
import { E2E_PORT, e2eDatabaseEnv, serverLogBestand } from "./tests/e2e/omgeving";

/**
 * Browser journeys in headless Chromium from Debian (/usr/bin/chromium):
 * Playwright's own browser download is unreachable here.
 *
 * The web server is a production build on port 3100 with a FRESH database per
 * run (tests/e2e/reset-db.mjs), migrated and seeded with the demo accounts by
 * `npm start`:
 *   - embedded:   PGLITE_DIR=./data/e2e-pglite
 *   - PostgreSQL: when DATABASE_URL is set, database `<dbname>_e2e` on that server.
 */
const PORT = E2E_PORT;
const baseURL = `http://localhost:${PORT}`;
const isCI = Boolean(process.env.CI);

const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
};

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "tests/.artifacts/test-results",
  // Files run in parallel; tests within a file in order (they share the seeded database).
  fullyParallel: false,
  workers: isCI ? 1 : 2,
  retries: isCI ? 1 : 0,
  forbidOnly: isCI,
  // Journeys are long and the 2-core machines are slow while building: generous, never a speed check.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { outputFolder: "tests/.artifacts/report", open: "never" }]],
  use: {
    baseURL,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    screenshot: "on",
    trace: "retain-on-failure",
    launchOptions: chromium,
  },
  projects: [
    {
      name: "phone",
      use: {
        ...devices["Pixel 7"],
        viewport: { width: 412, height: 915 },
        browserName: "chromium",
        launchOptions: chromium,
      },
    },
    {
      name: "desktop",
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 1280, height: 800 },
        browserName: "chromium",
        launchOptions: chromium,
      },
    },
  ],
  webServer: {
    // E2E_SKIP_BUILD=1 reuses an existing .next build (CI's second, embedded run).
    command: `node tests/e2e/reset-db.mjs && ${process.env.E2E_SKIP_BUILD ? "" : "npm run build && "}npm run start -- -p ${PORT}`,
    url: `${baseURL}/login`,
    // `next build` on 2 cores takes minutes.
    timeout: 10 * 60_000,
    reuseExistingServer: !isCI,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    env: {
      ...e2eDatabaseEnv(),
      NEXTAUTH_URL: baseURL,
      // Test-only secrets: `next start` runs with NODE_ENV=production.
      NEXTAUTH_SECRET: "wegwijs-e2e-only-secret-not-for-production-0000",
      WEGWIJS_ENCRYPTION_KEY: Buffer.alloc(32, 42).toString("base64"),
      SEED_DEMO: "true",
      // Every browser in the run signs in from 127.0.0.1: keep the per-IP limit out of the way
      // (the per-account lock-out is still tested, and the IP limit in the integration tests).
      LOGIN_MAX_FAILURES_PER_IP: "1000",
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
      // All the server logs (down to debug) and prints, for the leak crawl (tests/e2e/lekken.spec.ts).
      LOG_FILE: serverLogBestand(),
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
