import path from "node:path";

/**
 * Where the e2e web server keeps its data and its log, shared by
 * playwright.config.ts and the specs that look behind the server (the leak
 * crawl seeds markers in the database and reads the log).
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);

/** The e2e database: `<dbname>_e2e` next to DATABASE_URL, or an embedded one in ./data/e2e-pglite. */
export function e2eDatabaseEnv(): Record<string, string> {
  const url = process.env.DATABASE_URL?.trim();
  if (!url) return { PGLITE_DIR: "./data/e2e-pglite", DATABASE_URL: "" };
  const e2e = new URL(url);
  const name = decodeURIComponent(e2e.pathname.slice(1));
  e2e.pathname = `/${encodeURIComponent(`${name}_e2e`)}`;
  return { DATABASE_URL: e2e.toString(), E2E_ADMIN_DATABASE_URL: url };
}

/** Everything the server logs and prints during the run (LOG_FILE, lib/env.ts); emptied at each start. */
export function serverLogBestand(): string {
  return path.resolve("tests/.artifacts", `server-${E2E_PORT}.log`);
}
