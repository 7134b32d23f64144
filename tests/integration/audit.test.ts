import { describe, expect, it } from "vitest";
import { audit, auditGeweigerd } from "@/lib/audit";
import { auditFilterSchema, GEBRUIKER_ZOEK_MAX, listAudit } from "@/lib/audit/queries";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { wijzigFase } from "@/lib/inburgeraar/fase";
import { getDossierOverzicht, getInburgeraar } from "@/lib/inburgeraar/queries";
import { vraagVerlengingAan } from "@/lib/verlenging/mutations";
import { maakGebruiker, maakTweeOrganisaties, sessionUser } from "../factories";

async function wereld() {
  const w = await maakTweeOrganisaties();
  const [begeleider, vrijwilliger, beheerder, begeleiderB] = await Promise.all([
    sessionUser(w.gebruikers.begeleider.id),
    sessionUser(w.gebruikers.vrijwilliger.id),
    sessionUser(w.gebruikers.beheerder.id),
    sessionUser(w.gebruikers.begeleiderB.id),
  ]);
  const naamA = `${w.inburgeraarA.voornaam} ${w.inburgeraarA.achternaam}`;
  return { ...w, naamA, u: { begeleider, vrijwilliger, beheerder, begeleiderB } };
}

const filter = (f: Record<string, string> = {}) => auditFilterSchema.parse(f);

