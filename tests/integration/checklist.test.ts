import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { maakChecklist, markeerGeregeld, updateChecklistItem } from "@/lib/opstart/checklist";
import { getChecklist } from "@/lib/opstart/queries";
import { addTemplateItem, deactivateTemplateItem, installeerStandaardTemplates, updateTemplateItem } from "@/lib/opstart/template-beheer";
import { getTemplates } from "@/lib/opstart/template-queries";
import { vandaag } from "@/lib/tijd";
import { maakGebruiker, maakInburgeraar, maakOrganisatie, maakTweeOrganisaties, sessionUser, wijsToe } from "../factories";
import { zinVoorAudit } from "@/lib/audit/zinnen";

async function codesVan(inburgeraarId: string) {
  const items = await db().checklistItem.findMany({ where: { inburgeraarId }, select: { code: true } });
  return new Set(items.map((i) => i.code));
}

async function verwachtFout(p: Promise<unknown>, code: AppError["code"], message?: RegExp) {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (message) expect((error as AppError).message).toMatch(message);
}

async function verwachtZodFout(p: Promise<unknown>, veld: string, message: RegExp) {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).not.toBeNull();
  const issues = (error as { issues?: Array<{ path: PropertyKey[]; message: string }> }).issues ?? [];
  const issue = issues.find((i) => i.path[0] === veld);
  expect(issue?.message).toMatch(message);
}

/** A gemeente with the default templates and a begeleider with one assigned person and a checklist. */
async function wereld(gemeenteNaam = "Heerenveen") {
  const { organisatie } = await maakOrganisatie();
  const gemeente = await db().gemeente.create({ data: { organisatieId: organisatie.id, naam: gemeenteNaam } });
  await db().$transaction((tx) => installeerStandaardTemplates(tx, gemeente.id));
  const begeleider = await maakGebruiker(organisatie.id, "BEGELEIDER");
  const persoon = await maakInburgeraar(organisatie.id, gemeente.id, { brpInschrijvingDatum: "2026-01-05" });
  await wijsToe(persoon.id, begeleider.id, "BEGELEIDER");
  await db().$transaction((tx) => maakChecklist(tx, persoon.id));
  const user = await sessionUser(begeleider.id);
  return { organisatie, gemeente, begeleider, persoon, user };
}

async function item(inburgeraarId: string, code: string) {
  return db().checklistItem.findUniqueOrThrow({ where: { inburgeraarId_code: { inburgeraarId, code } } });
}

