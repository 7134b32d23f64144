import "server-only";
import PgBoss from "pg-boss";
import type { Database } from "@/lib/db";
import { anonimiseerVervallen } from "@/lib/avg/bewaartermijn";
import { herberekenScores } from "@/lib/caseload/stand";
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
/** Closed dossiers past their bewaartermijn are anonymised (lib/avg/bewaartermijn.ts, docs/avg.md). */
export const BEWAARTERMIJN = "bewaartermijn-anonimiseren";
/** Every night at 02:23 UTC. */
export const BEWAARTERMIJN_CRON = "23 2 * * *";
/** The stored urgency follows the clock (contact ages, deadlines pass): lib/caseload/stand.ts, docs/decisions/016. */
export const AANDACHT = "aandacht-bijwerken";
/** Every quarter of an hour. */
export const AANDACHT_CRON = "*/15 * * * *";

interface Taak {
  naam: string;
  cron: string;
  /** How often the PGlite timer runs it. */
  intervalMs: number;
  draai(database: Database): Promise<void>;
}

const TAKEN: Taak[] = [
  {
    naam: OPSCHONEN,
    cron: OPSCHONEN_CRON,
    intervalMs: 60 * 60_000,
    async draai(database) {
      const uitkomst = await ruimInlogGegevensOp(database.prisma);
      logger.info(uitkomst, "inloggegevens opgeschoond");
    },
  },
  {
    naam: AANDACHT,
    cron: AANDACHT_CRON,
    intervalMs: 15 * 60_000,
    async draai(database) {
      const bijgewerkt = await herberekenScores(database.sql);
      logger.info({ bijgewerkt }, "aandacht bijgewerkt");
    },
  },
  {
    naam: BEWAARTERMIJN,
    cron: BEWAARTERMIJN_CRON,
    intervalMs: 24 * 60 * 60_000,
    async draai() {
      await anonimiseerVervallen();
    },
  },
];

export type Planner = { soort: "pg-boss"; boss: PgBoss; stop(): Promise<void> } | { soort: "timer"; stop(): Promise<void> };

export async function startPlanner(database: Database, connectionString?: string): Promise<Planner> {
  if (database.engine === "postgresql" && connectionString) {
    const boss = new PgBoss({ connectionString, application_name: "wegwijs-jobs", max: 2 });
    boss.on("error", (err) => logger.error({ err }, "pg-boss"));
    await boss.start();
    for (const taak of TAKEN) {
      await boss.createQueue(taak.naam);
      await boss.schedule(taak.naam, taak.cron, {}, { tz: "UTC" });
      await boss.work(taak.naam, async () => taak.draai(database));
    }
    return { soort: "pg-boss", boss, stop: () => boss.stop({ graceful: true, wait: true }) };
  }
  const timers: NodeJS.Timeout[] = [];
  for (const taak of TAKEN) {
    const run = () => void taak.draai(database).catch((err) => logger.error({ err, taak: taak.naam }, "geplande taak mislukt"));
    timers.push(setInterval(run, taak.intervalMs));
    // Once shortly after the start as well, so a PGlite instance that never runs that long still does it.
    timers.push(setTimeout(run, 60_000));
  }
  for (const t of timers) t.unref();
  return {
    soort: "timer",
    async stop() {
      for (const t of timers) clearTimeout(t);
    },
  };
}
