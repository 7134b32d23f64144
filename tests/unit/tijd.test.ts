import { describe, expect, it } from "vitest";
import { TZDate } from "@date-fns/tz";
import { addDays, addMonths, differenceInCalendarDays } from "date-fns";
import fc from "fast-check";
import { dagenTussen, isKalenderdatum, naarKalenderdatum, plusDagen, plusMaanden } from "@/lib/tijd";

describe("isKalenderdatum", () => {
  it("accepteert echte datums tussen 1800 en 2100", () => {
    for (const d of ["1800-01-01", "2026-02-28", "2028-02-29", "2100-12-31"]) expect(isKalenderdatum(d), d).toBe(true);
  });

  it("weigert datums die niet bestaan of buiten de grenzen vallen", () => {
    for (const d of ["0001-01-01", "1799-12-31", "2101-01-01", "9999-12-31", "2026-02-30", "2026-13-01", "2026-2-3", "", "2026-03-03T00:00"])
      expect(isKalenderdatum(d), d).toBe(false);
  });
});

describe("kalenderrekenen zonder tijdzone van de server", () => {
  const dag = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2090, 11, 31) }).map((ms) => new Date(ms).toISOString().slice(0, 10));

  it("naarKalenderdatum geeft de Amsterdamse datum, ook rond de zomertijdwissel", () => {
    expect(naarKalenderdatum(new Date("2026-03-28T23:30:00Z"))).toBe("2026-03-29"); // 00:30 CET
    expect(naarKalenderdatum(new Date("2026-03-29T21:59:00Z"))).toBe("2026-03-29"); // 23:59 CEST
    expect(naarKalenderdatum(new Date("2026-03-29T22:00:00Z"))).toBe("2026-03-30"); // 00:00 CEST
    expect(naarKalenderdatum(new Date("2026-10-24T22:30:00Z"))).toBe("2026-10-25"); // 00:30 CEST
    expect(naarKalenderdatum(new Date("2026-10-25T22:59:00Z"))).toBe("2026-10-25"); // 23:59 CET
    fc.assert(
      // Minutes around a daylight-saving change too (many in the same UTC hour, so answered from
      // memory and still checked), and before 1970 (not remembered).
      fc.property(fc.oneof(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2090, 11, 31) }), fc.integer({ min: -180, max: 180 }).map((min) => Date.UTC(2027, 2, 28, 1) + min * 60_000)), (ms) => {
        const d = new TZDate(ms, "Europe/Amsterdam");
        const verwacht = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
        expect(naarKalenderdatum(new Date(ms))).toBe(verwacht);
      }),
      { seed: 20261130, numRuns: 2000 },
    );
  });

  // The old code called date-fns on plain Dates, which count in the server's time zone: with
  // TZ=Europe/Amsterdam "1990-01-01" minus 4 months gave "1989-08-31". Run with that TZ to check.
  it("plusDagen, plusMaanden en dagenTussen rekenen in hele kalenderdagen", () => {
    expect(plusDagen("2026-03-28", 1)).toBe("2026-03-29");
    expect(plusDagen("2026-03-29", 1)).toBe("2026-03-30");
    expect(plusDagen("2028-02-28", 1)).toBe("2028-02-29");
    expect(plusMaanden("2026-01-31", 1)).toBe("2026-02-28");
    expect(plusMaanden("2028-01-31", 1)).toBe("2028-02-29");
    expect(plusMaanden("2026-12-15", -12)).toBe("2025-12-15");
    expect(dagenTussen("2026-03-01", "2026-04-01")).toBe(31);
    fc.assert(
      fc.property(dag, fc.integer({ min: -800, max: 800 }), fc.integer({ min: -30, max: 30 }), (d, n, m) => {
        // date-fns on a date in the UTC zone: the reference, whatever time zone this process runs in.
        const utc = (x: string) => new TZDate(`${x}T00:00:00.000Z`, "UTC");
        expect(plusDagen(d, n)).toBe(addDays(utc(d), n).toISOString().slice(0, 10));
        expect(dagenTussen(d, plusDagen(d, n))).toBe(n);
        expect(dagenTussen(d, plusDagen(d, n))).toBe(differenceInCalendarDays(utc(plusDagen(d, n)), utc(d)));
        expect(plusMaanden(d, m)).toBe(addMonths(utc(d), m).toISOString().slice(0, 10));
      }),
      { seed: 20261130, numRuns: 2000 },
    );
  });
});