describe("getypeerde auditgebeurtenissen", () => {
  it("een wijziging schrijft een gebeurtenis zonder tekst; tijdlijn en auditlog maken er bij het lezen een zin van", async () => {
    const w = await wereld();
    const id = w.inburgeraarA.id;
    await db().inburgeraar.update({ where: { id }, data: { fase: "BEGELEIDINGSFASE" } });
    await wijzigFase(w.u.begeleider, id, { actie: "START_AFRONDING", version: 1 });

    const rij = await db().auditLog.findFirstOrThrow({ where: { inburgeraarId: id, actie: "inburgeraar.fase-gewijzigd" } });
    expect(rij.details).toEqual({ stap: "START_AFRONDING", van: "BEGELEIDINGSFASE", naar: "AFRONDING" });

    const zin = "Afronding starten: van Begeleidingsfase naar Afronding";
    const overzicht = await getDossierOverzicht(w.u.begeleider, id);
    expect(overzicht.tijdlijn[0]).toMatchObject({ samenvatting: zin, wie: w.gebruikers.begeleider.naam });

    const log = await listAudit(w.u.beheerder, filter({ soort: "dossier" }));
    expect(log.rijen).toHaveLength(1);
    expect(log.rijen[0]).toMatchObject({ zin, soort: "Fase gewijzigd", wie: w.gebruikers.begeleider.naam, dossier: { id, naam: w.naamA } });
  });

  it("een vrijwilliger ziet geen verlenging met haar reden in de tijdlijn; de begeleider wel", async () => {
    const w = await wereld();
    const id = w.inburgeraarA.id;
    await vraagVerlengingAan(w.u.begeleider, id, { reden: "Geheime reden over geld", maanden: "6" });
    const begeleider = await getDossierOverzicht(w.u.begeleider, id);
    expect(begeleider.tijdlijn.map((t) => t.samenvatting)).toContain("Verlenging van 6 maanden aangevraagd: Geheime reden over geld");
    const vrijwilliger = await getDossierOverzicht(w.u.vrijwilliger, id);
    expect(JSON.stringify(vrijwilliger.tijdlijn)).not.toContain("Geheime reden");
  });

  it("oude rijen met een opgeslagen samenvatting en onbekende soorten blijven leesbaar", async () => {
    const w = await wereld();
    const id = w.inburgeraarA.id;
    // Written as the app did before events were typed.
    await db().auditLog.create({
      data: {
        actie: "checklist.gewijzigd",
        organisatieId: w.a.organisatie.id,
        gebruikerId: w.gebruikers.begeleider.id,
        inburgeraarId: id,
        details: { samenvatting: "Checklist: Huurcontract tekenen → geregeld", code: "HV-HUURCONTRACT", van: "OPEN", naar: "GEREGELD" },
      },
    });
    await db().auditLog.create({ data: { actie: "iets.ouds", organisatieId: w.a.organisatie.id, gebruikerId: w.gebruikers.begeleider.id } });

    const overzicht = await getDossierOverzicht(w.u.begeleider, id);
    expect(overzicht.tijdlijn.map((t) => t.samenvatting)).toContain("Checklist: Huurcontract tekenen → geregeld");
    // The Overzicht's own view row aside.
    const log = (await listAudit(w.u.beheerder, filter())).rijen.filter((r) => r.actie !== "inburgeraar.bekeken");
    expect(log.map((r) => r.zin)).toEqual(["Andere gebeurtenis", "Checklist: Huurcontract tekenen → geregeld"]);
    expect(log[1]).toMatchObject({ soort: "Checklist bijgewerkt", dossier: { id, naam: w.naamA } });
  });

  it("een geweigerde poging komt in het log van de eigen organisatie, met de naam alleen als het dossier van de eigen organisatie is", async () => {
    const w = await wereld();
    await auditGeweigerd(w.u.vrijwilliger, { entiteit: "Inburgeraar", entiteitId: w.nietToegewezenA.id, reden: "buiten-bereik", onderdeel: "basis" });
    await auditGeweigerd(w.u.begeleider, { entiteit: "Inburgeraar", entiteitId: w.inburgeraarB.id, reden: "buiten-bereik" });

    const rijen = await db().auditLog.findMany({ where: { actie: "toegang.geweigerd" }, orderBy: { id: "asc" } });
    expect(rijen.map((r) => [r.organisatieId, r.inburgeraarId, r.entiteitId])).toEqual([
      [w.a.organisatie.id, null, w.nietToegewezenA.id],
      [w.a.organisatie.id, null, w.inburgeraarB.id],
    ]);

    const log = await listAudit(w.u.beheerder, filter({ soort: "geweigerd" }));
    expect(log.rijen.map((r) => r.zin)).toEqual([
      "Toegang geweigerd: dit dossier bestaat niet of valt buiten het bereik van deze gebruiker",
      "Toegang geweigerd: dit dossier bestaat niet of valt buiten het bereik van deze gebruiker (naam en fase)",
    ]);
    // Organisation B's dossier is not named; the own one is.
    expect(log.rijen[0]!.dossier).toBeNull();
    expect(log.rijen[1]!.dossier).toEqual({ id: w.nietToegewezenA.id, naam: `${w.nietToegewezenA.voornaam} ${w.nietToegewezenA.achternaam}` });
    // Filtering on the dossier finds the refusal too, and names the dossier.
    const perDossier = await listAudit(w.u.beheerder, filter({ inburgeraarId: w.nietToegewezenA.id }));
    expect(perDossier.rijen.map((r) => r.actie)).toEqual(["toegang.geweigerd"]);
    expect(perDossier.dossierFilter?.naam).toBe(`${w.nietToegewezenA.voornaam} ${w.nietToegewezenA.achternaam}`);
    // Organisation B's beheerder-side trail holds nothing of it.
    expect(await db().auditLog.count({ where: { actie: "toegang.geweigerd", organisatieId: w.b.organisatie.id } })).toBe(0);
  });
});

