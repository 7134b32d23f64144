import { describe, expect, it } from "vitest";
import { gemeenteScope, rapportageScope } from "@/lib/authz";
import { gemeenteScopeSql, rapportageScopeSql } from "@/lib/authz/sql-scope";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";
import { recenteRapportages } from "@/lib/rapportage/queries";
import { maakGebruiker, maakTweeOrganisaties, sessionUser } from "../factories";

/**
 * The SQL scopes of the hot raw reads (lib/authz/sql-scope.ts) must let through
 * exactly what their Prisma scopes do, for every role. (inburgeraarScopeSql:
 * teamleider-bureau.test.ts; the overdracht scopes: overdracht-open.test.ts.)
 */
const ROLLEN = ["begeleider", "vrijwilliger", "teamleider", "consulent", "beheerder", "begeleiderB"] as const;
const ids = (l: { id: string }[]) => l.map((r) => r.id).sort();

describe("gemeenteScopeSql en rapportageScopeSql", () => {
  it("laten voor elke rol precies door wat gemeenteScope en rapportageScope doorlaten", async () => {
    const w = await maakTweeOrganisaties();
    const g = w.gebruikers;
    // A second gemeente in organisation A that the consulent does not work for.
    await db().gemeente.create({ data: { organisatieId: w.a.organisatie.id, naam: "Testgemeente buiten bereik", looptijdMaanden: 12, contactNormDagen: 21 } });
    const consulentZonder = await maakGebruiker(w.a.organisatie.id, "CONSULENT");
    // Reports of three people; consent to the gemeente (rapportages = VOORTGANG) only for inburgeraarA.
    await db().toestemming.create({
      data: { inburgeraarId: w.inburgeraarA.id, onderwerp: "VOORTGANG", ontvanger: "CONSULENT_GEMEENTE", gegevenOp: new Date("2026-01-05T00:00:00Z"), vastgelegdDoorId: g.begeleider.id },
    });
    const personen = [
      [w.inburgeraarA.id, g.begeleider.id],
      [w.nietToegewezenA.id, g.begeleider.id],
      [w.inburgeraarB.id, g.begeleiderB.id],
    ] as const;
    await db().voortgangsrapportage.createMany({
      data: personen.flatMap(([inburgeraarId, gedeeldDoorId], i) =>
        [1, 2].map((versie) => ({ inburgeraarId, versie, inhoud: {}, gedeeldDoorId, gedeeldOp: new Date(Date.now() - (i * 2 + versie) * 60_000), aanvraagSleutel: `sleutel-${inburgeraarId}-${versie}` })),
      ),
    });
    const now = new Date();
    for (const rol of [...ROLLEN, "consulentZonder"] as const) {
      const user = await sessionUser(rol === "consulentZonder" ? consulentZonder.id : g[rol].id);
      const gemeenten = ids(await db().gemeente.findMany({ where: gemeenteScope(user), select: { id: true } }));
      expect(ids(await db().$queryRaw<{ id: string }[]>(Prisma.sql`SELECT g.id FROM "Gemeente" g WHERE ${gemeenteScopeSql(user)}`)), `${rol}: gemeenten`).toEqual(gemeenten);
      const rapportages = ids(await db().voortgangsrapportage.findMany({ where: rapportageScope(user, now), select: { id: true } }));
      expect(
        ids(await db().$queryRaw<{ id: string }[]>(Prisma.sql`SELECT r.id FROM "Voortgangsrapportage" r JOIN "Inburgeraar" i ON i.id = r."inburgeraarId" WHERE ${rapportageScopeSql(user, now)}`)),
        `${rol}: rapportages`,
      ).toEqual(rapportages);
      // Not an empty comparison: the consulent sees their gemeente and the consented person's two reports.
      if (rol === "consulent") expect([gemeenten.length, rapportages.length]).toEqual([1, 2]);
      if (rol === "teamleider") expect([gemeenten.length, rapportages.length]).toEqual([2, 4]);
    }
    // The start page's list: newest first, with the person's name.
    const lijst = await recenteRapportages(await sessionUser(g.consulent.id), now);
    expect(lijst.map((r) => [r.inburgeraar.id, r.versie])).toEqual([
      [w.inburgeraarA.id, 1],
      [w.inburgeraarA.id, 2],
    ]);
    expect(lijst[0]?.gedeeldOp).toBeInstanceOf(Date);
  });
});
