import { getDatabase } from "@/lib/db";
import { checkMigrations } from "@/lib/db/migrate";
import { env } from "@/lib/env";
import { logger } from "@/lib/log/logger";

export const dynamic = "force-dynamic";

/** For load balancers and monitoring: database reachable, migrations applied, version. */
export async function GET() {
  const body: Record<string, unknown> = { version: env.APP_VERSION };
  try {
    const database = getDatabase();
    await database.sql.query("SELECT 1");
    const { applied, pending } = await checkMigrations(database.sql);
    body.database = { ok: true, engine: database.engine };
    body.migrations = { ok: pending.length === 0, applied: applied.length, pending };
    const ok = pending.length === 0;
    return Response.json({ status: ok ? "ok" : "fout", ...body }, { status: ok ? 200 : 503 });
  } catch (error) {
    logger.error({ err: error }, "health check failed");
    return Response.json({ status: "fout", ...body, database: { ok: false } }, { status: 503 });
  }
}
