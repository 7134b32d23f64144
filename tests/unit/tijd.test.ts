import { afterEach, describe, expect, it } from "vitest";
import { TZDate } from "@date-fns/tz";
import { addDays, addMonths, differenceInCalendarDays } from "date-fns";
import fc from "fast-check";
import { amsterdamNaarInstant, dagenTussen, dateKolomNaarKalenderdatum, isKalenderdatum, naarKalenderdatum, plusDagen, plusMaanden } from "@/lib/tijd";

describe("isKalenderdatum", () => {
  it("accepteert echte datums tussen 1800 en 2100", () => {
    for (const d of ["1800-01-01", "2026-02-28", "2028-02-29", "2100-12-31"]) expect(isKalenderdatum(d), d).toBe(true);
  });

  it("weigert datums die niet bestaan of buiten de grenzen vallen", () => {
    for (const d of ["0001-01-01", "1799-12-31", "2101-01-01", "9999-12-31", "2026-02-30", "2026-13-01", "2026-2-3", "", "2026-03-03T00:00"])
      expect(isKalenderdatum(d), d).toBe(false);
  });
});

/**
 * lib/tijd also runs in the browser (the log form), on a phone in Amsterdam:
 * calendar arithmetic must not depend on the time zone of the machine. Each
 * check runs with the process in UTC, in Amsterdam and in New York.
 */
