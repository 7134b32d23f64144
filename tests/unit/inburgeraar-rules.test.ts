import { describe, expect, it } from "vitest";
import { Verblijfsvergunning } from "@/lib/db/generated/enums";
import {
  bepaalRechtOpBegeleiding,
  berekenEinddatum,
  DOELGROEP_LABELS,
  FASE_LABELS,
  isValidBsn,
  LEEFGEBIED_LABELS,
  normaliseerBsn,
  VERBLIJFSVERGUNNING_LABELS,
} from "@/lib/inburgeraar/rules";

describe("isValidBsn", () => {
  it.each(["999990019", "123456782", "111222333", "999999990"])("accepts %s (11-proef)", (bsn) => {
    expect(isValidBsn(bsn)).toBe(true);
  });

  it.each([
    ["123456789", "fails the 11-proef"],
    ["000000000", "all zeros"],
    ["12345678", "eight digits"],
    ["1234567820", "ten digits"],
    ["12345678a", "a letter"],
    ["123 456 782", "spaces"],
    ["", "empty"],
  ])("rejects %s (%s)", (bsn) => {
    expect(isValidBsn(bsn)).toBe(false);
  });

  it("normaliseerBsn strips separators and restores a leading zero", () => {
    expect(normaliseerBsn(" 1234.56.782 ")).toBe("123456782");
    expect(normaliseerBsn("12345672")).toBe("012345672");
    expect(isValidBsn(normaliseerBsn("123-456-782"))).toBe(true);
  });
});

describe("bepaalRechtOpBegeleiding (art. 13 Wi2021)", () => {
  const verwacht: Record<Verblijfsvergunning, { wettelijkRecht: boolean; vastgesteld: boolean; noemt: RegExp }> = {
    ASIEL_BEPAALDE_TIJD: { wettelijkRecht: true, vastgesteld: true, noemt: /onder a/ },
    REGULIER_GEZIN_ASIEL_BEPAALDE_TIJD: { wettelijkRecht: true, vastgesteld: true, noemt: /onder b/ },
    REGULIER_GEZIN_ASIEL_ONBEPAALDE_TIJD: { wettelijkRecht: true, vastgesteld: true, noemt: /onder b/ },
    REGULIER_GEZIN_EU_LANGDURIG_BESCHERMING: { wettelijkRecht: true, vastgesteld: true, noemt: /internationale bescherming/ },
    // Lid 1 onder a names only asiel *bepaalde* tijd for the person themself.
    ASIEL_ONBEPAALDE_TIJD: { wettelijkRecht: false, vastgesteld: true, noemt: /onbepaalde tijd/ },
    REGULIER_GEZIN_NEDERLANDER: { wettelijkRecht: false, vastgesteld: true, noemt: /Nederlander/ },
    REGULIER_OVERIG: { wettelijkRecht: false, vastgesteld: true, noemt: /artikel 13/ },
    ONBEKEND: { wettelijkRecht: false, vastgesteld: false, noemt: /Vul eerst de soort verblijfsvergunning in/ },
  };

  it("covers every enum value", () => {
    expect(Object.keys(verwacht).sort()).toEqual(Object.values(Verblijfsvergunning).sort());
  });

  it.each(Object.entries(verwacht))("%s", (vergunning, { wettelijkRecht, vastgesteld, noemt }) => {
    const recht = bepaalRechtOpBegeleiding(vergunning as Verblijfsvergunning);
    expect(recht.wettelijkRecht).toBe(wettelijkRecht);
    expect(recht.vastgesteld).toBe(vastgesteld);
    expect(recht.reden).toMatch(noemt);
    expect(recht.reden).toMatch(/artikel 13/);
  });

  it("tells the gemeente it may guide someone without a legal right, with a reason", () => {
    expect(bepaalRechtOpBegeleiding("REGULIER_GEZIN_NEDERLANDER").reden).toMatch(/toch te begeleiden/);
    expect(bepaalRechtOpBegeleiding("ASIEL_BEPAALDE_TIJD").reden).not.toMatch(/toch te begeleiden/);
  });
});

describe("berekenEinddatum", () => {
  it("is null without a BRP date", () => {
    expect(berekenEinddatum({ brpInschrijvingDatum: null, looptijdMaanden: 12, verlengingenMaanden: [] })).toBeNull();
  });

  it("adds the looptijd to the BRP date", () => {
    expect(berekenEinddatum({ brpInschrijvingDatum: "2026-03-15", looptijdMaanden: 12, verlengingenMaanden: [] })).toBe(
      "2027-03-15",
    );
  });

  it("adds one granted verlenging", () => {
    expect(berekenEinddatum({ brpInschrijvingDatum: "2026-03-15", looptijdMaanden: 12, verlengingenMaanden: [6] })).toBe(
      "2027-09-15",
    );
  });

  it("adds two granted verlengingen", () => {
    expect(berekenEinddatum({ brpInschrijvingDatum: "2026-03-15", looptijdMaanden: 6, verlengingenMaanden: [6, 3] })).toBe(
      "2027-06-15",
    );
  });

  it("clips at the end of a short month: 31 January + 1 month = 28 February", () => {
    expect(berekenEinddatum({ brpInschrijvingDatum: "2026-01-31", looptijdMaanden: 1 })).toBe("2026-02-28");
    expect(berekenEinddatum({ brpInschrijvingDatum: "2028-01-31", looptijdMaanden: 1 })).toBe("2028-02-29");
  });

  it("adds all months at once, so a clipped month does not shorten the rest", () => {
    // 31 Jan + 1 = 28 Feb, + 6 would give 28 Aug; the whole 7 months give 31 Aug.
    expect(berekenEinddatum({ brpInschrijvingDatum: "2026-01-31", looptijdMaanden: 1, verlengingenMaanden: [6] })).toBe(
      "2026-08-31",
    );
  });

  it("accepts a @db.Date column value", () => {
    expect(
      berekenEinddatum({ brpInschrijvingDatum: new Date("2026-10-01T00:00:00.000Z"), looptijdMaanden: 36, verlengingenMaanden: [] }),
    ).toBe("2029-10-01");
  });
});

describe("labels", () => {
  it("have a Dutch label for every enum value", () => {
    for (const labels of [VERBLIJFSVERGUNNING_LABELS, DOELGROEP_LABELS, FASE_LABELS, LEEFGEBIED_LABELS]) {
      for (const label of Object.values(labels)) expect(label).toMatch(/\S/);
    }
    expect(Object.keys(FASE_LABELS)).toHaveLength(5);
    expect(Object.keys(LEEFGEBIED_LABELS)).toHaveLength(7);
  });
});

