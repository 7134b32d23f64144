import "server-only";
import PgBoss from "pg-boss";
import type { Database } from "@/lib/db";
import { logger } from "@/lib/log/logger";
import { ruimInlogGegevensOp } from "./opschonen";

/**
 * Scheduled jobs (docs/decisions/014). On PostgreSQL: pg-boss, a queue in
 * the database (its own schema `pgboss`), so with several app instances each
 * scheduled job runs once, and a missed run is caught up. On PGlite (one
 * process by nature): a timer in the process. No home-made cron either way.
 */
export const OPSCHONEN = "inloggegevens-opschonen";
/** Every hour, at 17 minutes past (cron, UTC). */
export const OPSCHONEN_CRON = "17 * * * *";
const PGLITE_INTERVAL_MS = 60 * 60_000;

export type Planner = { soort: "pg-boss"; boss: PgBoss; stop(): Promise<void> } | { soort: "timer"; stop(): Promise<void> };

async function draai(database: Database) {
  const uitkomst = await ruimInlogGegevensOp(database.prisma);
  logger.info(uitkomst, "inloggegevens opgeschoond");
}

export async function startPlanner(database: Database, connectionString?: string): Promise<Planner> {
  if (database.engine === "postgresql" && connectionString) {
    const boss = new PgBoss({ connectionString, application_name: "wegwijs-jobs", max: 2 });
    boss.on("error", (err) => logger.error({ err }, "pg-boss"));
    await boss.start();
    await boss.createQueue(OPSCHONEN);
    await boss.schedule(OPSCHONEN, OPSCHONEN_CRON, {}, { tz: "UTC" });
    await boss.work(OPSCHONEN, async () => draai(database));
    return { soort: "pg-boss", boss, stop: () => boss.stop({ graceful: true, wait: true }) };
  }
  const timer = setInterval(() => void draai(database).catch((err) => logger.error({ err }, "opschonen mislukt")), PGLITE_INTERVAL_MS);
  timer.unref();
  // Once shortly after the start as well, so a PGlite instance that never runs an hour is tidied too.
  const eerste = setTimeout(() => void draai(database).catch((err) => logger.error({ err }, "opschonen mislukt")), 60_000);
  eerste.unref();
  return {
    soort: "timer",
    async stop() {
      clearInterval(timer);
      clearTimeout(eerste);
    },
  };
}
