import { describe, expect, it } from "vitest";
import { consulentZichtMet, toestemmingStaat } from "@/lib/authz/zicht";
import { voorstelTekst } from "@/lib/overdracht/rules";
import { openPunten, zichtbareInhoud, type RapportageInhoud } from "@/lib/rapportage/inhoud";
import { rapportageRegels } from "@/lib/rapportage/regels";
import { beoordeelTijdigeStart, controleerInburgeringDatums, tijdigeStartPerGemeente, tijdigeStartZin } from "@/lib/tijdige-start/rules";
import { controleerIntrekking, controleerNieuweToestemming, dubbeleOnderwerpen, scanTypeVan, veiligeBestandsnaam } from "@/lib/toestemming/rules";
import type { ChecklistStatus } from "@/lib/db/generated/enums";
import { contactSamenvatting, MAX_OPEN_PUNTEN, openChecklistPunten, opstartVoortgang, opstartVoortgangUit, scoresMetVerschil } from "@/lib/voortgang/rules";
import type { DossierZicht } from "@/lib/authz/zicht";

const basis = { brpInschrijvingDatum: "2026-01-01", bredeIntakeDatum: "2026-01-20", startLeerrouteDatum: null, eersteLesDatum: null, opstartEinde: null, opstartBegonnen: true };

describe("tijdige start", () => {
  it("op tijd: de leerroute begon terwijl de opstartfase liep, met de dagen overlap", () => {
    const t = beoordeelTijdigeStart({ ...basis, startLeerrouteDatum: "2026-03-01", opstartEinde: "2026-03-31" }, "2026-05-01");
    expect(t).toMatchObject({ status: "op-tijd", overlapDagen: 30, gatDagen: null });
    expect(tijdigeStartZin(t)).toBe("Op tijd: inburgering en opstartfase liepen 30 dagen samen op.");
  });
  it("gat: de opstartfase eindigde vóór de eerste les; de vroegste van leerroute en eerste les telt", () => {
    expect(beoordeelTijdigeStart({ ...basis, startLeerrouteDatum: "2026-05-20", eersteLesDatum: "2026-05-10", opstartEinde: "2026-04-30" }, "2026-06-01")).toMatchObject({ status: "gat", gatDagen: 10 });
  });
  it("gat-lopend: opstart klaar, inburgering nog niet begonnen (of pas in de toekomst gepland)", () => {
    expect(beoordeelTijdigeStart({ ...basis, opstartEinde: "2026-04-01", startLeerrouteDatum: "2026-07-01" }, "2026-04-15")).toMatchObject({ status: "gat-lopend", gatDagen: 14 });
  });
  it("nog-open en onbekend", () => {
    expect(beoordeelTijdigeStart(basis, "2026-02-01").status).toBe("nog-open");
    expect(beoordeelTijdigeStart({ ...basis, opstartBegonnen: false }, "2026-02-01").status).toBe("onbekend");
  });
  it("de brede intake wacht te lang na meer dan 42 dagen, of kwam te laat", () => {
    expect(beoordeelTijdigeStart({ ...basis, bredeIntakeDatum: null }, "2026-02-12")).toMatchObject({ bredeIntakeTeLaat: false, bredeIntakeWachtDagen: 42 });
    expect(beoordeelTijdigeStart({ ...basis, bredeIntakeDatum: null }, "2026-02-13")).toMatchObject({ bredeIntakeTeLaat: true, bredeIntakeWachtDagen: 43 });
    expect(beoordeelTijdigeStart({ ...basis, bredeIntakeDatum: "2026-03-01" }, "2026-04-01")).toMatchObject({ bredeIntakeTeLaat: true, bredeIntakeWachtDagen: null });
  });
  it("per gemeente: tellingen en de mediaan van de gaten", () => {
    const op = beoordeelTijdigeStart({ ...basis, startLeerrouteDatum: "2026-02-01", opstartEinde: "2026-03-01" }, "2026-06-01");
    const gat = (dagen: number) => ({ status: "gat" as const, overlapDagen: null, gatDagen: dagen, bredeIntakeTeLaat: false, bredeIntakeWachtDagen: null });
    expect(tijdigeStartPerGemeente([op, gat(10), gat(30), gat(20), null])).toEqual({ beoordeeld: 4, opTijd: 1, gat: 3, mediaanGatDagen: 20, bredeIntakeTeLaat: 0, onbekend: 1 });
    expect(tijdigeStartPerGemeente([gat(10), gat(31)]).mediaanGatDagen).toBe(21);
  });
  it("controleert de datums van de consulent", () => {
    expect(controleerInburgeringDatums({ bredeIntakeDatum: "2026-03-01", pipVastgesteldDatum: "2026-02-01" }, { brpInschrijvingDatum: "2026-01-01", vandaag: "2026-04-01" })).toHaveProperty("pipVastgesteldDatum");
    expect(controleerInburgeringDatums({ startLeerrouteDatum: "2026-03-01" }, { brpInschrijvingDatum: "2026-01-01", vandaag: "2026-04-01" })).toHaveProperty("leerroute");
    expect(controleerInburgeringDatums({ eersteLesDatum: "2028-01-01" }, { brpInschrijvingDatum: null, vandaag: "2026-04-01" })).toHaveProperty("eersteLesDatum");
    expect(controleerInburgeringDatums({ bredeIntakeDatum: "2026-02-01", pipVastgesteldDatum: "2026-02-20", leerroute: "B1", startLeerrouteDatum: "2026-03-01" }, { brpInschrijvingDatum: "2026-01-01", vandaag: "2026-04-01" })).toEqual({});
  });
});

