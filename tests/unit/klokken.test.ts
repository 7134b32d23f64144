import { describe, expect, it } from "vitest";
import { wettelijkeKlokken } from "@/lib/inburgeraar/klokken";

const leeg = { uitkeringStartDatum: null, einddatum: null, toeslagen: [] };

describe("wettelijkeKlokken", () => {
  it("geeft niets zonder datums", () => {
    expect(wettelijkeKlokken(leeg, "2026-03-01")).toEqual([]);
  });

  it("eindigt financieel ontzorgen zes kalendermaanden na de start van de uitkering", () => {
    const [klok] = wettelijkeKlokken({ ...leeg, uitkeringStartDatum: "2025-08-31" }, "2025-09-01");
    expect(klok).toMatchObject({ soort: "ONTZORGEN_EINDE", datum: "2026-02-28", status: "OK" });
    expect(klok!.label).toContain("28 februari 2026");
  });

  it("is BINNENKORT binnen 30 dagen en VERLOPEN na de datum", () => {
    const input = { ...leeg, uitkeringStartDatum: "2026-01-15" }; // einde 2026-07-15
    expect(wettelijkeKlokken(input, "2026-06-14")[0]!.status).toBe("OK");
    expect(wettelijkeKlokken(input, "2026-06-15")[0]!.status).toBe("BINNENKORT");
    expect(wettelijkeKlokken(input, "2026-07-15")[0]!.status).toBe("BINNENKORT");
    expect(wettelijkeKlokken(input, "2026-07-16")[0]!.status).toBe("VERLOPEN");
  });

  it("maakt het einde van financieel ontzorgen na de nawerking historie, andere klokken niet", () => {
    const input = { ...leeg, uitkeringStartDatum: "2026-01-15", einddatum: "2026-07-15" }; // einde ontzorgen 2026-07-15
    const op = (dag: string, soort: string) => wettelijkeKlokken(input, dag).find((k) => k.soort === soort)!;
    expect(op("2026-08-14", "ONTZORGEN_EINDE")).toMatchObject({ status: "VERLOPEN", isHistorie: false });
    expect(op("2026-08-15", "ONTZORGEN_EINDE")).toMatchObject({ status: "VERLOPEN", isHistorie: true });
    expect(op("2027-01-01", "EINDDATUM")).toMatchObject({ status: "VERLOPEN", isHistorie: false });
  });

  it("toont een toeslag zonder besluit met de behandeltermijn, en niet meer na het besluit", () => {
    const toeslag = { soort: "zorgtoeslag", aangevraagdOp: "2026-01-01", behandeltermijnDagen: 56, besluitOp: null };
    const [klok] = wettelijkeKlokken({ ...leeg, toeslagen: [toeslag] }, "2026-03-01");
    expect(klok).toMatchObject({ soort: "TOESLAG_TRAAG", datum: "2026-02-26", status: "VERLOPEN" });
    expect(klok!.label).toContain("zorgtoeslag");
    expect(wettelijkeKlokken({ ...leeg, toeslagen: [{ ...toeslag, besluitOp: "2026-02-01" }] }, "2026-03-01")).toEqual([]);
  });

  it("toont de einddatum en sorteert op datum", () => {
    const klokken = wettelijkeKlokken(
      {
        uitkeringStartDatum: "2026-01-01",
        einddatum: "2026-04-01",
        toeslagen: [{ soort: "huurtoeslag", aangevraagdOp: "2026-02-01", behandeltermijnDagen: 56, besluitOp: null }],
      },
      "2026-03-15",
    );
    expect(klokken.map((k) => k.soort)).toEqual(["TOESLAG_TRAAG", "EINDDATUM", "ONTZORGEN_EINDE"]);
    expect(klokken.map((k) => k.status)).toEqual(["BINNENKORT", "BINNENKORT", "OK"]);
  });
});
