import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { beoordeelVerlenging, vraagVerlengingAan } from "@/lib/verlenging/mutations";
import { listOpenVerlengingen } from "@/lib/verlenging/queries";
import { maakGebruiker, maakTweeOrganisaties, sessionUser } from "../factories";

async function wereld() {
  const w = await maakTweeOrganisaties();
  // inburgeraarA: BRP 2026-06-01, gemeente looptijd 12 maanden.
  await db().inburgeraar.update({ where: { id: w.inburgeraarA.id }, data: { einddatum: new Date("2027-06-01T00:00:00Z") } });
  const teamleiderB = await maakGebruiker(w.b.organisatie.id, "TEAMLEIDER");
  const [begeleider, vrijwilliger, teamleider, tlB] = await Promise.all([
    sessionUser(w.gebruikers.begeleider.id),
    sessionUser(w.gebruikers.vrijwilliger.id),
    sessionUser(w.gebruikers.teamleider.id),
    sessionUser(teamleiderB.id),
  ]);
  return { ...w, u: { begeleider, vrijwilliger, teamleider, teamleiderB: tlB } };
}

const einddatum = async (id: string) =>
  (await db().inburgeraar.findUniqueOrThrow({ where: { id }, select: { einddatum: true } })).einddatum?.toISOString().slice(0, 10);

describe("verlenging", () => {
  it("aanvragen en goedkeuren verschuift de einddatum, met tijdlijn", async () => {
    const w = await wereld();
    const id = w.inburgeraarA.id;
    const v = await vraagVerlengingAan(w.u.begeleider, id, { reden: "Taal gaat langzaam; nog veel post.", maanden: "" });
    expect((await db().verlenging.findUniqueOrThrow({ where: { id: v.id } })).maanden).toBe(6);
    const open = await listOpenVerlengingen(w.u.teamleider);
    expect(open.map((o) => o.id)).toEqual([v.id]);
    await beoordeelVerlenging(w.u.teamleider, v.id, { besluit: "GOEDGEKEURD", version: 1, toelichting: "Akkoord" });
    expect(await einddatum(id)).toBe("2027-12-01");
    // A second one adds up.
    const v2 = await vraagVerlengingAan(w.u.begeleider, id, { reden: "Nog een paar maanden nodig.", maanden: 3 });
    await beoordeelVerlenging(w.u.teamleider, v2.id, { besluit: "GOEDGEKEURD", version: 1 });
    expect(await einddatum(id)).toBe("2028-03-01");
    const acties = (await db().auditLog.findMany({ where: { inburgeraarId: id }, orderBy: { id: "asc" } })).map((a) => a.actie);
    expect(acties).toEqual(["verlenging.aangevraagd", "verlenging.goedgekeurd", "verlenging.aangevraagd", "verlenging.goedgekeurd"]);
  });

  it("afwijzen laat de einddatum staan", async () => {
    const w = await wereld();
    const v = await vraagVerlengingAan(w.u.begeleider, w.inburgeraarA.id, { reden: "Reden", maanden: 6 });
    await beoordeelVerlenging(w.u.teamleider, v.id, { besluit: "AFGEWEZEN", version: 1, toelichting: "Geen grond" });
    expect(await einddatum(w.inburgeraarA.id)).toBe("2027-06-01");
    expect(await db().verlenging.findUniqueOrThrow({ where: { id: v.id } })).toMatchObject({ status: "AFGEWEZEN", toelichting: "Geen grond" });
    // Deciding twice is a conflict.
    await expect(beoordeelVerlenging(w.u.teamleider, v.id, { besluit: "GOEDGEKEURD", version: 1 })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await einddatum(w.inburgeraarA.id)).toBe("2027-06-01");
  });

  it("staat maar één open aanvraag per persoon toe en controleert de invoer", async () => {
    const w = await wereld();
    await vraagVerlengingAan(w.u.begeleider, w.inburgeraarA.id, { reden: "Eerste", maanden: 6 });
    await expect(vraagVerlengingAan(w.u.begeleider, w.inburgeraarA.id, { reden: "Tweede", maanden: 6 })).rejects.toMatchObject({ code: "ONGELDIG" });
    await expect(vraagVerlengingAan(w.u.begeleider, w.nietToegewezenA.id, { reden: "", maanden: 6 })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["reden"] })],
    });
    await expect(vraagVerlengingAan(w.u.begeleider, w.inburgeraarA.id, { reden: "x", maanden: 13 })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["maanden"] })],
    });
    await expect(vraagVerlengingAan(w.u.begeleider, w.inburgeraarA.id, { reden: "x".repeat(2001), maanden: 6 })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["reden"] })],
    });
    expect(await db().verlenging.count({ where: { inburgeraarId: w.inburgeraarA.id } })).toBe(1);
  });

  it("geeft een teamleider van een andere organisatie NIET_GEVONDEN", async () => {
    const w = await wereld();
    const v = await vraagVerlengingAan(w.u.begeleider, w.inburgeraarA.id, { reden: "Reden", maanden: 6 });
    await expect(beoordeelVerlenging(w.u.teamleiderB, v.id, { besluit: "GOEDGEKEURD", version: 1 })).rejects.toMatchObject({ code: "NIET_GEVONDEN" });
    expect(await listOpenVerlengingen(w.u.teamleiderB)).toEqual([]);
    expect(await einddatum(w.inburgeraarA.id)).toBe("2027-06-01");
  });

  it("laat een begeleider niet beoordelen en een vrijwilliger niet aanvragen", async () => {
    const w = await wereld();
    const v = await vraagVerlengingAan(w.u.begeleider, w.inburgeraarA.id, { reden: "Reden", maanden: 6 });
    await expect(beoordeelVerlenging(w.u.begeleider, v.id, { besluit: "GOEDGEKEURD", version: 1 })).rejects.toMatchObject({ code: "GEEN_TOEGANG" });
    await expect(vraagVerlengingAan(w.u.vrijwilliger, w.inburgeraarA.id, { reden: "Reden", maanden: 6 })).rejects.toMatchObject({ code: "GEEN_TOEGANG" });
    await expect(vraagVerlengingAan(w.u.begeleider, w.nietToegewezenA.id, { reden: "Reden", maanden: 6 })).rejects.toMatchObject({ code: "NIET_GEVONDEN" });
    expect(await db().verlenging.findUniqueOrThrow({ where: { id: v.id } })).toMatchObject({ status: "AANGEVRAAGD" });
  });
});