describe("maakChecklist", () => {
  it("maakt de standaardlijst van de gemeente, zonder schoolonderdelen als er geen kinderen zijn, met deadlines vanaf de BRP-datum", async () => {
    const { persoon } = await wereld("Tholen");
    const codes = await codesVan(persoon.id);
    expect(codes.has("HV-HUURCONTRACT")).toBe(true);
    expect(codes.has("FIN-INKOMENSCONSULENT")).toBe(true); // Tholen's own item
    expect(codes.has("INS-VOEDSELBANK")).toBe(true);
    expect(codes.has("INS-SCHOOL")).toBe(false);
    expect(codes.has("FIN-KINDERBIJSLAG")).toBe(false);
    const huur = await item(persoon.id, "HV-HUURCONTRACT");
    expect(huur.deadline?.toISOString().slice(0, 10)).toBe("2026-01-12");
    expect(huur.status).toBe("OPEN");
  });

  it("verschilt per gemeente", async () => {
    const groningen = await wereld("Groningen");
    const denHaag = await wereld("Den Haag");
    expect((await codesVan(groningen.persoon.id)).has("FIN-EUROCOACH")).toBe(true);
    expect((await codesVan(denHaag.persoon.id)).has("FIN-EUROCOACH")).toBe(false);
    expect((await codesVan(denHaag.persoon.id)).has("VL-FINANCIEEL-SPREEKUUR")).toBe(true);
  });

  it("geeft kinderen in het huishouden de schoolonderdelen, en nareizigers hun eigen lijst", async () => {
    const { organisatie, gemeente } = await wereld("Heerenveen");
    const gezin = await maakInburgeraar(organisatie.id, gemeente.id, { brpInschrijvingDatum: "2026-02-01" });
    await db().huishoudlid.create({ data: { inburgeraarId: gezin.id, voornaam: "Kind", relatie: "KIND", geboortedatum: new Date("2018-04-02T00:00:00Z") } });
    await db().$transaction((tx) => maakChecklist(tx, gezin.id));
    const gezinCodes = await codesVan(gezin.id);
    expect(gezinCodes.has("INS-SCHOOL")).toBe(true);
    expect(gezinCodes.has("FIN-KINDERBIJSLAG")).toBe(true);
    expect(gezinCodes.has("HV-HUURCONTRACT")).toBe(true);

    const nareiziger = await maakInburgeraar(organisatie.id, gemeente.id, { brpInschrijvingDatum: "2026-02-01" });
    await db().inburgeraar.update({ where: { id: nareiziger.id }, data: { doelgroepen: ["NAREIZIGER"] } });
    await db().$transaction((tx) => maakChecklist(tx, nareiziger.id));
    const nareizigerCodes = await codesVan(nareiziger.id);
    expect(nareizigerCodes.has("VL-GEZINSHERENIGING")).toBe(true);
    expect(nareizigerCodes.has("FIN-UITKERING-GEZIN")).toBe(true);
    expect(nareizigerCodes.has("HV-HUURCONTRACT")).toBe(false);
    expect(nareizigerCodes.has("INS-SCHOOL")).toBe(false);
  });

  it("is idempotent: een tweede keer maakt niets dubbel", async () => {
    const { persoon } = await wereld();
    const aantal = await db().checklistItem.count({ where: { inburgeraarId: persoon.id } });
    expect(aantal).toBeGreaterThan(20);
    expect(await db().$transaction((tx) => maakChecklist(tx, persoon.id))).toBe(0);
    expect(await db().checklistItem.count({ where: { inburgeraarId: persoon.id } })).toBe(aantal);
  });

  it("laat uitgezette onderdelen weg", async () => {
    const { organisatie, gemeente } = await wereld("Woerden");
    const beheerder = await sessionUser((await maakGebruiker(organisatie.id, "BEHEERDER")).id);
    const { templates } = await getTemplates(beheerder, gemeente.id);
    const standaard = templates[0]!;
    const bieb = standaard.items.find((i) => i.code === "INS-BIBLIOTHEEK")!;
    await deactivateTemplateItem(beheerder, { templateId: standaard.id, version: standaard.version, itemId: bieb.id });
    const nieuw = await maakInburgeraar(organisatie.id, gemeente.id, { brpInschrijvingDatum: "2026-02-01" });
    await db().$transaction((tx) => maakChecklist(tx, nieuw.id));
    expect((await codesVan(nieuw.id)).has("INS-BIBLIOTHEEK")).toBe(false);
  });
});