describe.each(["UTC", "Europe/Amsterdam", "America/New_York"])("rekenen met datums en tijden (TZ=%s)", (tz) => {
  const vorige = process.env.TZ;
  afterEach(() => {
    process.env.TZ = vorige;
  });
  const inTz = () => {
    process.env.TZ = tz;
  };

  it("telt dagen op over een wissel van zomer- en wintertijd heen", () => {
    inTz();
    expect(plusDagen("2023-02-24", 31)).toBe("2023-03-27");
    expect(plusDagen("2026-03-28", 2)).toBe("2026-03-30");
    expect(plusDagen("2026-10-24", 1)).toBe("2026-10-25");
    expect(plusDagen("2026-10-26", -2)).toBe("2026-10-24");
    expect(plusDagen("2026-12-31", 1)).toBe("2027-01-01");
  });

  it("telt maanden op; 31 januari + 1 maand is de laatste dag van februari", () => {
    inTz();
    expect(plusMaanden("2023-01-01", 3)).toBe("2023-04-01");
    expect(plusMaanden("2026-01-31", 1)).toBe("2026-02-28");
    expect(plusMaanden("2028-01-31", 1)).toBe("2028-02-29");
    expect(plusMaanden("2026-03-31", -1)).toBe("2026-02-28");
    expect(plusMaanden("2026-05-15", 18)).toBe("2027-11-15");
  });

  it("telt hele kalenderdagen tussen twee datums, ook over een wissel", () => {
    inTz();
    expect(dagenTussen("2026-03-28", "2026-03-30")).toBe(2);
    expect(dagenTussen("2026-10-30", "2026-10-24")).toBe(-6);
    expect(dagenTussen("2026-01-01", "2027-01-01")).toBe(365);
  });

  it("geeft de Amsterdamse kalenderdatum van een moment, rond middernacht", () => {
    inTz();
    expect(naarKalenderdatum(new Date("2026-03-02T22:59:59Z"))).toBe("2026-03-02");
    expect(naarKalenderdatum(new Date("2026-03-02T23:00:00Z"))).toBe("2026-03-03");
    expect(naarKalenderdatum(new Date("2026-07-01T21:59:00Z"))).toBe("2026-07-01");
    expect(naarKalenderdatum(new Date("2026-07-01T22:00:00Z"))).toBe("2026-07-02");
  });

  it("zet een Amsterdamse kloktijd om naar het juiste moment, ook rond een wissel", () => {
    inTz();
    expect(amsterdamNaarInstant("2026-03-03", "14:30").toISOString()).toBe("2026-03-03T13:30:00.000Z");
    expect(amsterdamNaarInstant("2026-07-01", "14:30").toISOString()).toBe("2026-07-01T12:30:00.000Z");
    expect(amsterdamNaarInstant("2026-03-29", "01:30").toISOString()).toBe("2026-03-29T00:30:00.000Z");
    expect(amsterdamNaarInstant("2026-03-29", "03:30").toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(amsterdamNaarInstant("2026-10-25", "01:30").toISOString()).toBe("2026-10-24T23:30:00.000Z");
    expect(amsterdamNaarInstant("2026-10-25", "03:30").toISOString()).toBe("2026-10-25T02:30:00.000Z");
    // 02:30 does not exist on 29 March: one hour later, 03:30 summer time.
    expect(amsterdamNaarInstant("2026-03-29", "02:30").toISOString()).toBe("2026-03-29T01:30:00.000Z");
    // 02:30 happens twice on 25 October: the second time, in winter time.
    expect(amsterdamNaarInstant("2026-10-25", "02:30").toISOString()).toBe("2026-10-25T01:30:00.000Z");
  });
});

/** Against date-fns (the code before, on a date in the UTC zone) for many random dates; naarKalenderdatum also from its per-hour memory. */
describe("kalenderrekenen, vergeleken met date-fns", () => {
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

  it("dateKolomNaarKalenderdatum geeft de UTC-datum, ook uit het geheugen per dag, en weigert een ongeldige Date", () => {
    fc.assert(
      // Many instants on the same few days (answered from memory and still checked), any time of
      // day, and before 1970.
      fc.property(fc.oneof(fc.integer({ min: Date.UTC(1700, 0, 1), max: Date.UTC(2200, 11, 31) }), fc.integer({ min: -3 * 86_400_000, max: 3 * 86_400_000 })), (ms) => {
        expect(dateKolomNaarKalenderdatum(new Date(ms))).toBe(new Date(ms).toISOString().slice(0, 10));
      }),
      { seed: 20261130, numRuns: 3000 },
    );
    expect(() => dateKolomNaarKalenderdatum(new Date(Number.NaN))).toThrow(RangeError);
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

  // lib/tijd counts on day numbers without a Date (decision 020): the same answers as Date's own
  // calendar over the whole range a date in Wegwijs may have (and beyond), across leap centuries.
  it("rekent over de hele toegestane periode als Date, en weigert een datum die niet bestaat", () => {
    const breed = fc.integer({ min: Date.UTC(1700, 0, 1), max: Date.UTC(2200, 11, 31) }).map((ms) => new Date(ms).toISOString().slice(0, 10));
    const utc = (x: string) => new Date(`${x}T00:00:00.000Z`);
    fc.assert(
      fc.property(breed, fc.integer({ min: -40_000, max: 40_000 }), fc.integer({ min: -1200, max: 1200 }), (d, n, m) => {
        const dagen = utc(d);
        dagen.setUTCDate(dagen.getUTCDate() + n);
        expect(plusDagen(d, n)).toBe(dagen.toISOString().slice(0, 10));
        expect(dagenTussen(d, plusDagen(d, n))).toBe(n);
        expect(plusMaanden(d, m)).toBe(addMonths(new TZDate(`${d}T00:00:00.000Z`, "UTC"), m).toISOString().slice(0, 10));
      }),
      { seed: 20261201, numRuns: 3000 },
    );
    expect(plusDagen("2000-02-28", 1)).toBe("2000-02-29");
    expect(plusDagen("1900-02-28", 1)).toBe("1900-03-01");
    expect(plusMaanden("2100-01-31", 1)).toBe("2100-02-28");
    for (const fout of ["2026-02-30", "2026-13-01", "2026-00-10", "2026-2-3", "gisteren"]) {
      expect(() => plusDagen(fout, 1), fout).toThrow(RangeError);
      expect(() => plusMaanden(fout, 1), fout).toThrow(RangeError);
      expect(() => dagenTussen(fout, "2026-01-01"), fout).toThrow(RangeError);
    }
  });
});
