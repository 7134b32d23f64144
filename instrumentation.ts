/**
 * Runs once when a server instance starts: installs the hook that stamps each
 * request with the client address from the socket, and applies pending migrations (the
 * runner takes an advisory lock, so several instances starting together are
 * safe). A failed or tampered migration stops the start with a clear error.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // A production start without its secrets stops here, naming them (the build needs none). Next only
  // logs an error thrown by register() and serves on, so stop the process ourselves.
  const { env, checkRuntimeSecrets } = await import("@/lib/env");
  if (env.LOG_FILE) await kopieerUitvoerNaar(env.LOG_FILE);
  try {
    checkRuntimeSecrets();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    // (A positive runtime check, so the Edge build of this file drops the Node-only call.)
    if (process.env.NEXT_RUNTIME === "nodejs") process.exit(1);
    throw error;
  }
  // First, before any request is served: the client address is taken at the socket (lib/client-ip.ts).
  const { installClientIpHook } = await import("@/lib/client-ip");
  await installClientIpHook(env.TRUSTED_PROXY_COUNT);
  const { getDatabase } = await import("@/lib/db");
  const { runMigrations } = await import("@/lib/db/migrate");
  const { logger } = await import("@/lib/log/logger");
  const applied = await runMigrations(getDatabase().sql);
  logger.info({ applied }, applied.length ? "migraties toegepast" : "database is bij");
  // Scheduled jobs (pruning of sign-in bookkeeping): pg-boss on PostgreSQL, a timer on PGlite (lib/jobs/planner.ts).
  const { startPlanner } = await import("@/lib/jobs/planner");
  await startPlanner(getDatabase(), env.DATABASE_URL).catch((err) => logger.error({ err }, "taken niet gestart"));
}

/** Everything the server prints (Next's own messages too) also goes into LOG_FILE; see lib/env.ts. */
async function kopieerUitvoerNaar(bestand: string) {
  const { appendFileSync } = await import("node:fs");
  for (const stroom of [process.stdout, process.stderr]) {
    const schrijf = stroom.write.bind(stroom) as (...args: unknown[]) => boolean;
    stroom.write = ((chunk: unknown, ...rest: unknown[]) => {
      try {
        appendFileSync(bestand, typeof chunk === "string" || chunk instanceof Uint8Array ? chunk : String(chunk));
      } catch {
        // A log file that cannot be written must not stop the server.
      }
      return schrijf(chunk, ...rest);
    }) as typeof stroom.write;
  }
}

/**
 * Every unexpected error of a page, action or route: one log line with the
 * digest the error page shows and the request id, so the two can be matched.
 * Never the request body (it may hold personal data).
 */
export async function onRequestError(
  error: unknown,
  request: { path: string; method: string; headers: Record<string, string | string[] | undefined> },
  context: { routerKind: string; routeType: string },
) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger } = await import("@/lib/log/logger");
  const requestId = request.headers["x-request-id"];
  const digest = typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : undefined;
  logger.error(
    { err: error, digest, requestId: Array.isArray(requestId) ? requestId[0] : requestId, path: request.path.split("?")[0], method: request.method, route: context.routeType },
    "onverwachte fout",
  );
}