describe("updateChecklistItem", () => {
  it("slaat status, datum en notitie op met de juiste versie en schrijft een auditregel", async () => {
    const { persoon, user } = await wereld();
    const zorg = await item(persoon.id, "FIN-ZORGVERZEKERING");
    await updateChecklistItem(user, { id: zorg.id, version: String(zorg.version), status: "GEREGELD", datum: "", notitie: "Bij de collectieve verzekering van de gemeente." });
    const na = await item(persoon.id, "FIN-ZORGVERZEKERING");
    expect(na.status).toBe("GEREGELD");
    expect(na.datum?.toISOString().slice(0, 10)).toBe(vandaag());
    expect(na.notitie).toBe("Bij de collectieve verzekering van de gemeente.");
    expect(na.version).toBe(zorg.version + 1);
    expect(na.gewijzigdDoorId).toBe(user.id);
    const log = await db().auditLog.findFirstOrThrow({ where: { actie: "checklist.gewijzigd", entiteitId: zorg.id } });
    expect(log.gebruikerId).toBe(user.id);
    expect(log.inburgeraarId).toBe(persoon.id);
    expect(zinVoorAudit(log)).toBe("Checklist: Zorgverzekering afgesloten → geregeld");

    const view = await getChecklist(user, persoon.id);
    const fin = view.secties.find((s) => s.categorie === "FIN")!;
    expect(fin.voortgang.geregeld).toBe(1);
    expect(fin.items.find((i) => i.code === "FIN-ZORGVERZEKERING")?.gewijzigdDoor).toBe(user.naam);
  });

  it("geeft de tweede van twee mensen met een verouderde pagina een conflict; de eerste waarde blijft", async () => {
    const { persoon, user, organisatie } = await wereld();
    const collega = await maakGebruiker(organisatie.id, "BEGELEIDER");
    await wijsToe(persoon.id, collega.id, "OPSTART");
    const collegaUser = await sessionUser(collega.id);
    const huur = await item(persoon.id, "HV-HUURCONTRACT");
    // Both loaded the page at the same version.
    await updateChecklistItem(user, { id: huur.id, version: huur.version, status: "GEREGELD", datum: "2026-01-06", notitie: "Getekend op de regeldag." });
    await verwachtFout(
      updateChecklistItem(collegaUser, { id: huur.id, version: huur.version, status: "BEZIG", datum: "", notitie: "Nog niet getekend?" }),
      "CONFLICT",
      /Iemand anders heeft dit onderdeel intussen gewijzigd/,
    );
    const na = await item(persoon.id, "HV-HUURCONTRACT");
    expect(na.status).toBe("GEREGELD");
    expect(na.notitie).toBe("Getekend op de regeldag.");
    expect(na.gewijzigdDoorId).toBe(user.id);
    expect(await db().auditLog.count({ where: { actie: "checklist.gewijzigd", entiteitId: huur.id } })).toBe(1);
  });

  it("weigert ongeldige invoer met een Nederlandse melding en verandert niets", async () => {
    const { persoon, user } = await wereld();
    const bank = await item(persoon.id, "FIN-BANKREKENING");
    await verwachtZodFout(updateChecklistItem(user, { id: bank.id, version: bank.version, status: "KLAAR" }), "status", /Kies: open, bezig, geregeld/);
    await verwachtZodFout(
      updateChecklistItem(user, { id: bank.id, version: bank.version, status: "BEZIG", notitie: "x".repeat(501) }),
      "notitie",
      /hoogstens 500 tekens/,
    );
    await verwachtZodFout(updateChecklistItem(user, { id: bank.id, version: bank.version, status: "BEZIG", datum: "2026-02-31" }), "datum", /geldige datum/);
    await verwachtZodFout(updateChecklistItem(user, { id: bank.id, version: bank.version, status: "BEZIG", datum: "morgen" }), "datum", /geldige datum/);
    await verwachtZodFout(updateChecklistItem(user, { id: bank.id, version: bank.version, status: "GEREGELD", datum: "2099-01-01" }), "datum", /toekomst/);
    const na = await item(persoon.id, "FIN-BANKREKENING");
    expect(na).toEqual(bank);
    expect(await db().auditLog.count({ where: { entiteitId: bank.id } })).toBe(0);
  });

  it("laat een vrijwilliger de onderdelen van zijn eigen maatje bijwerken, maar niet van een ander", async () => {
    const { persoon, organisatie, gemeente } = await wereld();
    const maatje = await maakGebruiker(organisatie.id, "VRIJWILLIGER");
    await wijsToe(persoon.id, maatje.id, "MAATJE");
    const maatjeUser = await sessionUser(maatje.id);
    const bieb = await item(persoon.id, "INS-BIBLIOTHEEK");
    await updateChecklistItem(maatjeUser, { id: bieb.id, version: bieb.version, status: "GEREGELD", datum: vandaag() });
    expect((await item(persoon.id, "INS-BIBLIOTHEEK")).status).toBe("GEREGELD");

    const ander = await maakInburgeraar(organisatie.id, gemeente.id, { brpInschrijvingDatum: "2026-01-05" });
    await db().$transaction((tx) => maakChecklist(tx, ander.id));
    const anderItem = await item(ander.id, "INS-BIBLIOTHEEK");
    const vreemde = await sessionUser((await maakGebruiker(organisatie.id, "VRIJWILLIGER")).id);
    await verwachtFout(updateChecklistItem(vreemde, { id: bieb.id, version: bieb.version + 1, status: "OPEN" }), "NIET_GEVONDEN");
    await verwachtFout(updateChecklistItem(maatjeUser, { id: anderItem.id, version: anderItem.version, status: "GEREGELD" }), "NIET_GEVONDEN");
    await verwachtFout(getChecklist(vreemde, persoon.id), "NIET_GEVONDEN");
    await verwachtFout(getChecklist(maatjeUser, ander.id), "NIET_GEVONDEN");
    expect((await item(ander.id, "INS-BIBLIOTHEEK")).status).toBe("OPEN");
  });

  it("geeft een andere organisatie NIET_GEVONDEN, ook voor lezen", async () => {
    const wereldA = await wereld();
    const w = await maakTweeOrganisaties();
    const begeleiderB = await sessionUser(w.gebruikers.begeleiderB.id);
    const teamleiderB = await sessionUser((await maakGebruiker(w.b.organisatie.id, "TEAMLEIDER")).id);
    const huur = await item(wereldA.persoon.id, "HV-HUURCONTRACT");
    for (const u of [begeleiderB, teamleiderB]) {
      await verwachtFout(updateChecklistItem(u, { id: huur.id, version: huur.version, status: "GEREGELD" }), "NIET_GEVONDEN");
      await verwachtFout(getChecklist(u, wereldA.persoon.id), "NIET_GEVONDEN");
    }
    expect((await item(wereldA.persoon.id, "HV-HUURCONTRACT")).status).toBe("OPEN");
  });
});

