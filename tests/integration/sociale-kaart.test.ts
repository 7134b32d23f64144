import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { GEMEENTE_KEUZE_MAX } from "@/lib/gemeente/rules";
import { ImportAfgekeurd, importeerSocialeKaart, maakKaartOrganisatie, wijzigKaartOrganisatie } from "@/lib/sociale-kaart/mutations";
import { kaartGemeenteFilter, listSocialeKaart, socialeKaartVoorExport } from "@/lib/sociale-kaart/queries";
import { controleerCsv, socialeKaartCsv } from "@/lib/sociale-kaart/rules";
import { maakGebruiker, maakOrganisatie, sessionUser } from "../factories";

async function wereld() {
  const a = await maakOrganisatie();
  const b = await maakOrganisatie();
  const [beheerder, teamleider, begeleider, vrijwilliger, beheerderB] = await Promise.all([
    maakGebruiker(a.organisatie.id, "BEHEERDER").then((g) => sessionUser(g.id)),
    maakGebruiker(a.organisatie.id, "TEAMLEIDER").then((g) => sessionUser(g.id)),
    maakGebruiker(a.organisatie.id, "BEGELEIDER").then((g) => sessionUser(g.id)),
    maakGebruiker(a.organisatie.id, "VRIJWILLIGER").then((g) => sessionUser(g.id)),
    maakGebruiker(b.organisatie.id, "BEHEERDER").then((g) => sessionUser(g.id)),
  ]);
  return { a, b, beheerder, teamleider, begeleider, vrijwilliger, beheerderB };
}

const GOED = [
  "naam;leefgebieden;omschrijving;adres;telefoon;email;website;talen;openingstijden;notities",
  "Schuldhulp Testdorp;Financiën en administratie;Gratis hulp bij schulden;Hoofdstraat 1;070 123 4567;info@schuldhulp.test;https://schuldhulp.test;Arabisch, Engels;ma-vr 9-17;Vraag naar Anja",
  "Huisartsenpost Testdorp;Zorg en gezondheid;;;;;;;;",
].join("\n");

const aantal = (organisatieId: string) => db().socialeKaartOrganisatie.count({ where: { organisatieId } });

