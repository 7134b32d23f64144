import { getDatabase } from "@/lib/db";
import { checkMigrations, readMigrations, type MigrationFile } from "@/lib/db/migrate";
import { env } from "@/lib/env";
import { logger } from "@/lib/log/logger";

export const dynamic = "force-dynamic";

// The migrations folder of this build does not change while the instance runs.
let migrationFiles: MigrationFile[] | undefined;

/**
 * For load balancers and monitoring: database reachable, migrations applied,
 * version. Read-only: SELECT 1 and a read of _prisma_migrations; it never
 * creates or migrates anything (instrumentation.ts migrates at start-up).
 */
export async function GET() {
  const body: Record<string, unknown> = { version: env.APP_VERSION };
  try {
    const database = getDatabase();
    await database.sql.query("SELECT 1");
    migrationFiles ??= readMigrations();
    const { applied, pending } = await checkMigrations(database.sql, migrationFiles);
    body.database = { ok: true, engine: database.engine };
    body.migrations = { ok: pending.length === 0, applied: applied.length, pending };
    const ok = pending.length === 0;
    return Response.json({ status: ok ? "ok" : "fout", ...body }, { status: ok ? 200 : 503 });
  } catch (error) {
    logger.error({ err: error }, "health check failed");
    return Response.json({ status: "fout", ...body, database: { ok: false } }, { status: 503 });
  }
}
