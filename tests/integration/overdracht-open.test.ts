import { describe, expect, it } from "vitest";
import { overdrachtScope, teOntvangenScope } from "@/lib/authz";
import { overdrachtScopeSql, teOntvangenScopeSql } from "@/lib/authz/sql-scope";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";
import type { OverdrachtStatus, OverdrachtType } from "@/lib/db/generated/enums";
import { alleOpenOverdrachten, OPEN_OVERDRACHTEN_MAX, openOverdrachten, teOntvangenOverdrachten } from "@/lib/overdracht/queries";
import { maakGebruiker, maakInburgeraar, maakTweeOrganisaties, sessionUser, wijsToe } from "../factories";

describe("overdrachtScopeSql en teOntvangenScopeSql", () => {
  it("laten voor elke rol precies door wat overdrachtScope en teOntvangenScope doorlaten", async () => {
    const w = await maakTweeOrganisaties();
    const g = w.gebruikers;
    const tweedeBegeleider = await maakGebruiker(w.a.organisatie.id, "BEGELEIDER");
    // With consent to the gemeente (rapportages = VOORTGANG) for inburgeraarA, none for nietToegewezenA.
    await db().toestemming.create({
      data: { inburgeraarId: w.inburgeraarA.id, onderwerp: "VOORTGANG", ontvanger: "CONSULENT_GEMEENTE", gegevenOp: new Date("2026-01-05T00:00:00Z"), vastgelegdDoorId: g.begeleider.id },
    });
    const soorten: [OverdrachtType, OverdrachtStatus][] = [
      ["INTERN", "VERSTUURD"],
      ["INTERN", "CONCEPT"],
      ["INTERN", "ONTVANGEN"],
      ["CONSULENT", "VERSTUURD"],
      ["CONSULENT", "CONCEPT"],
      ["WARM", "VERSTUURD"],
      ["VERHUIZING", "VERSTUURD"],
    ];
    const paren = [
      { inburgeraarId: w.inburgeraarA.id, vanId: g.begeleider.id, naarGebruikerId: g.vrijwilliger.id },
      { inburgeraarId: w.inburgeraarA.id, vanId: g.vrijwilliger.id, naarGebruikerId: g.begeleider.id },
      { inburgeraarId: w.nietToegewezenA.id, vanId: tweedeBegeleider.id, naarGebruikerId: g.begeleider.id },
      { inburgeraarId: w.nietToegewezenA.id, vanId: tweedeBegeleider.id, naarGebruikerId: null },
      { inburgeraarId: w.inburgeraarB.id, vanId: g.begeleiderB.id, naarGebruikerId: null },
    ];
    await db().overdracht.createMany({
      data: paren.flatMap((p, i) =>
        soorten.map(([type, status]) => ({
          ...p,
          // Only an intern overdracht is addressed to a person.
          naarGebruikerId: type === "INTERN" ? p.naarGebruikerId : null,
          type,
          status,
          samenvatting: "Verzonnen",
          verstuurdOp: status === "CONCEPT" ? null : new Date(Date.now() - (10 - i) * 60_000),
        })),
      ),
    });
    const now = new Date();
    const ids = (l: { id: string }[]) => l.map((r) => r.id).sort();
    for (const rol of ["begeleider", "vrijwilliger", "teamleider", "consulent", "beheerder", "begeleiderB"] as const) {
      const user = await sessionUser(g[rol].id);
      for (const [naam, prisma, sql] of [
        ["overdrachtScope", overdrachtScope(user, now), overdrachtScopeSql(user, now)],
        ["teOntvangenScope", teOntvangenScope(user, now), teOntvangenScopeSql(user, now)],
      ] as const) {
        const verwacht = ids(await db().overdracht.findMany({ where: prisma, select: { id: true } }));
        const gekregen = ids(await db().$queryRaw<{ id: string }[]>(Prisma.sql`SELECT o.id FROM "Overdracht" o JOIN "Inburgeraar" i ON i.id = o."inburgeraarId" WHERE ${sql}`));
        expect(gekregen, `${rol}: ${naam}`).toEqual(verwacht);
        // Not an empty comparison: those who receive overdrachten receive some here, the teamleider sees them all.
        if (rol === "begeleider" || rol === "consulent" || (rol === "teamleider" && naam === "overdrachtScope")) expect(verwacht.length, `${rol}: ${naam} ziet iets`).toBeGreaterThan(0);
      }
    }
    // The start page's list: its rows carry the names of the model query's relations.
    const begeleider = await sessionUser(g.begeleider.id);
    const lijst = await teOntvangenOverdrachten(begeleider, now);
    expect(lijst.map((o) => [o.type, o.van.id, o.naarGebruiker?.id, o.inburgeraar.gemeente.naam, o.naar])).toEqual([
      ["INTERN", g.vrijwilliger.id, g.begeleider.id, w.a.gemeente.naam, g.begeleider.naam],
      ["INTERN", tweedeBegeleider.id, g.begeleider.id, w.a.gemeente.naam, g.begeleider.naam],
    ]);
  });
});

describe("open overdrachten", () => {
  it("elke lijst is begrensd, de oudste eerst, en zegt dat er meer wachten", async () => {
    const w = await maakTweeOrganisaties();
    const begeleider = await sessionUser(w.gebruikers.begeleider.id);
    const teamleider = await sessionUser(w.gebruikers.teamleider.id);
    const n = OPEN_OVERDRACHTEN_MAX.teOntvangen + 1;
    const t0 = Date.now() - 10 * 86_400_000;
    const personen = [];
    for (let i = 0; i < n; i++) {
      const p = await maakInburgeraar(w.a.organisatie.id, w.a.gemeente.id, { fase: "BEGELEIDINGSFASE" });
      await wijsToe(p.id, begeleider.id, "BEGELEIDER");
      personen.push(p.id);
    }
    await db().overdracht.createMany({
      data: personen.map((inburgeraarId, i) => ({
        inburgeraarId,
        type: "INTERN" as const,
        status: "VERSTUURD" as const,
        vanId: w.gebruikers.vrijwilliger.id,
        naarGebruikerId: begeleider.id,
        samenvatting: "Verzonnen overdracht",
        // The last one made is the oldest: it must be first.
        verstuurdOp: new Date(t0 + (n - i) * 60_000),
      })),
    });
    const open = await openOverdrachten(begeleider);
    expect(open.teOntvangen).toHaveLength(OPEN_OVERDRACHTEN_MAX.teOntvangen);
    expect(open.teOntvangen[0]?.inburgeraarId).toBe(personen.at(-1));
    expect(open.meer).toMatchObject({ teOntvangen: true, verstuurd: false });

    // One fewer: everything fits, and nothing more is said to wait.
    await db().overdracht.updateMany({ where: { inburgeraarId: personen[0]! }, data: { status: "ONTVANGEN", ontvangenOp: new Date() } });
    const minder = await openOverdrachten(begeleider);
    expect(minder.teOntvangen).toHaveLength(OPEN_OVERDRACHTEN_MAX.teOntvangen);
    expect(minder.meer.teOntvangen).toBe(false);
    const vanTeamleider = await openOverdrachten(teamleider);
    expect(vanTeamleider.meer.alle).toBe(false);
    // The teamleider's start page reads the "alle" list alone: the same rows; nobody else may.
    expect(await alleOpenOverdrachten(teamleider)).toEqual({ rijen: vanTeamleider.alle, meer: false });
    expect(vanTeamleider.alle.length).toBeGreaterThan(0);
    await expect(alleOpenOverdrachten(begeleider)).rejects.toMatchObject({ code: "GEEN_TOEGANG" });
  });
});
