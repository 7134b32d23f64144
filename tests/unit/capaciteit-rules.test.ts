import { describe, expect, it } from "vitest";
import { capaciteitTotalen, uren, verhouding, type PersoonCapaciteit } from "@/lib/capaciteit/rules";
import { csvVeld, naarCsv } from "@/lib/csv";

function persoon(over: Partial<PersoonCapaciteit>): PersoonCapaciteit {
  return {
    id: over.naam ?? "x",
    naam: "x",
    soort: "BEGELEIDER",
    teamId: null,
    gemeenteIds: [],
    fte: 1,
    isActief: true,
    actieveInburgeraars: 0,
    minutenLaatste4Weken: 0,
    achterstalligeContacten: 0,
    ...over,
  };
}

describe("capaciteit en verhoudingen", () => {
  it("verhouding met één decimaal; zonder noemer geen getal", () => {
    expect(verhouding(25, 0.8)).toBe(31.3);
    expect(verhouding(10, 3)).toBe(3.3);
    expect(verhouding(10, 0)).toBeNull();
    expect(uren(95)).toBe(1.6);
  });

  it("telt fte en actieve vrijwilligers per team, gemeente en organisatie; wie in twee gemeenten werkt telt half in elk", () => {
    const personen = [
      persoon({ naam: "Sanne", fte: 0.8, teamId: "t1", gemeenteIds: ["dh"] }),
      persoon({ naam: "Thomas", fte: 1, teamId: "t2", gemeenteIds: ["dh", "rw"] }),
      persoon({ naam: "Zonder fte", fte: null, teamId: "t1", gemeenteIds: ["dh"] }),
      persoon({ naam: "Uit dienst", fte: 1, isActief: false, teamId: "t1", gemeenteIds: ["dh"] }),
      persoon({ naam: "Karim", soort: "VRIJWILLIGER", fte: null, teamId: "t1", gemeenteIds: ["dh"] }),
      persoon({ naam: "Semhar", soort: "VRIJWILLIGER", fte: null, teamId: "t1", gemeenteIds: ["dh", "rw"] }),
      persoon({ naam: "Gepauzeerd", soort: "VRIJWILLIGER", fte: null, isActief: false, teamId: "t1", gemeenteIds: ["dh"] }),
    ];
    const t = capaciteitTotalen(
      personen,
      { id: "org", naam: "Organisatie", inburgeraars: 26 },
      [
        { id: "t1", naam: "Team 1", inburgeraars: 18 },
        { id: "t2", naam: "Team 2", inburgeraars: 8 },
      ],
      [
        { id: "dh", naam: "Den Haag", inburgeraars: 20 },
        { id: "rw", naam: "Rijswijk", inburgeraars: 6 },
      ],
    );
    expect(t.organisatie).toMatchObject({ fte: 1.8, actieveVrijwilligers: 2, perFte: 14.4, perVrijwilliger: 13, fteOntbreekt: 1 });
    expect(t.teams[0]).toMatchObject({ fte: 0.8, actieveVrijwilligers: 2, perFte: 22.5, perVrijwilliger: 9, fteOntbreekt: 1 });
    expect(t.teams[1]).toMatchObject({ fte: 1, actieveVrijwilligers: 0, perFte: 8, perVrijwilliger: null });
    expect(t.gemeenten[0]).toMatchObject({ fte: 1.3, actieveVrijwilligers: 1.5, perFte: 15.4, perVrijwilliger: 13.3 });
    expect(t.gemeenten[1]).toMatchObject({ fte: 0.5, actieveVrijwilligers: 0.5, perFte: 12, perVrijwilliger: 12 });
    // The gemeente shares add up to the organisation (for people with a gemeente).
    expect(t.gemeenten.reduce((s, g) => s + g.fte, 0)).toBeCloseTo(t.organisatie.fte);
  });
});

describe("CSV (RFC 4180)", () => {
  it("aanhalingstekens, komma's en regeleinden; CRLF tussen records", () => {
    expect(naarCsv(["naam", "aantal"], [["De Vries, Sanne", 3], ['Zegt "hoi"', null], ["twee\nregels", 1.5]])).toBe(
      'naam,aantal\r\n"De Vries, Sanne",3\r\n"Zegt ""hoi""",\r\n"twee\nregels",1.5\r\n',
    );
  });

  it("een cel die een formule zou worden blijft tekst; getallen blijven getallen", () => {
    expect(csvVeld("=HYPERLINK(\"http://x\")")).toBe("\"'=HYPERLINK(\"\"http://x\"\")\"");
    expect(csvVeld("+31 6 123")).toBe("'+31 6 123");
    expect(csvVeld("-1")).toBe("'-1");
    expect(csvVeld("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvVeld("\tx")).toBe("'\tx");
    expect(csvVeld(-1)).toBe("-1");
    expect(csvVeld(Number.NaN)).toBe("");
    expect(csvVeld("Den Haag")).toBe("Den Haag");
  });
});
