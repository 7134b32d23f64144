import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getDossierHeader, getDossierOverzicht } from "@/lib/inburgeraar/queries";
import { wijzigFase } from "@/lib/inburgeraar/fase";
import { installeerStandaardTemplates } from "@/lib/opstart/template-beheer";
import { maakInburgeraar, maakTweeOrganisaties, sessionUser } from "../factories";

async function wereld() {
  const w = await maakTweeOrganisaties();
  await db().$transaction((tx) => installeerStandaardTemplates(tx, w.a.gemeente.id));
  await db().inburgeraar.update({ where: { id: w.inburgeraarA.id }, data: { fase: "AANGEMELD" } });
  const [begeleider, vrijwilliger, teamleider, consulent, begeleiderB] = await Promise.all([
    sessionUser(w.gebruikers.begeleider.id),
    sessionUser(w.gebruikers.vrijwilliger.id),
    sessionUser(w.gebruikers.teamleider.id),
    sessionUser(w.gebruikers.consulent.id),
    sessionUser(w.gebruikers.begeleiderB.id),
  ]);
  return { ...w, u: { begeleider, vrijwilliger, teamleider, consulent, begeleiderB } };
}

const versie = async (id: string) => (await db().inburgeraar.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
const fase = async (id: string) => (await db().inburgeraar.findUniqueOrThrow({ where: { id }, select: { fase: true } })).fase;

describe("fase wijzigen", () => {
  it("start de opstartfase met checklist en schrijft de tijdlijn", async () => {
    const w = await wereld();
    const id = w.inburgeraarA.id;
    await wijzigFase(w.u.begeleider, id, { actie: "START_OPSTARTFASE", version: 1 });
    expect(await fase(id)).toBe("OPSTARTFASE");
    expect(await versie(id)).toBe(2);
    expect(await db().checklistItem.count({ where: { inburgeraarId: id } })).toBeGreaterThan(0);
    const overzicht = await getDossierOverzicht(w.u.begeleider, id);
    expect(overzicht.tijdlijn[0]!.samenvatting).toMatch(/Opstartfase starten: van Aangemeld naar Opstartfase; checklist met \d+ punten aangemaakt/);
    expect(overzicht.tijdlijn[0]!.wie).toBe(w.gebruikers.begeleider.naam);
    // Views are audited but not in the timeline.
    expect(await db().auditLog.count({ where: { inburgeraarId: id, actie: "inburgeraar.bekeken" } })).toBe(1);
    expect(overzicht.tijdlijn.some((t) => t.samenvatting === "inburgeraar.bekeken")).toBe(false);
  });

  it("sluit de opstartfase alleen af met alles geregeld of met een reden", async () => {
    const w = await wereld();
    const id = w.inburgeraarA.id;
    await wijzigFase(w.u.begeleider, id, { actie: "START_OPSTARTFASE", version: 1 });
    await expect(wijzigFase(w.u.begeleider, id, { actie: "SLUIT_OPSTARTFASE", version: 2 })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["reden"] })],
    });
    expect(await fase(id)).toBe("OPSTARTFASE");
    await wijzigFase(w.u.begeleider, id, { actie: "SLUIT_OPSTARTFASE", version: 2, reden: "Verhuisd naar een andere gemeente; rest regelt de nieuwe begeleider." });
    const r = await db().inburgeraar.findUniqueOrThrow({ where: { id } });
    expect(r.fase).toBe("BEGELEIDINGSFASE");
    expect(r.opstartAfsluitReden).toMatch(/Verhuisd/);
    expect(r.opstartAfgeslotenOp).not.toBeNull();
  });

  it("sluit de opstartfase zonder reden als de verplichte punten klaar zijn", async () => {
    const w = await wereld();
    const id = w.inburgeraarA.id;
    await wijzigFase(w.u.begeleider, id, { actie: "START_OPSTARTFASE", version: 1 });
    await db().checklistItem.updateMany({ where: { inburgeraarId: id, verplicht: true }, data: { status: "GEREGELD" } });
    await wijzigFase(w.u.begeleider, id, { actie: "SLUIT_OPSTARTFASE", version: 2 });
    expect((await db().inburgeraar.findUniqueOrThrow({ where: { id } })).opstartAfsluitReden).toBeNull();
  });

  it("sluit een dossier pas af na een gelogd eindgesprek", async () => {
    const w = await wereld();
    const id = w.inburgeraarA.id;
    await db().inburgeraar.update({ where: { id }, data: { fase: "BEGELEIDINGSFASE" } });
    await wijzigFase(w.u.begeleider, id, { actie: "START_AFRONDING", version: 1 });
    await expect(wijzigFase(w.u.begeleider, id, { actie: "AFSLUITEN", version: 2 })).rejects.toMatchObject({ code: "ONGELDIG" });
    const afspraak = { inburgeraarId: id, medewerkerId: w.gebruikers.begeleider.id, start: new Date(), type: "KANTOOR" as const, isEindgesprek: true };
    await db().afspraak.create({ data: { ...afspraak, status: "GEPLAND" } });
    await expect(wijzigFase(w.u.begeleider, id, { actie: "AFSLUITEN", version: 2 })).rejects.toMatchObject({ code: "ONGELDIG" });
    await db().afspraak.create({ data: { ...afspraak, status: "VOND_PLAATS" } });
    await wijzigFase(w.u.begeleider, id, { actie: "AFSLUITEN", version: 2 });
    const r = await db().inburgeraar.findUniqueOrThrow({ where: { id } });
    expect(r.fase).toBe("AFGESLOTEN");
    expect(r.afgeslotenOp).not.toBeNull();
  });

  it("weigert een stap die niet bij de fase past", async () => {
    const w = await wereld();
    await expect(wijzigFase(w.u.begeleider, w.inburgeraarA.id, { actie: "AFSLUITEN", version: 1 })).rejects.toMatchObject({ code: "ONGELDIG" });
    expect(await fase(w.inburgeraarA.id)).toBe("AANGEMELD");
  });

  it("geeft een conflict bij een verouderde pagina en verandert niets", async () => {
    const w = await wereld();
    const id = w.inburgeraarA.id;
    await wijzigFase(w.u.teamleider, id, { actie: "START_OPSTARTFASE", version: 1 });
    await expect(wijzigFase(w.u.begeleider, id, { actie: "START_OPSTARTFASE", version: 1 })).rejects.toMatchObject({ code: "CONFLICT" });
    await db().checklistItem.updateMany({ where: { inburgeraarId: id }, data: { status: "GEREGELD" } });
    await expect(wijzigFase(w.u.begeleider, id, { actie: "SLUIT_OPSTARTFASE", version: 1 })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await fase(id)).toBe("OPSTARTFASE");
    expect(await db().auditLog.count({ where: { inburgeraarId: id, actie: "inburgeraar.fase-gewijzigd" } })).toBe(1);
  });

  it("laat een vrijwilliger geen fase wijzigen en geen niet-toegewezen dossier lezen", async () => {
    const w = await wereld();
    await expect(wijzigFase(w.u.vrijwilliger, w.inburgeraarA.id, { actie: "START_OPSTARTFASE", version: 1 })).rejects.toMatchObject({ code: "GEEN_TOEGANG" });
    // The maatje may read their own dossier, without BSN.
    const eigen = await getDossierOverzicht(w.u.vrijwilliger, w.inburgeraarA.id);
    expect(eigen.bsnEinde).toBeNull();
    expect(eigen.zicht.bsn).toBe(false);
    expect(eigen).not.toHaveProperty("vNummer");
    expect(eigen).not.toHaveProperty("uitkeringStartDatum");
    await expect(getDossierOverzicht(w.u.vrijwilliger, w.nietToegewezenA.id)).rejects.toMatchObject({ code: "NIET_GEVONDEN" });
    await expect(getDossierHeader(w.u.vrijwilliger, w.nietToegewezenA.id)).rejects.toMatchObject({ code: "NIET_GEVONDEN" });
    await expect(getDossierHeader(w.u.begeleider, w.nietToegewezenA.id)).rejects.toMatchObject({ code: "NIET_GEVONDEN" });
    expect(await fase(w.inburgeraarA.id)).toBe("AANGEMELD");
  });

  it("geeft een andere organisatie NIET_GEVONDEN", async () => {
    const w = await wereld();
    await expect(wijzigFase(w.u.begeleiderB, w.inburgeraarA.id, { actie: "START_OPSTARTFASE", version: 1 })).rejects.toMatchObject({ code: "NIET_GEVONDEN" });
    await expect(getDossierHeader(w.u.begeleiderB, w.inburgeraarA.id)).rejects.toMatchObject({ code: "NIET_GEVONDEN" });
    await expect(getDossierOverzicht(w.u.begeleiderB, w.inburgeraarA.id)).rejects.toMatchObject({ code: "NIET_GEVONDEN" });
    expect(await fase(w.inburgeraarA.id)).toBe("AANGEMELD");
  });

  it("toont een consulent zonder toestemming alleen naam, gemeente, fase en de eigen inburgeringsdatums van de gemeente", async () => {
    const w = await wereld();
    const header = await getDossierHeader(w.u.consulent, w.inburgeraarA.id);
    expect(header).toMatchObject({ naam: expect.any(String), fase: "AANGEMELD", begeleiders: [], maatjes: [], start: null, huishouden: null, klokken: [] });
    const overzicht = await getDossierOverzicht(w.u.consulent, w.inburgeraarA.id);
    for (const veld of ["geboortedatum", "telefoon", "vNummer", "uitkeringStartDatum"]) expect(overzicht).not.toHaveProperty(veld);
    // The BRP date is the gemeente's own record (decision 009): no consent needed.
    expect(overzicht).toHaveProperty("brpInschrijvingDatum");
    await expect(wijzigFase(w.u.consulent, w.inburgeraarA.id, { actie: "START_OPSTARTFASE", version: 1 })).rejects.toMatchObject({ code: "GEEN_TOEGANG" });
  });

  it("toont de wettelijke klokken in de kop", async () => {
    const w = await wereld();
    const p = await maakInburgeraar(w.a.organisatie.id, w.a.gemeente.id);
    await db().inburgeraar.update({
      where: { id: p.id },
      data: { uitkeringStartDatum: new Date("2020-01-01T00:00:00Z"), einddatum: new Date("2099-01-01T00:00:00Z") },
    });
    await db().toeslagAanvraag.create({ data: { inburgeraarId: p.id, soort: "zorgtoeslag", aangevraagdOp: new Date("2020-01-01T00:00:00Z") } });
    const header = await getDossierHeader(w.u.teamleider, p.id);
    expect(header.klokken.map((k) => [k.soort, k.status])).toEqual([
      ["TOESLAG_TRAAG", "VERLOPEN"],
      ["ONTZORGEN_EINDE", "VERLOPEN"],
      ["EINDDATUM", "OK"],
    ]);
  });
});
