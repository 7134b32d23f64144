import { describe, expect, it } from "vitest";
import { beoordeelBel, bellijstInterval, moetNaarBegeleider, type BelFeiten } from "@/lib/bellijst/rules";

const basis: BelFeiten = { heeftMaatje: false, begin: "2026-01-10", laatsteContact: null, laatsteBel: null, intervalDagen: 90 };

describe("bellijst", () => {
  it("de gemeente kiest het interval; niets ingevuld is drie maanden (90 dagen)", () => {
    expect(bellijstInterval(null)).toBe(90);
    expect(bellijstInterval(60)).toBe(60);
  });

  it("zonder maatje: elke 90 dagen bellen, vanaf het laatste belletje (of de start)", () => {
    expect(beoordeelBel({ ...basis, laatsteBel: "2026-09-01" }, "2026-11-29")).toMatchObject({ opLijst: false, belDatum: "2026-11-30", dagenTeLaat: -1 });
    expect(beoordeelBel({ ...basis, laatsteBel: "2026-09-01" }, "2026-11-30")).toMatchObject({ opLijst: true, dagenTeLaat: 0, reden: "GEEN_MAATJE" });
    // Never called: counted from the start.
    expect(beoordeelBel(basis, "2026-11-29")).toMatchObject({ opLijst: true, belDatum: "2026-04-10" });
    // Contact by the begeleider does not replace the call for someone without a maatje.
    expect(beoordeelBel({ ...basis, laatsteBel: "2026-08-01", laatsteContact: "2026-11-20" }, "2026-11-29").opLijst).toBe(true);
  });

  it("met maatje: alleen op de lijst als er een interval lang geen contact was", () => {
    const metMaatje = { ...basis, heeftMaatje: true };
    expect(beoordeelBel({ ...metMaatje, laatsteContact: "2026-11-20" }, "2026-11-29").opLijst).toBe(false);
    expect(beoordeelBel({ ...metMaatje, laatsteContact: "2026-08-31" }, "2026-11-29")).toMatchObject({ opLijst: true, reden: "GEEN_CONTACT", dagenTeLaat: 0 });
    // A call restarts the clock too.
    expect(beoordeelBel({ ...metMaatje, laatsteContact: "2026-06-01", laatsteBel: "2026-10-01" }, "2026-11-29").opLijst).toBe(false);
  });

  it("een gelogd belletje haalt iemand van de lijst tot het volgende interval, welke uitkomst ook", () => {
    const voor = beoordeelBel(basis, "2026-11-29");
    expect(voor.opLijst).toBe(true);
    const na = beoordeelBel({ ...basis, laatsteBel: "2026-11-29" }, "2026-11-29");
    expect(na).toMatchObject({ opLijst: false, belDatum: "2027-02-27" });
    expect(beoordeelBel({ ...basis, laatsteBel: "2026-11-29" }, "2027-02-27").opLijst).toBe(true);
  });

  it("drie keer op rij niet bereikt gaat naar de begeleider, tot er weer contact is", () => {
    const nb = (op: string) => ({ uitkomst: "NIET_BEREIKT" as const, op });
    expect(moetNaarBegeleider([nb("2026-11-29"), nb("2026-08-30")], null)).toBe(false);
    expect(moetNaarBegeleider([nb("2026-11-29"), nb("2026-08-30"), nb("2026-06-01")], null)).toBe(true);
    expect(moetNaarBegeleider([nb("2026-11-29"), { uitkomst: "BEREIKT", op: "2026-08-30" }, nb("2026-06-01"), nb("2026-03-01")], null)).toBe(false);
    expect(moetNaarBegeleider([nb("2026-11-29"), nb("2026-08-30"), nb("2026-06-01")], "2026-11-28")).toBe(true);
    expect(moetNaarBegeleider([nb("2026-11-29"), nb("2026-08-30"), nb("2026-06-01")], "2026-11-30")).toBe(false);
  });
});
