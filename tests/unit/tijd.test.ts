import { describe, expect, it } from "vitest";
import { isKalenderdatum } from "@/lib/tijd";

describe("isKalenderdatum", () => {
  it("accepteert echte datums tussen 1800 en 2100", () => {
    for (const d of ["1800-01-01", "2026-02-28", "2028-02-29", "2100-12-31"]) expect(isKalenderdatum(d), d).toBe(true);
  });

  it("weigert datums die niet bestaan of buiten de grenzen vallen", () => {
    for (const d of ["0001-01-01", "1799-12-31", "2101-01-01", "9999-12-31", "2026-02-30", "2026-13-01", "2026-2-3", "", "2026-03-03T00:00"])
      expect(isKalenderdatum(d), d).toBe(false);
  });
});
