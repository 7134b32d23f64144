import { describe, expect, it } from "vitest";
import { blokkerendeRedenen, nietInzetbaarRedenen, normaliseerTalen, vogOordeel } from "@/lib/vrijwilliger/rules";

describe("VOG", () => {
  it("is drie jaar geldig; 60 dagen ervoor komt een waarschuwing", () => {
    expect(vogOordeel(null, "2026-11-29")).toEqual({ status: "GEEN", verlooptOp: null, dagenTotVerlopen: null });
    expect(vogOordeel("2024-01-28", "2026-11-29")).toMatchObject({ status: "VERLOOPT_BINNENKORT", verlooptOp: "2027-01-28", dagenTotVerlopen: 60 });
    expect(vogOordeel("2024-01-29", "2026-11-29")).toMatchObject({ status: "GELDIG", dagenTotVerlopen: 61 });
    expect(vogOordeel("2023-11-30", "2026-11-29")).toMatchObject({ status: "VERLOOPT_BINNENKORT", dagenTotVerlopen: 1 });
    expect(vogOordeel("2023-11-29", "2026-11-29")).toMatchObject({ status: "VERLOPEN", dagenTotVerlopen: 0 });
  });
});

describe("inzetbaarheid", () => {
  const basis = { accountActief: true, status: "ACTIEF" as const, taken: ["MAATJE" as const], vogDatum: "2026-01-01", maxMaatjes: 2, aantalMaatjes: 1 };
  it("actief, geldige VOG, maatjestaak en een plek: inzetbaar", () => {
    expect(nietInzetbaarRedenen(basis, "2026-11-29")).toEqual([]);
  });
  it("vol en uitgeschakeld blokkeren; pauze, stoppen en VOG kunnen met een uitzondering", () => {
    const redenen = nietInzetbaarRedenen({ ...basis, status: "GEPAUZEERD", vogDatum: null, aantalMaatjes: 2, accountActief: false }, "2026-11-29");
    expect(redenen).toEqual(["ACCOUNT_UIT", "GEPAUZEERD", "GEEN_VOG", "VOL"]);
    expect(blokkerendeRedenen(redenen)).toEqual(["ACCOUNT_UIT", "VOL"]);
  });
});

describe("talen", () => {
  it("komma's, spaties en dubbelen netjes, met een hoofdletter", () => {
    expect(normaliseerTalen(["dari, Farsi", " farsi", "", "tigrinya  "])).toEqual(["Dari", "Farsi", "Tigrinya"]);
  });
});
