/**
 * Runs once when a server instance starts: applies pending migrations (the
 * runner takes an advisory lock, so several instances starting together are
 * safe). A failed or tampered migration stops the start with a clear error.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getDatabase } = await import("@/lib/db");
  const { runMigrations } = await import("@/lib/db/migrate");
  const { logger } = await import("@/lib/log/logger");
  const applied = await runMigrations(getDatabase().sql);
  logger.info({ applied }, applied.length ? "migraties toegepast" : "database is bij");
}
