import { describe, expect, it } from "vitest";
import {
  AUDIT_ACTIES,
  actiesMetZichtbaarheid,
  isZichtbaarVoor,
  leesAuditActie,
  zichtbaarhedenVan,
  type AuditActieNaam,
  type AuditDetails,
} from "@/lib/audit/acties";
import { AUDIT_SOORTEN } from "@/lib/audit/soorten";
import { labelVoorAudit, zinVoorAudit } from "@/lib/audit/zinnen";

/** One example of every kind of event: a new kind without an example does not compile. */
const VOORBEELDEN: { [K in AuditActieNaam]: AuditDetails<K> } = {
  "inburgeraar.aangemeld": { gemeente: "Den Haag", einddatum: "2027-03-01", wettelijkRecht: true, huishoudleden: 2, begeleiderId: null },
  "inburgeraar.gegevens-gewijzigd": {
    velden: ["achternaam", "brpInschrijvingDatum", "verblijfsvergunning", "bsn"],
    waarden: { brpInschrijvingDatum: "2026-03-01", verblijfsvergunning: "ASIEL_BEPAALDE_TIJD" },
    bsn: "toegevoegd",
    einddatum: "2029-03-01",
  },
  "inburgeraar.fase-gewijzigd": { stap: "START_OPSTARTFASE", van: "AANGEMELD", naar: "OPSTARTFASE", checklistPunten: 14 },
  "inburgeraar.bekeken": { onderdeel: "overzicht", bsnGetoond: true },
  "toegang.geweigerd": { reden: "geen-toestemming", onderdeel: "basis,contact" },
  "checklist.gewijzigd": { titel: "Zorgverzekering afsluiten", code: "FIN-ZORGVERZEKERING", categorieen: ["FIN"], van: "OPEN", naar: "GEREGELD", datum: "2026-03-03" },
  "afspraak.gepland": { type: "HUISBEZOEK", start: "2026-03-03T09:00:00.000Z", metTolk: false },
  "afspraak.gelogd": { type: "HUISBEZOEK", status: "VOND_PLAATS", duurMinuten: 45, isEindgesprek: false },
  "plan.leefgebied-gewijzigd": { leefgebied: "WONEN", streefScore: 4 },
  "plan.focus-gekozen": { focus: "FINANCIEN_ADMINISTRATIE" },
  "plan.doel-toegevoegd": { leefgebied: "FINANCIEN_ADMINISTRATIE", omschrijving: "Zelf de vaste lasten overzien" },
  "plan.doel-gewijzigd": { omschrijving: "Zelf de vaste lasten overzien", status: "BEREIKT", statusGewijzigd: true },
  "plan.actie-toegevoegd": { omschrijving: "Vergelijk drie zorgverzekeringen", voor: "INBURGERAAR", isHuiswerk: true },
  "plan.actie-afgerond": { omschrijving: "Samen naar de bank", isHuiswerk: false, afgerond: true },
  "plan.meetmoment-vastgelegd": { maand: 0, datum: "2026-03-10", scores: { WONEN: 3, ZORG_GEZONDHEID: 2 }, correctie: false },
  "plan.akkoord": { nummer: 2, wijze: "MONDELING_MET_TOLK", datum: "2026-03-10" },
  "plan.pdf-gedownload": {},
  "afspraak.gewijzigd": { type: "KANTOOR", start: "2026-03-05T13:30:00.000Z", van: "2026-03-03T09:00:00.000Z" },
  "toewijzing.gemaakt": { rol: "MAATJE", naam: "Sanne de Vries", vorige: ["Piet Jansen"] },
  "inburgeraar.maatje-gewenst": { gewenst: true },
  "bellijst.gebeld": { uitkomst: "NIET_BEREIKT", naarBegeleider: true },
  "toewijzing.beeindigd": { rol: "BEGELEIDER", naam: "Piet Jansen", reden: "verhuisd" },
  "verlenging.aangevraagd": { maanden: 6, reden: "Leerroute loopt uit" },
  "verlenging.goedgekeurd": { maanden: 6, einddatum: "2027-09-01", toelichting: null },
  "verlenging.afgewezen": { maanden: 6, toelichting: "Geen grond" },
  "toestemming.vastgelegd": {
    onderwerpen: ["VOORTGANG", "CHECKLIST"],
    ontvanger: "CONSULENT_GEMEENTE",
    ontvangerNaam: null,
    wijze: "MONDELING_MET_TOLK",
    gegevenOp: "2026-03-03",
    geldigTot: "2027-03-03",
    scan: true,
  },
  "toestemming.ingetrokken": { onderwerpen: ["VOORTGANG"], ontvanger: "SOCIAAL_DOMEIN", ontvangerNaam: "Schuldhulp Delft", ingetrokkenOp: "2026-04-01" },
  "toestemming.scan-bekeken": {},
  "inburgering.datums-vastgelegd": { bredeIntakeDatum: "2026-03-10", pipVastgesteldDatum: null, startLeerrouteDatum: null, leerroute: "B1", eersteLesDatum: null },
  "rapportage.gedeeld": { versie: 2, onderdelen: ["traject", "checklist"], metToelichting: true },
  "rapportage.bekeken": { versie: 2, pdf: true },
  "overdracht.verstuurd": { type: "CONSULENT", naar: "de consulenten van Delft" },
  "overdracht.ontvangen": { type: "INTERN", door: "Piet Jansen" },
  "signaal.gemeld": { ernst: "HOOG", meldcode: true },
  "signaal.opgepakt": {},
  "signaal.actie-vastgelegd": { opvolgOp: "2026-03-10" },
  "signaal.status-gewijzigd": { naar: "AFGESLOTEN" },
  "signaal.gedeeld": { grond: "VEILIGHEID" },
  "meldcode.stap-vastgelegd": { stap: 5, gemeld: true },
  "login.gelukt": {},
  "login.mislukt": { email: "a@example.org" },
  "login.geblokkeerd": { email: "a@example.org" },
  "login.geblokkeerd-ip": { email: "a@example.org" },
  "login.uitgeschakeld": {},
  logout: {},
  "tweestaps.ingesteld": {},
  "tweestaps.gelukt": { methode: "HERSTELCODE" },
  "tweestaps.mislukt": {},
  "tweestaps.geblokkeerd": {},
  "tweestaps.uitgezet": {},
  "tweestaps.herstelcodes-vernieuwd": {},
  "sessie.beeindigd": {},
  "sessie.overal-uitgelogd": {},
  "agenda.token-gemaakt": {},
  "agenda.token-vervangen": {},
  "agenda.token-ingetrokken": {},
  "gebruiker.aangemaakt": { rol: "BEGELEIDER" },
  "gebruiker.geactiveerd": {},
  "gebruiker.uitgeschakeld": {},
  "gebruiker.wachtwoord-gereset": {},
  "gebruiker.tweestaps-gereset": {},
  "organisatie.sessies-gewijzigd": { sessieInactiefMinuten: 15, sessieMaxUren: 12 },
  "gebruiker.wachtwoord-gewijzigd": {},
  "gebruiker.wachtwoord-wijzigen-mislukt": {},
  "gebruiker.wachtwoord-wijzigen-geblokkeerd": {},
  "gebruiker.aanmaken-geweigerd": { email: "b@example.org" },
  "capaciteit.geexporteerd": {},
  "avg.inzage-gemaakt": { formaat: "pdf" },
  "avg.geanonimiseerd": { bewaartermijnMaanden: 24 },
  "avg.bewaartermijn-gewijzigd": { bewaartermijnMaanden: 36 },
  "gebruiker.gewijzigd": { velden: ["naam", "rol"], rolVan: "BEGELEIDER", rolNaar: "TEAMLEIDER" },
  "vrijwilliger.profiel-gewijzigd": { velden: ["talen", "status"], status: "GEPAUZEERD", eigen: false },
  "gemeente.instellingen-gewijzigd": {
    looptijdMaanden: 36,
    opstartfaseWeken: 12,
    meetmomentenMaanden: [3, 12],
    contactNormDagen: 14,
    bellijstIntervalDagen: null,
    taakstelling: null,
    spreekuur: null,
    leefgebieden: ["WONEN"],
  },
  "checklist-template.gewijzigd": { sjabloon: "Standaard", gemeente: "Delft", code: "HV-WATER", titel: "Water aanmelden", verplicht: true },
  "checklist-template.item-toegevoegd": { sjabloon: "Standaard", gemeente: "Delft", code: "VL-EIGEN-X", titel: "Fiets regelen", categorieen: ["VL"] },
  "checklist-template.item-gedeactiveerd": { sjabloon: "Standaard", gemeente: "Delft", code: "HV-WATER", titel: "Water aanmelden" },
  "sociale-kaart.toegevoegd": { naam: "Schuldhulp Haaglanden" },
  "sociale-kaart.gewijzigd": { naam: "Schuldhulp Haaglanden", actief: false },
  "sociale-kaart.geimporteerd": { nieuw: 3, bijgewerkt: 1, gemeente: "Den Haag" },
  "sociale-kaart.geexporteerd": { aantal: 12 },
  "doorverwijzing.vastgelegd": { organisatie: "Schuldhulp Haaglanden", datum: "2026-03-03" },
  "doorverwijzing.uitkomst": { organisatie: "Schuldhulp Haaglanden", uitkomst: "WACHTLIJST" },
  "overleg.aangemaakt": { datum: "2026-03-03", dossiers: 2, deelnemers: 4 },
  "overleg.besproken": { datum: "2026-03-03", acties: 1 },
  "overleg.actie-afgerond": { afgerond: true },
};