describe("sociale kaart: CSV-import", () => {
  it("een bestand met foute rijen geeft per rij een Nederlands rapport en importeert niets", async () => {
    const w = await wereld();
    await maakKaartOrganisatie(w.beheerder, { naam: "Bestaat al", leefgebieden: ["WONEN"], gemeenteId: w.a.gemeente.id });
    const csv = [
      "naam,leefgebieden,telefoon,email,website",
      "Goede organisatie,Wonen,,,",
      ",Wonen,,,", // row 3: no name
      "Rare organisatie,Ruimtevaart,,,", // row 4: unknown leefgebied
      "Mail organisatie,Wonen,,geen-mail,", // row 5: bad e-mail
      "Goede organisatie,Wonen,,,", // row 6: duplicate of row 2
      "Web organisatie,Wonen,abc,,ftp://x", // row 7: bad phone and website
    ].join("\r\n");
    const fout = await importeerSocialeKaart(w.beheerder, { gemeenteId: w.a.gemeente.id, stap: "importeren", csv }).catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(ImportAfgekeurd);
    const rapport = (fout as ImportAfgekeurd).rapport;
    expect(rapport.map((r) => r.rij)).toEqual([3, 4, 5, 6, 7]);
    expect(rapport[0]!.meldingen.join(" ")).toContain("Vul de naam van de organisatie in.");
    expect(rapport[1]!.meldingen.join(" ")).toContain('Leefgebied "Ruimtevaart" kennen we niet');
    expect(rapport[2]!.meldingen.join(" ")).toContain("E-mail: Vul een geldig e-mailadres in");
    expect(rapport[3]!.meldingen.join(" ")).toContain("staat al in rij 2");
    expect(rapport[4]!.meldingen).toHaveLength(2);
    expect((fout as ImportAfgekeurd).message).toContain("Er is niets geïmporteerd: 5 rijen kloppen niet.");
    // Nothing partial: the good row 2 is not there either, and no import in the audit trail.
    expect(await aantal(w.a.organisatie.id)).toBe(1);
    expect(await db().auditLog.count({ where: { organisatieId: w.a.organisatie.id, actie: "sociale-kaart.geimporteerd" } })).toBe(0);
  });

  it("een ontbrekende verplichte kolom wordt gemeld voor het hele bestand", () => {
    const u = controleerCsv("naam,telefoon\nSchuldhulp,0701234567\n");
    expect(u.rijen).toEqual([]);
    expect(u.fouten).toEqual([{ rij: 1, naam: null, meldingen: [expect.stringContaining('"leefgebieden" ontbreekt')] }]);
  });

  it("controleren schrijft niets; importeren voegt toe en werkt bij, in één keer", async () => {
    const w = await wereld();
    const bestaand = await maakKaartOrganisatie(w.teamleider, { naam: "Huisartsenpost Testdorp", leefgebieden: ["WONEN"], gemeenteId: w.a.gemeente.id });
    const voorbeeld = await importeerSocialeKaart(w.teamleider, { gemeenteId: w.a.gemeente.id, stap: "controleren", csv: GOED });
    expect(voorbeeld).toMatchObject({ stap: "controleren", nieuw: 1, bijgewerkt: 1 });
    expect(await aantal(w.a.organisatie.id)).toBe(1);

    const bestand = new File([`\uFEFF${GOED}`], "kaart.csv", { type: "text/csv" });
    await importeerSocialeKaart(w.teamleider, { gemeenteId: w.a.gemeente.id, stap: "importeren", bestand });
    const rijen = await db().socialeKaartOrganisatie.findMany({ where: { organisatieId: w.a.organisatie.id }, orderBy: { naam: "asc" } });
    expect(rijen.map((r) => r.naam)).toEqual(["Huisartsenpost Testdorp", "Schuldhulp Testdorp"]);
    expect(rijen[0]).toMatchObject({ id: bestaand.id, leefgebieden: ["ZORG_GEZONDHEID"], version: 2 });
    expect(rijen[1]).toMatchObject({
      gemeenteId: w.a.gemeente.id,
      leefgebieden: ["FINANCIEN_ADMINISTRATIE"],
      telefoon: "070 123 4567",
      talen: ["Arabisch", "Engels"],
      openingstijden: "ma-vr 9-17",
      notities: "Vraag naar Anja",
    });
    const log = await db().auditLog.findFirstOrThrow({ where: { organisatieId: w.a.organisatie.id, actie: "sociale-kaart.geimporteerd" } });
    expect(log.details).toMatchObject({ nieuw: 1, bijgewerkt: 1 });
  });

  it("een export leest weer in zoals hij was (ook een naam die op een formule lijkt)", async () => {
    const w = await wereld();
    await maakKaartOrganisatie(w.beheerder, { naam: "=Buurthuis, De Linde", leefgebieden: ["SOCIAAL_NETWERK", "PARTICIPATIE"], telefoon: "+31 70 000 0000", talen: "Dari; Farsi", gemeenteId: "" });
    const csv = socialeKaartCsv(await socialeKaartVoorExport(w.beheerder, null));
    expect(csv).toContain(`"'=Buurthuis, De Linde"`);
    const terug = controleerCsv(csv);
    expect(terug.fouten).toEqual([]);
    expect(terug.rijen[0]).toMatchObject({ naam: "=Buurthuis, De Linde", leefgebieden: ["SOCIAAL_NETWERK", "PARTICIPATIE"], telefoon: "+31 70 000 0000", talen: ["Dari", "Farsi"] });
  });

  it("alleen beheerders en teamleiders beheren; begeleiders lezen; andere organisaties zien niets", async () => {
    const w = await wereld();
    await expect(maakKaartOrganisatie(w.begeleider, { naam: "X", leefgebieden: ["WONEN"] })).rejects.toMatchObject({ code: "GEEN_TOEGANG" });
    await expect(importeerSocialeKaart(w.begeleider, { csv: GOED, stap: "importeren" })).rejects.toMatchObject({ code: "GEEN_TOEGANG" });
    await expect(listSocialeKaart(w.vrijwilliger)).rejects.toMatchObject({ code: "GEEN_TOEGANG" });
    const o = await maakKaartOrganisatie(w.beheerder, { naam: "Taalcafé", leefgebieden: ["PARTICIPATIE"] });
    expect((await listSocialeKaart(w.begeleider)).rijen.map((r) => r.naam)).toEqual(["Taalcafé"]);
    expect((await listSocialeKaart(w.beheerderB)).totaal).toBe(0);
    await expect(wijzigKaartOrganisatie(w.beheerderB, { id: o.id, version: 1, naam: "Overgenomen", leefgebieden: ["WONEN"] })).rejects.toMatchObject({ code: "NIET_GEVONDEN" });
    // A gemeente of another organisation cannot be chosen.
    await expect(maakKaartOrganisatie(w.beheerder, { naam: "Elders", leefgebieden: ["WONEN"], gemeenteId: w.b.gemeente.id })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["gemeenteId"] })],
    });
  });

  it("een verouderde versie wordt een conflict, geen stille overschrijving", async () => {
    const w = await wereld();
    const o = await maakKaartOrganisatie(w.beheerder, { naam: "Taalcafé", leefgebieden: ["PARTICIPATIE"] });
    await wijzigKaartOrganisatie(w.teamleider, { id: o.id, version: 1, naam: "Taalcafé Noord", leefgebieden: ["PARTICIPATIE"], actief: "on" });
    await expect(wijzigKaartOrganisatie(w.beheerder, { id: o.id, version: 1, naam: "Taalcafé Zuid", leefgebieden: ["PARTICIPATIE"], actief: "on" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await db().socialeKaartOrganisatie.findUniqueOrThrow({ where: { id: o.id } })).naam).toBe("Taalcafé Noord");
  });
});

