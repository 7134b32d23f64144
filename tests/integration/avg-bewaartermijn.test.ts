/**
 * The bewaartermijn: a dry run names the closed dossiers that are due (and
 * those due soon) and changes nothing; the run anonymises exactly those, in
 * every table of the dossier, audits each, and is idempotent.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { anonimiseerVervallen, bewaarRapport } from "@/lib/avg/bewaartermijn";
import { verzamelDossier } from "@/lib/avg/inzage";
import { encryptBsn, hashBsn } from "@/lib/crypto/bsn";
import { db } from "@/lib/db";
import { maakGebruiker, maakInburgeraar, maakOrganisatie } from "../factories";

const NU = new Date("2026-11-29T10:00:00Z");
const maandenGeleden = (n: number) => new Date(Date.UTC(2026, 10 - n, 28, 12));

let org: string;
let vervallen: { id: string; achternaam: string };
let bijna: { id: string; achternaam: string };
let lopend: { id: string; achternaam: string };

async function metGegevens(organisatieId: string, gemeenteId: string, afgeslotenOp: Date | null, begeleiderId: string) {
  const p = await maakInburgeraar(organisatieId, gemeenteId, { fase: afgeslotenOp ? "AFGESLOTEN" : "BEGELEIDINGSFASE" });
  await db().inburgeraar.update({
    where: { id: p.id },
    data: { afgeslotenOp, telefoon: "0612345678", email: "fictief@voorbeeld.test", straat: "Verzonnenstraat", bsnVersleuteld: encryptBsn("999990019"), bsnHash: hashBsn("999990019") },
  });
  await db().huishoudlid.create({ data: { inburgeraarId: p.id, voornaam: "Kindnaam", relatie: "KIND", geboortedatum: new Date("2015-01-01T00:00:00Z") } });
  await db().afspraak.create({ data: { inburgeraarId: p.id, medewerkerId: begeleiderId, start: new Date("2024-03-01T09:00:00Z"), type: "HUISBEZOEK", verslag: "Geheim verslag over de schulden", status: "VOND_PLAATS" } });
  await db().signaal.create({ data: { inburgeraarId: p.id, categorie: "SCHULDEN", omschrijving: "Geheime zorg over huur", gemeldDoorId: begeleiderId } });
  await db().checklistItem.create({ data: { inburgeraarId: p.id, code: "HV-1", titel: "Huurcontract getekend", categorieen: ["HV"], notitie: "Geheime notitie" } });
  const plan = await db().begeleidingsplan.create({ data: { inburgeraarId: p.id } });
  await db().doel.create({ data: { planId: plan.id, leefgebied: "WONEN", omschrijving: "Geheim doel" } });
  return p;
}

beforeAll(async () => {
  const { organisatie, gemeente } = await maakOrganisatie();
  org = organisatie.id;
  await db().organisatie.update({ where: { id: org }, data: { bewaartermijnMaanden: 24 } });
  const begeleider = await maakGebruiker(org, "BEGELEIDER");
  vervallen = await metGegevens(org, gemeente.id, maandenGeleden(25), begeleider.id);
  bijna = await metGegevens(org, gemeente.id, maandenGeleden(23), begeleider.id);
  lopend = await metGegevens(org, gemeente.id, null, begeleider.id);
});

describe("bewaartermijn", () => {
  it("de proefrun noemt wat nu en binnenkort vervalt, en verandert niets", async () => {
    const voor = JSON.stringify(await verzamelDossier(db(), vervallen.id));
    const rapport = await bewaarRapport(org, NU);
    expect(rapport.bewaartermijnMaanden).toBe(24);
    expect(rapport.nu.map((d) => d.id)).toEqual([vervallen.id]);
    expect(rapport.binnenkort.map((d) => d.id)).toEqual([bijna.id]);
    expect(rapport.nu[0]?.kenmerk).not.toContain(vervallen.achternaam);
    expect(JSON.stringify(await verzamelDossier(db(), vervallen.id))).toBe(voor);
  });

  it("de run anonimiseert alleen het vervallen dossier, in elke tabel", async () => {
    const bijnaVoor = JSON.stringify(await verzamelDossier(db(), bijna.id));
    await expect(anonimiseerVervallen({ organisatieId: org, now: NU })).resolves.toEqual({ geanonimiseerd: 1, mislukt: 0 });

    const na = JSON.stringify(await verzamelDossier(db(), vervallen.id));
    for (const geheim of [vervallen.achternaam, "Testpersoon", "0612345678", "fictief@voorbeeld.test", "Verzonnenstraat", "Kindnaam", "Geheim verslag", "Geheime zorg", "Geheime notitie", "Geheim doel", "999990019"])
      expect(na, geheim).not.toContain(geheim);
    const persoon = await db().inburgeraar.findUniqueOrThrow({
      where: { id: vervallen.id },
      select: { voornaam: true, bsnVersleuteld: true, bsnHash: true, fase: true, geanonimiseerdOp: true, geboortedatum: true },
    });
    expect(persoon).toMatchObject({ voornaam: "Geanonimiseerd", bsnVersleuteld: null, bsnHash: null, fase: "AFGESLOTEN" });
    expect(persoon.geanonimiseerdOp).toEqual(NU);
    expect(persoon.geboortedatum.toISOString().slice(0, 10)).toBe("1990-01-01");
    // What the figures need stays: the afspraak, its type and date; the checklist code.
    expect(await db().afspraak.count({ where: { inburgeraarId: vervallen.id, type: "HUISBEZOEK" } })).toBe(1);
    expect(await db().checklistItem.findFirst({ where: { inburgeraarId: vervallen.id } })).toMatchObject({ code: "HV-1", notitie: null });
    expect(await db().huishoudlid.count({ where: { inburgeraarId: vervallen.id } })).toBe(0);
    expect(await db().auditLog.count({ where: { actie: "avg.geanonimiseerd", inburgeraarId: vervallen.id } })).toBe(1);

    expect(JSON.stringify(await verzamelDossier(db(), bijna.id))).toBe(bijnaVoor);
    expect((await db().inburgeraar.findUniqueOrThrow({ where: { id: lopend.id } })).achternaam).toBe(lopend.achternaam);
  });

  it("een tweede run doet niets meer", async () => {
    await expect(anonimiseerVervallen({ organisatieId: org, now: NU })).resolves.toEqual({ geanonimiseerd: 0, mislukt: 0 });
    const rapport = await bewaarRapport(org, NU);
    expect(rapport.nu).toEqual([]);
    expect(rapport.alGeanonimiseerd).toBe(1);
  });
});

describe("de bewaartermijn instellen", () => {
  it("een beheerder stelt hem in; een verouderd formulier of een onzinnige waarde verandert niets", async () => {
    const { wijzigBewaartermijn } = await import("@/lib/avg/bewaartermijn");
    const { sessionUser } = await import("../factories");
    const beheerder = await sessionUser((await maakGebruiker(org, "BEHEERDER")).id);
    await expect(wijzigBewaartermijn(beheerder, { bewaartermijnMaanden: "36", vorige: "24" })).resolves.toEqual({ bewaartermijnMaanden: 36 });
    await expect(wijzigBewaartermijn(beheerder, { bewaartermijnMaanden: "48", vorige: "24" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(wijzigBewaartermijn(beheerder, { bewaartermijnMaanden: "2", vorige: "36" })).rejects.toThrow();
    expect((await db().organisatie.findUniqueOrThrow({ where: { id: org } })).bewaartermijnMaanden).toBe(36);
    const begeleider = await sessionUser((await maakGebruiker(org, "BEGELEIDER")).id);
    await expect(wijzigBewaartermijn(begeleider, { bewaartermijnMaanden: "60", vorige: "36" })).rejects.toMatchObject({ code: "GEEN_TOEGANG" });
  });
});
