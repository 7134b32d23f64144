import { describe, expect, it } from "vitest";
import { beoordeel, checklistStand } from "@/lib/caseload/rules";
import { OPVOLGEN_NA_DAGEN, opTeVolgen } from "@/lib/doorverwijzing/rules";
import { leesLeefgebieden } from "@/lib/sociale-kaart/rules";

describe("doorverwijzing opvolgen", () => {
  it("vraagt naar de uitkomst vanaf de veertiende dag, oudste eerst, en niet meer als die bekend is", () => {
    const lijst = [
      { organisatie: "Wijkteam", datum: "2026-03-10", uitkomst: null },
      { organisatie: "Schuldhulp", datum: "2026-03-01", uitkomst: null },
      { organisatie: "Taalhuis", datum: "2026-02-01", uitkomst: "GEHOLPEN" as const },
    ];
    expect(OPVOLGEN_NA_DAGEN).toBe(14);
    expect(opTeVolgen(lijst, "2026-03-14").map((d) => d.organisatie)).toEqual([]);
    expect(opTeVolgen(lijst, "2026-03-15").map((d) => d.organisatie)).toEqual(["Schuldhulp"]);
    expect(opTeVolgen(lijst, "2026-03-24").map((d) => d.organisatie)).toEqual(["Schuldhulp", "Wijkteam"]);
  });

  it("zet open doorverwijzingen en acties uit een overleg in de aandacht van de caseload", () => {
    const oordeel = beoordeel(
      {
        fase: "BEGELEIDINGSFASE",
        contactNormDagen: 30,
        laatsteContact: "2026-03-20",
        volgendeAfspraak: new Date("2026-03-30T09:00:00Z"),
        startdatum: "2026-01-01",
        checklist: checklistStand([]),
        meetmoment: null,
        klokken: [],
        doorverwijzingen: [{ organisatie: "Schuldhulp", datum: "2026-03-01" }],
        overlegActies: [
          { omschrijving: "Wijkteam bellen", deadline: "2026-03-20" },
          { omschrijving: "Gesprek met school", deadline: "2026-04-01" },
        ],
      },
      "2026-03-24",
    );
    expect(oordeel.aandacht.map((a) => [a.soort, a.tekst, a.isTeLaat ?? false])).toEqual([
      ["OVERLEG_ACTIE", "Actie uit casuïstiekoverleg: Wijkteam bellen (was klaar vóór 20 maart 2026)", true],
      ["DOORVERWIJZING_OPEN", "Uitkomst doorverwijzing nog onbekend: Schuldhulp (23 dagen geleden)", false],
      ["OVERLEG_ACTIE", "Actie uit casuïstiekoverleg: Gesprek met school (klaar vóór 1 april 2026)", false],
    ]);
  });
});

describe("sociale kaart: leefgebieden uit een CSV-cel", () => {
  it("leest namen en codes, zonder hoofdletters of accenten, en noemt wat onbekend is", () => {
    expect(leesLeefgebieden("Wonen; financien en administratie, ZORG_GEZONDHEID; wonen")).toEqual({
      leefgebieden: ["WONEN", "FINANCIEN_ADMINISTRATIE", "ZORG_GEZONDHEID"],
      onbekend: [],
    });
    expect(leesLeefgebieden("Sport; Wonen")).toEqual({ leefgebieden: ["WONEN"], onbekend: ["Sport"] });
  });
});
