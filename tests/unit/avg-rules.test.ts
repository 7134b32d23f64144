import { describe, expect, it } from "vitest";
import { anonimiserenVanaf, inzagePdfInhoud, kolomNaam, leesbaar, moetGeanonimiseerd, tabelNaam } from "@/lib/avg/rules";

describe("AVG-regels", () => {
  it("maakt van kolommen en tabellen leesbare namen", () => {
    expect(kolomNaam("brpInschrijvingDatum")).toBe("Brp inschrijving datum");
    expect(kolomNaam("medewerkerId")).toBe("Medewerker");
    expect(tabelNaam("Afspraak")).toBe("Afspraken en contacten");
    expect(tabelNaam("NieuweTabel")).toBe("Nieuwe Tabel");
  });

  it("toont waarden zoals een lezer ze wil", () => {
    const personen = { g1: { naam: "Fictieve Begeleider", rol: "begeleider" } };
    expect(leesbaar("medewerkerId", "g1", personen)).toBe("Fictieve Begeleider (begeleider)");
    expect(leesbaar("geboortedatum", "1990-05-17T00:00:00.000Z", personen)).toBe("17 mei 1990");
    expect(leesbaar("tolkNodig", true, personen)).toBe("ja");
    expect(leesbaar("notitie", null, personen)).toBe("—");
    expect(leesbaar("talen", ["Arabisch", "Engels"], personen)).toBe("Arabisch, Engels");
  });

  it("anonimiseert een afgesloten dossier pas na de bewaartermijn, en één keer", () => {
    expect(anonimiserenVanaf("2024-01-31", 24)).toBe("2026-01-31");
    expect(moetGeanonimiseerd({ afgeslotenOp: "2024-01-31", geanonimiseerdOp: null }, 24, "2026-01-30")).toBe(false);
    expect(moetGeanonimiseerd({ afgeslotenOp: "2024-01-31", geanonimiseerdOp: null }, 24, "2026-01-31")).toBe(true);
    expect(moetGeanonimiseerd({ afgeslotenOp: "2024-01-31", geanonimiseerdOp: new Date() }, 24, "2026-06-01")).toBe(false);
    expect(moetGeanonimiseerd({ afgeslotenOp: null, geanonimiseerdOp: null }, 24, "2030-01-01")).toBe(false);
  });

  it("zet de inzage om in PDF-secties met wie het dossier bekeek", () => {
    const inhoud = inzagePdfInhoud(
      {
        gemaaktOp: "2026-11-29T10:00:00.000Z",
        gemaaktDoor: { naam: "Fictieve Teamleider", rol: "teamleider" },
        gegevens: { Inburgeraar: [{ id: "x", voornaam: "Testpersoon", achternaam: "Fictief" }], Afspraak: [{ id: "a", type: "HUISBEZOEK", verslag: "Kort verslag" }] },
        personen: {},
        inzagen: [{ op: "2026-11-28T09:00:00.000Z", wie: "Fictieve Begeleider", rol: "begeleider", wat: "Dossier bekeken: overzicht" }],
      },
      "Testorganisatie",
    );
    expect(inhoud.titel).toBe("Inzage in het dossier van Testpersoon Fictief");
    expect(inhoud.secties.map((s) => s.kop)).toEqual(["Persoonsgegevens en traject", "Afspraken en contacten", "Wie heeft het dossier bekeken of gewijzigd"]);
    expect(inhoud.secties[1]?.blokken?.[0]?.lijsten[0]?.punten).toContain("Verslag: Kort verslag");
    expect(inhoud.secties[2]?.regels[0]).toContain("Fictieve Begeleider (begeleider): Dossier bekeken: overzicht");
  });
});
