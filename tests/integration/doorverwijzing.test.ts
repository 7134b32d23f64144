import { describe, expect, it } from "vitest";
import { getCaseload } from "@/lib/caseload/queries";
import { db } from "@/lib/db";
import { legDoorverwijzingVast, legUitkomstVast } from "@/lib/doorverwijzing/mutations";
import { getDoorverwijzingen } from "@/lib/doorverwijzing/queries";
import { voegActieToe } from "@/lib/plan/plan-bewerken";
import { maakTweeOrganisaties, sessionUser } from "../factories";

const dag = (d: string) => new Date(`${d}T10:00:00Z`);

async function wereld() {
  const w = await maakTweeOrganisaties();
  const [begeleider, vrijwilliger, teamleider, consulent, begeleiderB] = await Promise.all([
    sessionUser(w.gebruikers.begeleider.id),
    sessionUser(w.gebruikers.vrijwilliger.id),
    sessionUser(w.gebruikers.teamleider.id),
    sessionUser(w.gebruikers.consulent.id),
    sessionUser(w.gebruikers.begeleiderB.id),
  ]);
  const kaart = await db().socialeKaartOrganisatie.create({ data: { organisatieId: w.a.organisatie.id, gemeenteId: w.a.gemeente.id, naam: "Schuldhulp Testdorp", leefgebieden: ["FINANCIEN_ADMINISTRATIE"] } });
  const elders = await db().socialeKaartOrganisatie.create({ data: { organisatieId: w.b.organisatie.id, naam: "Schuldhulp Elders", leefgebieden: ["FINANCIEN_ADMINISTRATIE"] } });
  return { ...w, u: { begeleider, vrijwilliger, teamleider, consulent, begeleiderB }, kaart, elders };
}

const openPunten = async (user: Awaited<ReturnType<typeof sessionUser>>, inburgeraarId: string, nu: Date) =>
  ((await getCaseload(user, {}, nu)).find((r) => r.id === inburgeraarId)?.aandacht ?? []).filter((a) => a.soort === "DOORVERWIJZING_OPEN").map((a) => a.tekst);

