import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { beoordeelVerlenging, vraagVerlengingAan } from "@/lib/verlenging/mutations";
import { listOpenVerlengingen } from "@/lib/verlenging/queries";
import { maakGebruiker, maakInburgeraar, maakTweeOrganisaties, sessionUser, wijsToe as factoryWijsToe } from "../factories";

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
    const open = (await listOpenVerlengingen(w.u.teamleider)).rijen;
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

  it("de open aanvragen staan op pagina's, de oudste eerst, met het totaal en de gegevens van elke aanvraag", async () => {
    const w = await wereld();
    const personen = [w.inburgeraarA];
    for (let n = 0; n < 6; n++) {
      const p = await maakInburgeraar(w.a.organisatie.id, w.a.gemeente.id, { fase: "BEGELEIDINGSFASE", brpInschrijvingDatum: "2026-03-01" });
      await factoryWijsToe(p.id, w.gebruikers.begeleider.id, "BEGELEIDER");
      personen.push(p);
    }
    const ids: string[] = [];
    for (const [n, p] of personen.entries()) {
      ids.push((await vraagVerlengingAan(w.u.begeleider, p.id, { reden: `Reden ${n}`, maanden: 6 })).id);
      await db().verlenging.update({ where: { id: ids.at(-1)! }, data: { createdAt: new Date(Date.UTC(2026, 9, 1 + n)) } });
    }
    // A BRP date taken away after the request (a correction): shown, so nobody approves it blindly.
    await db().inburgeraar.update({ where: { id: personen[4]!.id }, data: { brpInschrijvingDatum: null } });
    // Another organisation's request is never counted.
    const anderen = await maakInburgeraar(w.b.organisatie.id, w.b.gemeente.id, { fase: "BEGELEIDINGSFASE" });
    await db().verlenging.create({ data: { inburgeraarId: anderen.id, aangevraagdDoorId: (await maakGebruiker(w.b.organisatie.id, "BEGELEIDER")).id, reden: "x", maanden: 6 } });
    const paginas = await Promise.all([1, 2, 3, 4].map((pagina) => listOpenVerlengingen(w.u.teamleider, { pagina }, new Date(), 3)));
    expect(paginas.map((p) => p.rijen.map((r) => r.id))).toEqual([ids.slice(0, 3), ids.slice(3, 6), ids.slice(6), []]);
    expect(paginas.map((p) => [p.totaal, p.paginas])).toEqual([
      [7, 3],
      [7, 3],
      [7, 3],
      [7, 3],
    ]);
    const eerste = paginas[0]!.rijen[0]!;
    expect(eerste).toMatchObject({
      maanden: 6,
      reden: "Reden 0",
      version: 1,
      aangevraagdDoor: w.gebruikers.begeleider.naam,
      isEigenAanvraag: false,
      heeftBrpDatum: true,
      inburgeraar: { id: w.inburgeraarA.id, naam: `${w.inburgeraarA.voornaam} ${w.inburgeraarA.achternaam}`, gemeente: w.a.gemeente.naam },
    });
    expect(eerste.inburgeraar.einddatum?.toISOString().slice(0, 10)).toBe("2027-06-01");
    expect(eerste.aangevraagdOp.toISOString()).toBe("2026-10-01T00:00:00.000Z");
    expect(paginas[1]!.rijen[1]!.heeftBrpDatum).toBe(false);
    // The other organisation's teamleider sees only that organisation's request.
    expect((await listOpenVerlengingen(w.u.teamleiderB)).totaal).toBe(1);
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
    expect((await listOpenVerlengingen(w.u.teamleiderB)).rijen).toEqual([]);
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