describe("getChecklist", () => {
  it("markeert te laat volgens de Amsterdamse kalender, ook op de dag van de zomertijd", async () => {
    const { organisatie, gemeente, user } = await wereld();
    // BRP 22 March 2026 + 7 days = 29 March 2026, the night clocks go forward.
    const persoon = await maakInburgeraar(organisatie.id, gemeente.id, { brpInschrijvingDatum: "2026-03-22" });
    await wijsToe(persoon.id, user.id, "BEGELEIDER");
    await db().$transaction((tx) => maakChecklist(tx, persoon.id));
    const huur = (v: Awaited<ReturnType<typeof getChecklist>>) => v.secties.flatMap((s) => s.items).find((i) => i.code === "HV-HUURCONTRACT")!;
    // 23:30 in Amsterdam (CEST, UTC+2) on the deadline day: still on time.
    const opTijd = await getChecklist(user, persoon.id, new Date("2026-03-29T21:30:00Z"));
    expect(huur(opTijd)).toMatchObject({ deadline: "2026-03-29", isTeLaat: false });
    // 00:30 the next day in Amsterdam, while it is still 29 March in UTC: too late.
    const teLaat = await getChecklist(user, persoon.id, new Date("2026-03-29T22:30:00Z"));
    expect(huur(teLaat).isTeLaat).toBe(true);
    expect(teLaat.secties.find((s) => s.categorie === "HV")!.aantalTeLaat).toBeGreaterThanOrEqual(1);
  });

  it("groepeert per categorie met voortgang die klopt met wat er staat", async () => {
    const { persoon, user } = await wereld();
    const view = await getChecklist(user, persoon.id);
    expect(view.secties.map((s) => s.categorie)).toEqual(["HV", "FIN", "INS", "VL"]);
    for (const s of view.secties) {
      expect(s.voortgang.totaal).toBe(s.items.filter((i) => i.status !== "NVT").length);
    }
    expect(view.magBijwerken).toBe(true);
  });

  it("laat een consulent de checklist alleen zien met toestemming van de persoon", async () => {
    const { organisatie, gemeente, persoon, user } = await wereld();
    const consulent = await sessionUser((await maakGebruiker(organisatie.id, "CONSULENT", { gemeenteIds: [gemeente.id] })).id);
    await verwachtFout(getChecklist(consulent, persoon.id), "NIET_GEVONDEN");
    await db().toestemming.create({
      data: { inburgeraarId: persoon.id, onderwerp: "CHECKLIST", ontvanger: "CONSULENT_GEMEENTE", gegevenOp: new Date("2026-01-05T00:00:00Z"), vastgelegdDoorId: user.id },
    });
    const view = await getChecklist(consulent, persoon.id);
    expect(view.magBijwerken).toBe(false);
    const huur = await item(persoon.id, "HV-HUURCONTRACT");
    await verwachtFout(updateChecklistItem(consulent, { id: huur.id, version: huur.version, status: "GEREGELD" }), "GEEN_TOEGANG");
  });
});

