import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

// 2 cores on the CI machines: more workers only add PGlite start-up time.
const maxWorkers = Number(process.env.VITEST_MAX_WORKERS ?? Math.min(2, os.availableParallelism()));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // lib/ files `import "server-only"`; tests are server code too.
      { find: /^server-only$/, replacement: path.join(root, "tests/setup/empty.ts") },
    ],
  },
  test: {
    root,
    maxWorkers,
    env: {
      NODE_ENV: "test",
      // pino writes JSON lines to stdout; quiet unless asked (LOG_LEVEL=debug npm test).
      LOG_LEVEL: process.env.LOG_LEVEL ?? "silent",
      // Never let a test fall back to the developer's ./data/pglite.
      PGLITE_DIR: path.join(os.tmpdir(), "wegwijs-test-pglite-unused"),
    },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          setupFiles: ["tests/setup/console.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/setup/global-db.ts"],
          setupFiles: ["tests/setup/console.ts", "tests/setup/integration.ts"],
          fileParallelism: true,
          maxWorkers,
          // PGlite is PostgreSQL in WASM: opening a copy takes seconds, queries are slower.
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