describe("zinVoorAudit: every typed event reads as a Dutch sentence", () => {
  it("has an example for every kind, and each is a valid typed event", () => {
    expect(Object.keys(VOORBEELDEN).sort()).toEqual(Object.keys(AUDIT_ACTIES).sort());
    for (const [actie, details] of Object.entries(VOORBEELDEN)) expect(leesAuditActie({ actie, details }), actie).not.toBeNull();
  });

  it.each(Object.entries(VOORBEELDEN))("%s", (actie, details) => {
    const zin = zinVoorAudit({ actie, details });
    expect(zin).toMatch(/^[A-Z]/);
    // No codes, no holes.
    expect(zin).not.toContain(actie);
    expect(zin).not.toMatch(/undefined|null|NaN|\[object/);
    expect(zin).not.toMatch(/\b[A-Z]+_[A-Z_]+\b/);
  });

  it("renders the words the dossier timeline always used", () => {
    const zin = (actie: AuditActieNaam) => zinVoorAudit({ actie, details: VOORBEELDEN[actie] });
    expect(zin("inburgeraar.aangemeld")).toBe("Aangemeld bij gemeente Den Haag; einddatum 1 maart 2027");
    expect(zin("inburgeraar.fase-gewijzigd")).toBe("Opstartfase starten: van Aangemeld naar Opstartfase; checklist met 14 punten aangemaakt");
    expect(zin("inburgeraar.gegevens-gewijzigd")).toBe(
      "Gegevens gewijzigd: achternaam, inschrijving in de BRP (1 maart 2026), verblijfsvergunning (asiel, bepaalde tijd), BSN toegevoegd; einddatum nu 1 maart 2029",
    );
    expect(zin("checklist.gewijzigd")).toBe("Checklist: Zorgverzekering afsluiten → geregeld");
    expect(zin("afspraak.gepland")).toBe("Afspraak gepland: huisbezoek op 3 maart 2026 om 10:00");
    expect(zin("afspraak.gelogd")).toBe("Huisbezoek gelogd: vond plaats, 45 minuten");
    expect(zin("toewijzing.gemaakt")).toBe("Sanne de Vries is nu maatje (in plaats van Piet Jansen).");
    expect(zin("verlenging.goedgekeurd")).toBe("Verlenging van 6 maanden goedgekeurd; nieuwe einddatum 1 september 2027");
    expect(zin("toegang.geweigerd")).toBe("Toegang geweigerd: de inburgeraar gaf hiervoor geen toestemming (naam en fase, contactgegevens)");
    expect(zin("inburgeraar.bekeken")).toBe("Dossier bekeken: overzicht, met BSN");
    expect(zin("plan.meetmoment-vastgelegd")).toBe("Nulmeting vastgelegd (10 maart 2026): 2 leefgebieden gescoord");
    expect(zin("plan.akkoord")).toBe("Plan besproken en akkoord op 10 maart 2026 (versie 2, mondeling besproken met een tolk)");
    expect(zin("plan.actie-toegevoegd")).toBe("Huiswerk: Vergelijk drie zorgverzekeringen");
  });

  it("a moved afspraak, a group contact and an undone checklist tap say so", () => {
    expect(zinVoorAudit({ actie: "afspraak.gewijzigd", details: VOORBEELDEN["afspraak.gewijzigd"] })).toBe("Afspraak verplaatst: kantoor op 5 maart 2026 om 14:30");
    expect(zinVoorAudit({ actie: "afspraak.gelogd", details: { ...VOORBEELDEN["afspraak.gelogd"], groep: 3 } })).toBe("Huisbezoek gelogd: vond plaats, 45 minuten (groep van 3)");
    expect(zinVoorAudit({ actie: "checklist.gewijzigd", details: { ...VOORBEELDEN["checklist.gewijzigd"], ongedaan: true } })).toBe(
      "Checklist: Zorgverzekering afsluiten → geregeld (ongedaan gemaakt)",
    );
  });

  it("a checklist item ticked off during an afspraak says so", () => {
    const details = { ...VOORBEELDEN["checklist.gewijzigd"], afspraakId: "a1" };
    expect(zinVoorAudit({ actie: "checklist.gewijzigd", details })).toBe("Checklist: Zorgverzekering afsluiten → geregeld (tijdens afspraak)");
  });
});

describe("zinVoorAudit: rows from before typed events still read", () => {
  it("shows the stored samenvatting of an old row whose details are not a typed event", () => {
    const oud = { actie: "inburgeraar.fase-gewijzigd", details: { samenvatting: "Opstartfase afsluiten: van Opstartfase naar Begeleidingsfase", van: "OPSTARTFASE", naar: "BEGELEIDINGSFASE" } };
    expect(leesAuditActie(oud)).toBeNull();
    expect(zinVoorAudit(oud)).toBe("Opstartfase afsluiten: van Opstartfase naar Begeleidingsfase");
  });

  it("rewords an old row that already held the data, ignoring its stored words", () => {
    const oud = { actie: "afspraak.gepland", details: { samenvatting: "Oude woorden", type: "KANTOOR", start: "2026-03-03T09:00:00.000Z", metTolk: true } };
    expect(zinVoorAudit(oud)).toBe("Afspraak gepland: kantoor op 3 maart 2026 om 10:00");
  });

  it("gives the label of a known kind without usable details, and a generic sentence for an unknown kind", () => {
    expect(zinVoorAudit({ actie: "verlenging.aangevraagd", details: null })).toBe("Verlenging aangevraagd");
    expect(zinVoorAudit({ actie: "iets.onbekends", details: { x: 1 } })).toBe("Andere gebeurtenis");
    expect(zinVoorAudit({ actie: "iets.onbekends", details: { samenvatting: "Iets gebeurde" } })).toBe("Iets gebeurde");
    expect(labelVoorAudit("toegang.geweigerd")).toBe("Toegang geweigerd");
  });
});

describe("visibility of events", () => {
  const VRIJWILLIGER = ["algemeen", "persoon", "contact", "traject", "afspraken", "checklist", "verslag"] as const;

  it("keeps financial events from someone without 'financieel'", () => {
    const acties = actiesMetZichtbaarheid(VRIJWILLIGER);
    expect(acties).not.toContain("verlenging.aangevraagd");
    expect(acties).not.toContain("inburgeraar.bekeken");
    expect(acties).toContain("afspraak.gelogd");
    expect(isZichtbaarVoor({ actie: "verlenging.goedgekeurd", details: VOORBEELDEN["verlenging.goedgekeurd"] }, VRIJWILLIGER)).toBe(false);
  });

  it("judges a correction of personal data by the fields it changed", () => {
    const gegevens = (velden: string[]) => ({ actie: "inburgeraar.gegevens-gewijzigd", details: { velden, waarden: {} } });
    expect(zichtbaarhedenVan(gegevens(["uitkeringStartDatum"]))).toEqual(["financieel"]);
    expect(isZichtbaarVoor(gegevens(["telefoon"]), VRIJWILLIGER)).toBe(true);
    expect(isZichtbaarVoor(gegevens(["telefoon", "uitkeringStartDatum"]), VRIJWILLIGER)).toBe(false);
    expect(isZichtbaarVoor(gegevens(["vNummer"]), VRIJWILLIGER)).toBe(false);
    // An old row without a field list counts as the most private kind.
    expect(isZichtbaarVoor({ actie: "inburgeraar.gegevens-gewijzigd", details: { samenvatting: "Gegevens gewijzigd: start uitkering" } }, VRIJWILLIGER)).toBe(false);
  });

  it("treats a financial checklist item as financial, also in old rows without categories", () => {
    expect(isZichtbaarVoor({ actie: "checklist.gewijzigd", details: VOORBEELDEN["checklist.gewijzigd"] }, VRIJWILLIGER)).toBe(false);
    expect(isZichtbaarVoor({ actie: "checklist.gewijzigd", details: { code: "FIN-UITKERING", samenvatting: "Checklist: Uitkering → geregeld" } }, VRIJWILLIGER)).toBe(false);
    expect(isZichtbaarVoor({ actie: "checklist.gewijzigd", details: { code: "HV-WATER", samenvatting: "Checklist: Water → geregeld" } }, VRIJWILLIGER)).toBe(true);
  });

  it("shows an unknown kind to nobody in a timeline", () => {
    expect(zichtbaarhedenVan({ actie: "iets.onbekends", details: {} })).toEqual(["toegang"]);
  });
});

describe("toewijzing with an exception and an overdracht note", () => {
  it("says both", () => {
    expect(
      zinVoorAudit({
        actie: "toewijzing.gemaakt",
        details: { rol: "MAATJE", naam: "Sanne de Vries", vorige: [], overdracht: true, uitzondering: "VOG is aangevraagd" },
      }),
    ).toBe("Sanne de Vries is nu maatje. Met een notitie voor de overdracht. Toegewezen hoewel niet voorgesteld: VOG is aangevraagd");
  });
});

describe("AUDIT_SOORTEN", () => {
  it("puts every kind of event under exactly one filter", () => {
    const alle = AUDIT_SOORTEN.flatMap((s) => [...s.acties]);
    expect([...alle].sort()).toEqual(Object.keys(AUDIT_ACTIES).sort());
    expect(new Set(alle).size).toBe(alle.length);
  });
});