describe("markeerGeregeld", () => {
  it("zet alleen onderdelen van deze persoon op geregeld, met datum en afspraak", async () => {
    const { persoon, user, organisatie, gemeente } = await wereld();
    const ander = await maakInburgeraar(organisatie.id, gemeente.id);
    await wijsToe(ander.id, user.id, "BEGELEIDER");
    await db().$transaction((tx) => maakChecklist(tx, ander.id));
    const digid = await item(persoon.id, "FIN-DIGID");
    const huisarts = await item(persoon.id, "INS-HUISARTS");
    const vreemd = await item(ander.id, "INS-HUISARTS");
    const afspraak = await db().afspraak.create({
      data: { inburgeraarId: persoon.id, medewerkerId: user.id, start: new Date("2026-01-20T09:00:00Z"), type: "HUISBEZOEK", status: "VOND_PLAATS" },
    });
    await db().$transaction((tx) => markeerGeregeld(tx, user, persoon.id, [digid.id, huisarts.id, vreemd.id], afspraak.id, "2026-01-20"));
    for (const code of ["FIN-DIGID", "INS-HUISARTS"]) {
      const na = await item(persoon.id, code);
      expect(na.status).toBe("GEREGELD");
      expect(na.datum?.toISOString().slice(0, 10)).toBe("2026-01-20");
      expect(na.afspraakId).toBe(afspraak.id);
      expect(na.version).toBe(2);
    }
    expect((await item(ander.id, "INS-HUISARTS")).status).toBe("OPEN");
    expect(await db().auditLog.count({ where: { actie: "checklist.gewijzigd", inburgeraarId: persoon.id } })).toBe(2);
  });
});