describe("sociale kaart: honderden gemeenten (decision 030)", () => {
  it("kiest de gemeente op naam: precies, of het enige deel dat past; meer treffers filteren op allemaal; alleen eigen gemeenten", async () => {
    const w = await wereld();
    const org = w.a.organisatie.id;
    // Before: a list to choose from, a chosen id only when it is one of them.
    const klein = await kaartGemeenteFilter(w.begeleider, { gemeente: w.a.gemeente.id });
    expect([klein.keuzes?.map((g) => g.id), klein.gemeenteId]).toEqual([[w.a.gemeente.id], w.a.gemeente.id]);
    expect((await kaartGemeenteFilter(w.begeleider, { gemeente: w.b.gemeente.id })).gemeenteId).toBeUndefined();

    await db().gemeente.createMany({
      data: [...Array.from({ length: GEMEENTE_KEUZE_MAX }, (_, n) => `Verzonnen ${n}`), "Bergen", "Bergen op Zoom", "Bergeijk"].map((naam) => ({ organisatieId: org, naam })),
    });
    const id = async (naam: string) => (await db().gemeente.findFirstOrThrow({ where: { organisatieId: org, naam } })).id;
    const filter = (invoer: { gemeente?: string; gemeentenaam?: string }) => kaartGemeenteFilter(w.begeleider, invoer);
    // No list any more; the exact name wins over longer names that contain it, in any case.
    expect(await filter({ gemeentenaam: "bergen" })).toMatchObject({ keuzes: null, gemeenteId: await id("Bergen"), gemeenteNaam: "Bergen", treffers: 1 });
    // Part of only one name chooses it; part of several chooses none.
    expect(await filter({ gemeentenaam: "op zoom" })).toMatchObject({ gemeenteId: await id("Bergen op Zoom"), treffers: 1 });
    expect(await filter({ gemeentenaam: "berge" })).toMatchObject({ gemeenteId: undefined, gemeenteNaam: "berge", treffers: 2 });
    expect(await filter({ gemeentenaam: "Atlantis" })).toMatchObject({ gemeenteId: undefined, treffers: 0 });
    // "%" and "_" are characters, not wildcards (as in the teamleider's list, decision 028).
    expect(await filter({ gemeentenaam: "%" })).toMatchObject({ gemeenteId: undefined, treffers: 0 });
    expect(await filter({ gemeentenaam: "Berge_" })).toMatchObject({ gemeenteId: undefined, treffers: 0 });
    // Another organisation's gemeente: never, by name or by id.
    const naamB = (await db().gemeente.findUniqueOrThrow({ where: { id: w.b.gemeente.id } })).naam;
    expect(await filter({ gemeentenaam: naamB })).toMatchObject({ gemeenteId: undefined, treffers: 0 });
    expect(await filter({ gemeente: w.b.gemeente.id })).toMatchObject({ gemeenteId: undefined, gemeenteNaam: undefined });
    expect(await filter({ gemeente: await id("Bergeijk") })).toMatchObject({ gemeenteId: await id("Bergeijk"), gemeenteNaam: "Bergeijk" });

    // The list filters on every gemeente whose name contains the text, plus what is for all gemeenten.
    const kaart = async (naam: string, gemeenteId: string | null) => maakKaartOrganisatie(w.beheerder, { naam, leefgebieden: ["WONEN"], gemeenteId });
    await kaart("Loket Bergen", await id("Bergen"));
    await kaart("Loket Bergeijk", await id("Bergeijk"));
    await kaart("Loket Verzonnen", await id("Verzonnen 3"));
    await kaart("Landelijke hulplijn", null);
    const namen = async (gemeenteNaam: string) => (await listSocialeKaart(w.begeleider, { gemeenteNaam })).rijen.map((r) => r.naam).sort();
    expect(await namen("berge")).toEqual(["Landelijke hulplijn", "Loket Bergeijk", "Loket Bergen"]);
    expect(await namen("Atlantis")).toEqual(["Landelijke hulplijn"]);
    expect(await namen("%")).toEqual(["Landelijke hulplijn"]);
  });
});