describe("toestemming", () => {
  it("staat: gegeven, nog niet, verlopen (geldig tot en met), ingetrokken vanaf een dag", () => {
    const t = { gegevenOp: "2026-01-01", geldigTot: "2026-06-30", ingetrokkenOp: null };
    expect(toestemmingStaat(t, "2026-06-30")).toBe("geldig");
    expect(toestemmingStaat(t, "2026-07-01")).toBe("verlopen");
    expect(toestemmingStaat(t, "2025-12-31")).toBe("nog-niet");
    expect(toestemmingStaat({ ...t, ingetrokkenOp: "2026-03-01" }, "2026-02-28")).toBe("intrekking-gepland");
    expect(toestemmingStaat({ ...t, ingetrokkenOp: "2026-03-01" }, "2026-03-01")).toBe("ingetrokken");
  });
  it("wat de consulent ziet volgt uit de onderwerpen", () => {
    const z = consulentZichtMet(["VOORTGANG"]);
    expect(z).toMatchObject({ basis: "altijd", inburgering: "altijd", traject: "ja", rapportages: "ja", plan: "nee", verslagen: "nee", bsn: "nooit", financieel: "nooit" });
    expect(consulentZichtMet(["VERSLAGEN"]).verslagen).toBe("ja");
  });
  it("controleert datums en dubbele toestemming", () => {
    expect(controleerNieuweToestemming({ gegevenOp: "2026-05-02", vandaag: "2026-05-01" })).toHaveProperty("gegevenOp");
    expect(controleerNieuweToestemming({ gegevenOp: "2026-05-01", geldigTot: "2026-04-30", vandaag: "2026-05-01" })).toHaveProperty("geldigTot");
    expect(controleerNieuweToestemming({ gegevenOp: "2026-04-01", geldigTot: "2026-05-01", vandaag: "2026-05-01" })).toEqual({});
    const bestaand = [{ onderwerp: "VOORTGANG" as const, ontvanger: "SOCIAAL_DOMEIN" as const, socialeKaartId: "a", gegevenOp: "2026-01-01", geldigTot: null, ingetrokkenOp: null }];
    expect(dubbeleOnderwerpen({ onderwerpen: ["VOORTGANG"], ontvanger: "SOCIAAL_DOMEIN", socialeKaartId: "a" }, bestaand, "2026-05-01")).toEqual(["VOORTGANG"]);
    expect(dubbeleOnderwerpen({ onderwerpen: ["VOORTGANG"], ontvanger: "SOCIAAL_DOMEIN", socialeKaartId: "b" }, bestaand, "2026-05-01")).toEqual([]);
    expect(dubbeleOnderwerpen({ onderwerpen: ["VOORTGANG"], ontvanger: "SOCIAAL_DOMEIN", socialeKaartId: "a" }, [{ ...bestaand[0]!, ingetrokkenOp: "2026-04-01" }], "2026-05-01")).toEqual([]);
    expect(controleerIntrekking("2025-12-31", [{ gegevenOp: "2026-01-01", geldigTot: null, ingetrokkenOp: null }], "2026-05-01")).toHaveProperty("ingetrokkenOp");
    expect(controleerIntrekking("2028-01-01", [], "2026-05-01")).toHaveProperty("ingetrokkenOp");
  });
  it("herkent een scan aan de inhoud en maakt de naam veilig", () => {
    expect(scanTypeVan(new TextEncoder().encode("%PDF-1.7"))).toBe("application/pdf");
    expect(scanTypeVan(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg");
    expect(scanTypeVan(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe("image/png");
    expect(scanTypeVan(new TextEncoder().encode("<html>"))).toBeNull();
    expect(veiligeBestandsnaam("../../etc/passwd", "application/pdf")).toBe("passwd.pdf");
    expect(veiligeBestandsnaam('toestemming "Layla"\u202e.jpg', "image/jpeg")).toBe("toestemming _Layla__.jpg");
    expect(veiligeBestandsnaam("", "image/png")).toBe("toestemming.png");
  });
});

describe("voortgang", () => {
  it("contact: frequentie en intensiteit over 90 dagen, het laatste contact ook van daarvoor", () => {
    const s = contactSamenvatting([{ datum: "2026-05-01", duurMinuten: 45 }, { datum: "2026-04-01", duurMinuten: 30 }, { datum: "2026-01-01", duurMinuten: 60 }], "2025-12-01", "2026-05-10");
    expect(s).toEqual({ laatsteContact: "2026-05-01", aantal: 2, minuten: 75, perMaand: 0.7 });
    expect(contactSamenvatting([], "2025-12-01", "2026-05-10")).toMatchObject({ laatsteContact: "2025-12-01", aantal: 0, perMaand: 0 });
  });
  it("opstart: geregeld en n.v.t. tellen, niet-verplichte punten niet", () => {
    expect(opstartVoortgang([{ status: "GEREGELD", verplicht: true }, { status: "NVT", verplicht: true }, { status: "OPEN", verplicht: true }, { status: "OPEN", verplicht: false }])).toEqual({ klaar: 2, totaal: 3, procent: 67 });
  });
  it("opstart: de open verplichte punten bij naam, in de gegeven volgorde, hooguit tien", () => {
    const punt = (titel: string, status: ChecklistStatus, verplicht = true) => ({ titel, status, verplicht });
    expect(openChecklistPunten([punt("a", "OPEN"), punt("b", "GEREGELD"), punt("c", "BEZIG"), punt("d", "OPEN", false), punt("e", "NVT")])).toEqual(["a", "c"]);
    const veel = Array.from({ length: 12 }, (_, n) => punt(`p${n}`, "OPEN"));
    expect(openChecklistPunten(veel)).toEqual(veel.slice(0, MAX_OPEN_PUNTEN).map((p) => p.titel));
    expect(opstartVoortgangUit(0, 0)).toEqual({ klaar: 0, totaal: 0, procent: 0 });
  });
  it("scores: de laatste per leefgebied met het verschil met de vorige", () => {
    const s = scoresMetVerschil([
      { afgenomenOp: "2026-06-01", scores: [{ leefgebied: "WONEN", score: 4 }, { leefgebied: "FINANCIEN_ADMINISTRATIE", score: 2 }] },
      { afgenomenOp: "2026-03-01", scores: [{ leefgebied: "WONEN", score: 2 }, { leefgebied: "FINANCIEN_ADMINISTRATIE", score: 3 }] },
    ]);
    expect(s).toEqual([
      { leefgebied: "WONEN", score: 4, vorige: 2, verschil: 2, op: "2026-06-01" },
      { leefgebied: "FINANCIEN_ADMINISTRATIE", score: 2, vorige: 3, verschil: -1, op: "2026-06-01" },
    ]);
  });
});

describe("rapportage en overdracht", () => {
  const inhoud: RapportageInhoud = {
    naam: "Testpersoon Fictief",
    gemeente: "Delft",
    fase: "BEGELEIDINGSFASE",
    gemaaktOp: "2026-05-01",
    onderdelen: ["traject", "checklist", "plan"],
    traject: { fase: "BEGELEIDINGSFASE", faseSinds: "2026-03-01", start: "2026-01-01", einddatum: "2027-01-01", opstartEinde: "2026-03-01", opstartBegonnen: true, begeleiders: ["Piet"] },
    checklist: { klaar: 9, totaal: 10, procent: 90, openPunten: ["DigiD aanvragen"] },
    plan: { focus: "WONEN", scores: [{ leefgebied: "WONEN", score: 3, vorige: 2, verschil: 1, op: "2026-04-01" }], openDoelen: [{ leefgebied: "WONEN", omschrijving: "Zelf de huur betalen" }] },
  };
  const zicht = (uit: string[]): DossierZicht =>
    Object.fromEntries(["basis", "persoon", "identiteit", "bsn", "contact", "traject", "inburgering", "financieel", "verslagen", "checklist", "afspraken", "plan", "signalen", "rapportages"].map((d) => [d, !uit.includes(d)])) as DossierZicht;

  it("laat bij het lezen onderdelen weg waarvoor de toestemming sindsdien is ingetrokken", () => {
    const z = zichtbareInhoud(inhoud, zicht(["plan"]));
    expect(z.onderdelen).toEqual(["traject", "checklist"]);
    expect(z).not.toHaveProperty("plan");
    expect(openPunten(z)).toEqual(["Opstartfase: DigiD aanvragen"]);
    expect(openPunten(inhoud)).toContain("Doel: Zelf de huur betalen");
  });
  it("zegt de rapportage in gewone zinnen, met de toelichting van de begeleider", () => {
    const regels = rapportageRegels(inhoud, "Gaat goed.");
    expect(regels.map((s) => s.kop)).toEqual(["Fase", "Fase en datums", "Opstartfase", "Scores per leefgebied", "Open punten", "Toelichting van de begeleider"]);
    expect(regels.find((s) => s.kop === "Scores per leefgebied")!.regels).toContain("Wonen: 3 van 5 (was 2, beter)");
  });
  it("vult een overdracht alleen met de gegevens die meegegeven worden", () => {
    const leeg = { checklist: null, plan: null, afspraken: null, signalen: null };
    const warm = voorstelTekst("WARM", { voornaam: "Layla", fase: "AFRONDING", ...leeg });
    expect(warm).toContain("Warme overdracht van Layla");
    expect(warm).not.toMatch(/Opstartfase|Zelfredzaam|contact/i);
    const intern = voorstelTekst("INTERN", { voornaam: "Layla", fase: "OPSTARTFASE", ...leeg, checklist: inhoud.checklist!, plan: inhoud.plan! });
    expect(intern).toContain("Nog open: DigiD aanvragen.");
    expect(intern).toContain("Extra aandacht nodig voor: wonen.");
  });
  it("schrijft een getal met een komma: 0,7 contacten per maand, niet 0.7", () => {
    const afspraken = { laatsteContact: "2026-05-01", aantal: 2, minuten: 75, perMaand: 0.7, volgendeAfspraak: null };
    const overdracht = voorstelTekst("INTERN", { voornaam: "Layla", fase: "BEGELEIDINGSFASE", checklist: null, plan: null, signalen: null, afspraken });
    expect(overdracht).toContain("(0,7 contacten per maand in de laatste drie maanden)");
    const regels = rapportageRegels({ ...inhoud, onderdelen: ["afspraken"], afspraken }, null).flatMap((s) => s.regels);
    expect(regels).toContain("2 contacten in de laatste 90 dagen (0,7 per maand, samen 75 minuten).");
  });
});