describe("templates beheren", () => {
  it("laat een beheerder een onderdeel aanpassen, toevoegen en uitzetten; bestaande checklists blijven gelijk", async () => {
    const { organisatie, gemeente, persoon } = await wereld("Roermond");
    const beheerder = await sessionUser((await maakGebruiker(organisatie.id, "BEHEERDER")).id);
    let { templates } = await getTemplates(beheerder, gemeente.id);
    expect(templates.map((t) => t.doelgroep)).toEqual([null]);
    let standaard = templates[0]!;
    const huur = standaard.items.find((i) => i.code === "HV-HUURCONTRACT")!;
    await updateTemplateItem(beheerder, {
      templateId: standaard.id,
      version: standaard.version,
      itemId: huur.id,
      titel: "Huurcontract getekend en uitgelegd",
      uitleg: "",
      categorieen: ["HV", "FIN"],
      verplicht: "on",
      deadlineDagenNaBrp: "10",
    });
    ({ templates } = await getTemplates(beheerder, gemeente.id));
    standaard = templates[0]!;
    expect(standaard.items.find((i) => i.id === huur.id)).toMatchObject({
      titel: "Huurcontract getekend en uitgelegd",
      categorieen: ["HV", "FIN"],
      verplicht: true,
      alleenMetKinderen: false,
      deadlineDagenNaBrp: 10,
      uitleg: null,
    });

    const { itemId } = await addTemplateItem(beheerder, {
      templateId: standaard.id,
      version: standaard.version,
      titel: "Fiets geregeld",
      categorieen: "INS",
      deadlineDagenNaBrp: "",
    });
    ({ templates } = await getTemplates(beheerder, gemeente.id));
    standaard = templates[0]!;
    const fiets = standaard.items.find((i) => i.id === itemId)!;
    expect(fiets).toMatchObject({ code: "INS-EIGEN-FIETS-GEREGELD", verplicht: false, actief: true, deadlineDagenNaBrp: null });

    // A stale template version is a conflict.
    await verwachtFout(
      deactivateTemplateItem(beheerder, { templateId: standaard.id, version: standaard.version - 1, itemId }),
      "CONFLICT",
    );
    await deactivateTemplateItem(beheerder, { templateId: standaard.id, version: standaard.version, itemId: huur.id });
    expect(await db().checklistTemplateItem.findUniqueOrThrow({ where: { id: huur.id } })).toMatchObject({ actief: false });

    // The existing person's checklist is untouched.
    const bestaand = await item(persoon.id, "HV-HUURCONTRACT");
    expect(bestaand.titel).toBe("Huurcontract getekend");
    expect(bestaand.categorieen).toEqual(["HV"]);
    expect(await db().auditLog.count({ where: { actie: { startsWith: "checklist-template." }, gebruikerId: beheerder.id } })).toBe(3);
  });

  it("weigert ongeldige templatevelden met een Nederlandse melding", async () => {
    const { organisatie, gemeente } = await wereld("Roermond");
    const beheerder = await sessionUser((await maakGebruiker(organisatie.id, "BEHEERDER")).id);
    const standaard = (await getTemplates(beheerder, gemeente.id)).templates[0]!;
    const basis = { templateId: standaard.id, version: standaard.version };
    await verwachtZodFout(addTemplateItem(beheerder, { ...basis, titel: "", categorieen: ["HV"] }), "titel", /Vul een titel in/);
    await verwachtZodFout(addTemplateItem(beheerder, { ...basis, titel: "x", categorieen: [] }), "categorieen", /minstens één categorie/);
    await verwachtZodFout(addTemplateItem(beheerder, { ...basis, titel: "x", categorieen: ["XX"] }), "categorieen", /bestaande categorie/);
    await verwachtZodFout(addTemplateItem(beheerder, { ...basis, titel: "x", categorieen: ["HV"], deadlineDagenNaBrp: "-3" }), "deadlineDagenNaBrp", /vóór de BRP/);
    await verwachtZodFout(addTemplateItem(beheerder, { ...basis, titel: "x", categorieen: ["HV"], deadlineDagenNaBrp: "veel" }), "deadlineDagenNaBrp", /aantal dagen/);
    expect((await getTemplates(beheerder, gemeente.id)).templates[0]!.version).toBe(standaard.version);
  });

  it("weigert een begeleider, en een beheerder van een andere organisatie ziet de gemeente niet", async () => {
    const { gemeente, user } = await wereld("Roermond");
    const w = await maakTweeOrganisaties();
    const beheerderB = await sessionUser((await maakGebruiker(w.b.organisatie.id, "BEHEERDER")).id);
    const template = await db().checklistTemplate.findFirstOrThrow({ where: { gemeenteId: gemeente.id }, include: { items: true } });
    const itemId = template.items[0]!.id;
    await verwachtFout(getTemplates(user, gemeente.id), "GEEN_TOEGANG");
    await verwachtFout(deactivateTemplateItem(user, { templateId: template.id, version: template.version, itemId }), "GEEN_TOEGANG");
    await verwachtFout(getTemplates(beheerderB, gemeente.id), "NIET_GEVONDEN");
    await verwachtFout(deactivateTemplateItem(beheerderB, { templateId: template.id, version: template.version, itemId }), "NIET_GEVONDEN");
    expect(await db().checklistTemplateItem.findUniqueOrThrow({ where: { id: itemId } })).toMatchObject({ actief: true });
  });
});