describe("auditlog bekijken", () => {
  it("een beheerder ziet alleen de eigen organisatie, nieuwste eerst, en kan filteren op soort en datum", async () => {
    const w = await wereld();
    await getInburgeraar(w.u.begeleider, w.inburgeraarA.id);
    await getInburgeraar(w.u.begeleiderB, w.inburgeraarB.id);
    await audit({ actie: "gebruiker.wachtwoord-gewijzigd", gebruiker: w.u.begeleider, entiteit: "Gebruiker", entiteitId: w.u.begeleider.id });
    await audit({
      actie: "checklist-template.item-gedeactiveerd",
      gebruiker: w.u.beheerder,
      entiteit: "ChecklistTemplateItem",
      entiteitId: "x",
      details: { sjabloon: "Standaard", gemeente: w.a.gemeente.naam, code: "HV-WATER", titel: "Water aanmelden" },
    });

    const alles = await listAudit(w.u.beheerder, filter());
    expect(alles.rijen.map((r) => r.actie)).toEqual(["checklist-template.item-gedeactiveerd", "gebruiker.wachtwoord-gewijzigd", "inburgeraar.bekeken"]);
    expect(alles.rijen[1]).toMatchObject({ wie: w.u.begeleider.naam, zin: "Eigen wachtwoord gewijzigd", betreft: null });
    expect(alles.rijen[2]).toMatchObject({ zin: expect.stringMatching(/^Dossier bekeken: /), dossier: { id: w.inburgeraarA.id, naam: w.naamA } });
    expect(alles.rijen.some((r) => r.dossier?.id === w.inburgeraarB.id)).toBe(false);

    expect((await listAudit(w.u.beheerder, filter({ soort: "bekeken" }))).rijen).toHaveLength(1);
    // "Checklist" is the people's checklists, not the beheerder's templates.
    expect((await listAudit(w.u.beheerder, filter({ soort: "checklist" }))).rijen).toEqual([]);
    expect((await listAudit(w.u.beheerder, filter({ soort: "sjablonen" }))).rijen).toHaveLength(1);
    const morgen = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    expect((await listAudit(w.u.beheerder, filter({ van: morgen }))).rijen).toEqual([]);
    // A malformed filter is ignored, not an error.
    expect((await listAudit(w.u.beheerder, filter({ van: "gisteren", voor: "abc", soort: "<script>" }))).rijen).toHaveLength(3);
  });

  it("filtert op gebruiker met een zoekterm (naam of e-mail), alleen binnen de eigen organisatie en begrensd", async () => {
    const w = await wereld();
    const org = w.a.organisatie.id;
    const rij = (gebruikerId: string, organisatieId = org) => db().auditLog.create({ data: { actie: "iets.ouds", organisatieId, gebruikerId } });
    await rij(w.gebruikers.begeleider.id);
    await rij(w.gebruikers.vrijwilliger.id);
    await rij(w.gebruikers.begeleiderB.id, w.b.organisatie.id);

    // Part of the name, any case: only the begeleider's rows, and the page says whose.
    const opNaam = await listAudit(w.u.beheerder, filter({ gebruiker: w.gebruikers.begeleider.naam.slice(5).toUpperCase() }));
    expect(new Set(opNaam.rijen.map((r) => r.wie))).toEqual(new Set([w.gebruikers.begeleider.naam]));
    expect(opNaam.gebruikerFilter).toEqual({ namen: [w.gebruikers.begeleider.naam], meer: false });
    // Part of the e-mail address.
    const opEmail = await listAudit(w.u.beheerder, filter({ gebruiker: w.gebruikers.vrijwilliger.email.split("@")[0]! }));
    expect(opEmail.rijen.map((r) => r.wie)).toEqual([w.gebruikers.vrijwilliger.naam]);
    // The begeleider of the other organisation is never found, not even by e-mail.
    const ander = await listAudit(w.u.beheerder, filter({ gebruiker: w.gebruikers.begeleiderB.email }));
    expect(ander.rijen).toEqual([]);
    expect(ander.gebruikerFilter).toEqual({ namen: [], meer: false });

    // A term that matches more accounts than GEBRUIKER_ZOEK_MAX: the first ones by name, and the page says so.
    const extra = await Promise.all(Array.from({ length: GEBRUIKER_ZOEK_MAX + 2 }, () => maakGebruiker(org, "BEGELEIDER")));
    const breed = await listAudit(w.u.beheerder, filter({ gebruiker: "test begeleider" }));
    expect(breed.gebruikerFilter?.namen).toHaveLength(GEBRUIKER_ZOEK_MAX);
    expect(breed.gebruikerFilter?.meer).toBe(true);
    expect(extra.length).toBeGreaterThan(GEBRUIKER_ZOEK_MAX);
  });

  it("andere rollen mogen het auditlog niet zien", async () => {
    const w = await maakTweeOrganisaties();
    for (const rol of ["begeleider", "vrijwilliger", "teamleider", "consulent"] as const) {
      const error = await listAudit(await sessionUser(w.gebruikers[rol].id), {}).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("GEEN_TOEGANG");
    }
  });
});
