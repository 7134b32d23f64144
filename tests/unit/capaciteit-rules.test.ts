import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { capaciteitTotalen, drukstEerst, uren, verhouding, type PersoonCapaciteit, type Totaal } from "@/lib/capaciteit/rules";
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

describe("capaciteit op landelijke schaal", () => {
  // The totals gather each team's and gemeente's members in one pass; this is the definition they must
  // equal: for every group, filter everyone.
  it("telt per team en gemeente hetzelfde als wie voor elke groep iedereen nagaat", () => {
    const ids = ["a", "b", "c", "d"];
    const arb = fc.array(
      fc.record({
        soort: fc.constantFrom("BEGELEIDER" as const, "VRIJWILLIGER" as const, "TEAMLEIDER" as const),
        teamId: fc.option(fc.constantFrom("t1", "t2"), { nil: null }),
        gemeenteIds: fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 4 }),
        fte: fc.option(fc.constantFrom(0.5, 0.8, 1), { nil: null }),
        isActief: fc.boolean(),
      }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(arb, (rijen) => {
        const personen = rijen.map((r, n) => persoon({ ...r, naam: `p${n}` }));
        const teams = ["t1", "t2"].map((id) => ({ id, naam: id, inburgeraars: 10 }));
        const gemeenten = ids.map((id) => ({ id, naam: id, inburgeraars: 7 }));
        const t = capaciteitTotalen(personen, { id: "org", naam: "org", inburgeraars: 30 }, teams, gemeenten);
        const rond = (n: number) => Math.round(n * 100) / 100;
        const verwacht = (leden: { p: PersoonCapaciteit; deel: number }[]) => {
          const actief = leden.filter(({ p }) => p.isActief);
          return {
            fte: rond(actief.reduce((som, { p, deel }) => som + (p.soort === "BEGELEIDER" && p.fte !== null ? p.fte * deel : 0), 0)),
            actieveVrijwilligers: rond(actief.reduce((som, { p, deel }) => som + (p.soort === "VRIJWILLIGER" ? deel : 0), 0)),
            fteOntbreekt: actief.filter(({ p }) => p.soort === "BEGELEIDER" && p.fte === null).length,
          };
        };
        gemeenten.forEach((g, n) =>
          expect(t.gemeenten[n]).toMatchObject(verwacht(personen.filter((p) => p.gemeenteIds.includes(g.id)).map((p) => ({ p, deel: 1 / p.gemeenteIds.length })))),
        );
        teams.forEach((team, n) => expect(t.teams[n]).toMatchObject(verwacht(personen.filter((p) => p.teamId === team.id).map((p) => ({ p, deel: 1 })))));
      }),
    );
  });

  it("zet de gemeenten waar de capaciteit het krapst is voorop: zonder fte, dan de meeste inburgeraars per fte", () => {
    const t = (naam: string, inburgeraars: number, perFte: number | null): Totaal => ({
      id: naam, naam, inburgeraars, fte: 1, actieveVrijwilligers: 0, perFte, perVrijwilliger: null, fteOntbreekt: 0,
    });
    const volgorde = drukstEerst([t("Aadorp", 40, 20), t("Beekdorp", 12, null), t("Cedam", 0, null), t("Dalen", 30, 35.5), t("Eext", 50, 20), t("Anloo", 40, 20)]);
    expect(volgorde.map((x) => x.naam)).toEqual(["Beekdorp", "Dalen", "Eext", "Aadorp", "Anloo", "Cedam"]);
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
