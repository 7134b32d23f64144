/**
 * The pruning job of issue 12 (docs/decisions/014): what it deletes and what
 * it keeps, and that it is scheduled (pg-boss on PostgreSQL, a timer on PGlite).
 */
import { describe, expect, it } from "vitest";
import { getDatabase, db } from "@/lib/db";
import { ruimInlogGegevensOp } from "@/lib/jobs/opschonen";
import { AANDACHT, AANDACHT_CRON, BEWAARTERMIJN, BEWAARTERMIJN_CRON, OPSCHONEN, OPSCHONEN_CRON, startPlanner } from "@/lib/jobs/planner";
import { maakGebruiker, maakOrganisatie } from "../factories";

const DAG = 86_400_000;

describe("opschonen van inloggegevens", () => {
  it("verwijdert inlogpogingen ouder dan 30 dagen en sessies die langer dan een dag beëindigd of verlopen zijn; de rest blijft", async () => {
    const now = new Date("2026-06-01T12:00:00Z");
    const ago = (ms: number) => new Date(now.getTime() - ms);
    const { organisatie } = await maakOrganisatie();
    const g = await maakGebruiker(organisatie.id, "BEGELEIDER");
    const [oud, recent] = await Promise.all([
      db().loginPoging.create({ data: { email: g.email, ip: "10.0.0.1", gelukt: false, createdAt: ago(31 * DAG) } }),
      db().loginPoging.create({ data: { email: g.email, ip: "10.0.0.1", gelukt: true, createdAt: ago(29 * DAG) } }),
    ]);
    const sessie = (data: { beeindigdOp?: Date; verlooptOp: Date }) =>
      db().sessie.create({ data: { gebruikerId: g.id, aangemaaktOp: ago(3 * DAG), laatsteActiviteit: ago(3 * DAG), ...data } });
    const langBeeindigd = await sessie({ beeindigdOp: ago(2 * DAG), verlooptOp: now });
    const langVerlopen = await sessie({ verlooptOp: ago(2 * DAG) });
    const netBeeindigd = await sessie({ beeindigdOp: ago(3_600_000), verlooptOp: new Date(now.getTime() + DAG) });
    const actief = await sessie({ verlooptOp: new Date(now.getTime() + 3_600_000) });

    expect(await ruimInlogGegevensOp(db(), now)).toEqual({ pogingen: 1, sessies: 2 });
    expect((await db().loginPoging.findMany({ where: { id: { in: [oud.id, recent.id] } } })).map((p) => p.id)).toEqual([recent.id]);
    const over = (await db().sessie.findMany({ where: { gebruikerId: g.id }, select: { id: true } })).map((s) => s.id).sort();
    expect(over).toEqual([netBeeindigd.id, actief.id].sort());
    expect(over).not.toContain(langBeeindigd.id);
    expect(over).not.toContain(langVerlopen.id);
    // Nothing left to do the second time.
    expect(await ruimInlogGegevensOp(db(), now)).toEqual({ pogingen: 0, sessies: 0 });
  });

  it("staat ingepland: op PostgreSQL als pg-boss-schema, op PGlite als timer", async () => {
    const database = getDatabase();
    const url = database.engine === "postgresql" ? (database.pool as unknown as { options: { connectionString: string } }).options.connectionString : undefined;
    const planner = await startPlanner(database, url);
    try {
      if (database.engine === "postgresql") {
        expect(planner.soort).toBe("pg-boss");
        if (planner.soort !== "pg-boss") return;
        const schema = await planner.boss.getSchedules();
        expect(schema).toEqual(
          expect.arrayContaining([expect.objectContaining({ name: OPSCHONEN, cron: OPSCHONEN_CRON }), expect.objectContaining({ name: BEWAARTERMIJN, cron: BEWAARTERMIJN_CRON }), expect.objectContaining({ name: AANDACHT, cron: AANDACHT_CRON })]),
        );
      } else {
        expect(planner.soort).toBe("timer");
      }
    } finally {
      await planner.stop();
    }
  });
});