describe("doorverwijzingen", () => {
  it("wordt in de caseload opgevolgd tot de uitkomst bekend is", async () => {
    const w = await wereld();
    const id = w.inburgeraarA.id;
    const d = await legDoorverwijzingVast(
      w.u.begeleider,
      { inburgeraarId: id, socialeKaartId: w.kaart.id, datum: "2026-11-02", reden: "Betalingsachterstand huur.", aanvraagSleutel: "sleutel-doorverwijzing-1" },
      dag("2026-11-02"),
    );
    // Within two weeks the organisation is given time.
    expect(await openPunten(w.u.begeleider, id, dag("2026-11-15"))).toEqual([]);
    // From day 14 on the caseload asks for the outcome — the begeleider's and the teamleider's.
    expect(await openPunten(w.u.begeleider, id, dag("2026-11-16"))).toEqual(["Uitkomst doorverwijzing nog onbekend: Schuldhulp Testdorp (14 dagen geleden)"]);
    expect(await openPunten(w.u.teamleider, id, dag("2026-11-20"))).toHaveLength(1);
    // The maatje's caseload shows nothing of it.
    expect(await openPunten(w.u.vrijwilliger, id, dag("2026-11-20"))).toEqual([]);

    await legUitkomstVast(w.u.begeleider, { id: d.id, version: "1", uitkomst: "WACHTLIJST", uitkomstOp: "2026-11-20", uitkomstToelichting: "" }, dag("2026-11-20"));
    expect(await openPunten(w.u.begeleider, id, dag("2026-11-21"))).toEqual([]);
    expect(await db().doorverwijzing.findUniqueOrThrow({ where: { id: d.id } })).toMatchObject({ uitkomst: "WACHTLIJST", version: 2 });
    // Recording it twice from an old page is a conflict.
    await expect(legUitkomstVast(w.u.begeleider, { id: d.id, version: "1", uitkomst: "GEHOLPEN", uitkomstOp: "2026-11-21" }, dag("2026-11-21"))).rejects.toMatchObject({ code: "CONFLICT" });
    // The reason is not in the audit trail.
    const log = await db().auditLog.findMany({ where: { inburgeraarId: id, actie: { startsWith: "doorverwijzing." } }, orderBy: { id: "asc" } });
    expect(log.map((l) => l.actie)).toEqual(["doorverwijzing.vastgelegd", "doorverwijzing.uitkomst"]);
    expect(JSON.stringify(log.map((l) => l.details))).not.toContain("Betalingsachterstand");
  });

  it("een dubbel verstuurd formulier geeft één doorverwijzing", async () => {
    const w = await wereld();
    const invoer = { inburgeraarId: w.inburgeraarA.id, socialeKaartId: w.kaart.id, datum: "2026-11-02", reden: "Schulden.", aanvraagSleutel: "sleutel-dubbel-123" };
    const [a, b] = await Promise.all([legDoorverwijzingVast(w.u.begeleider, invoer, dag("2026-11-02")), legDoorverwijzingVast(w.u.begeleider, invoer, dag("2026-11-02"))]);
    expect(a.id).toBe(b.id);
    expect(await db().doorverwijzing.count({ where: { inburgeraarId: w.inburgeraarA.id } })).toBe(1);
  });

  it("alleen naar de sociale kaart van de eigen organisatie, en alleen voor wie het plan schrijft", async () => {
    const w = await wereld();
    const invoer = (extra: object) => ({ inburgeraarId: w.inburgeraarA.id, socialeKaartId: w.kaart.id, datum: "2026-11-02", reden: "Schulden.", aanvraagSleutel: `s-${Math.random()}`, ...extra });
    await expect(legDoorverwijzingVast(w.u.begeleider, invoer({ socialeKaartId: w.elders.id }), dag("2026-11-02"))).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["socialeKaartId"] })] });
    await expect(legDoorverwijzingVast(w.u.begeleider, invoer({ datum: "2026-12-01" }), dag("2026-11-02"))).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["datum"] })] });
    await expect(legDoorverwijzingVast(w.u.vrijwilliger, invoer({}), dag("2026-11-02"))).rejects.toMatchObject({ code: "GEEN_TOEGANG" });
    await expect(legDoorverwijzingVast(w.u.begeleiderB, invoer({}), dag("2026-11-02"))).rejects.toMatchObject({ code: "NIET_GEVONDEN" });
    expect(await db().doorverwijzing.count({ where: { inburgeraarId: w.inburgeraarA.id } })).toBe(0);
    // Reading: the maatje and a consulent without consent for the plan get "not found".
    await legDoorverwijzingVast(w.u.begeleider, invoer({}), dag("2026-11-02"));
    expect((await getDoorverwijzingen(w.u.teamleider, w.inburgeraarA.id)).lijst).toHaveLength(1);
    await expect(getDoorverwijzingen(w.u.vrijwilliger, w.inburgeraarA.id)).rejects.toMatchObject({ code: "NIET_GEVONDEN" });
    await expect(getDoorverwijzingen(w.u.consulent, w.inburgeraarA.id)).rejects.toMatchObject({ code: "NIET_GEVONDEN" });
  });

  it("een actie in het plan kan naar een organisatie van de sociale kaart wijzen", async () => {
    const w = await wereld();
    const plan = await db().begeleidingsplan.create({ data: { inburgeraarId: w.inburgeraarA.id } });
    const doel = await db().doel.create({ data: { planId: plan.id, leefgebied: "FINANCIEN_ADMINISTRATIE", omschrijving: "Schulden op een rij" } });
    await voegActieToe(w.u.begeleider, { doelId: doel.id, omschrijving: "Intake schuldhulp", voor: "ORGANISATIE", socialeKaartId: w.kaart.id });
    expect(await db().actie.findFirstOrThrow({ where: { doelId: doel.id } })).toMatchObject({ socialeKaartId: w.kaart.id, organisatie: "Schuldhulp Testdorp" });
    await expect(voegActieToe(w.u.begeleider, { doelId: doel.id, omschrijving: "Elders", voor: "ORGANISATIE", socialeKaartId: w.elders.id })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["socialeKaartId"] })],
    });
    expect(await db().actie.count({ where: { doelId: doel.id } })).toBe(1);
  });
});
