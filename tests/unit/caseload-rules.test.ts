import { describe, expect, it } from "vitest";
import { beoordeel, checklistStand, type CaseloadFeiten } from "@/lib/caseload/rules";
import fc from "fast-check";
import type { ChecklistStatus, Fase } from "@/lib/db/generated/enums";
import { isTeLaat } from "@/lib/opstart/rules";
import { plusDagen } from "@/lib/tijd";

const basis: CaseloadFeiten = {
  fase: "BEGELEIDINGSFASE",
  contactNormDagen: 21,
  laatsteContact: "2026-11-20",
  volgendeAfspraak: new Date("2026-12-02T09:00:00Z"),
  startdatum: "2026-05-01",
  checklist: checklistStand([]),
  meetmoment: null,
  klokken: [],
};

describe("caseload: wat aandacht nodig heeft", () => {
  it("niets bijzonders: geen aandachtspunten", () => {
    const o = beoordeel(basis, "2026-11-29");
    expect(o.dagenSindsContact).toBe(9);
    expect(o.isContactTeLang).toBe(false);
    expect(o.aandacht).toEqual([]);
    expect(o.urgentie).toBe(0);
  });

  it("markeert contact dat langer geleden is dan de norm van de gemeente, niet eerder", () => {
    expect(beoordeel({ ...basis, laatsteContact: "2026-11-08" }, "2026-11-29").isContactTeLang).toBe(false); // 21 dagen
    const o = beoordeel({ ...basis, laatsteContact: "2026-11-07" }, "2026-11-29"); // 22 dagen
    expect(o.isContactTeLang).toBe(true);
    expect(o.aandacht[0]).toMatchObject({ soort: "GEEN_CONTACT", tekst: "22 dagen geen contact (norm: 21)" });
  });

  it("wie nooit gezien is na de norm komt bovenaan; een pas aangemelde persoon nog niet", () => {
    expect(beoordeel({ ...basis, laatsteContact: null, startdatum: "2026-11-01" }, "2026-11-29").aandacht[0]?.soort).toBe("NOOIT_GEZIEN");
    expect(beoordeel({ ...basis, laatsteContact: null, startdatum: "2026-11-20" }, "2026-11-29").aandacht).toEqual([]);
  });

  it("telt te late checklistpunten en de voortgang zonder n.v.t.", () => {
    const o = beoordeel(
      {
        ...basis,
        fase: "OPSTARTFASE",
        checklist: checklistStand([
          { status: "GEREGELD", deadline: "2026-11-01" },
          { status: "OPEN", deadline: "2026-11-28" },
          { status: "BEZIG", deadline: "2026-11-29" },
          { status: "NVT", deadline: "2026-11-01" },
        ]),
      },
      "2026-11-29",
    );
    expect(o.teLaat).toBe(1);
    expect(o.opstart).toEqual({ geregeld: 1, totaal: 3 });
    expect(o.aandacht.map((a) => a.tekst)).toContain("1 checklistpunt te laat");
  });

  it("toont het meetmoment dat de planregels noemen, en markeert het als het te laat is", () => {
    expect(beoordeel(basis, "2026-11-29").meetmomentNodig).toBeNull();
    const binnenkort = beoordeel({ ...basis, meetmoment: { maand: 3, geplandOp: "2026-12-10", status: "BINNENKORT" } }, "2026-11-29");
    expect(binnenkort.aandacht[0]).toMatchObject({ soort: "MEETMOMENT", tekst: "Meetmoment na 3 maanden binnenkort (10 december 2026)" });
    expect(binnenkort.aandacht[0]?.isTeLaat).toBeUndefined();
    const laat = beoordeel({ ...basis, meetmoment: { maand: 0, geplandOp: "2026-11-01", status: "TE_LAAT" } }, "2026-11-29");
    expect(laat.aandacht[0]).toMatchObject({ soort: "MEETMOMENT", tekst: "Nulmeting is te laat (was 1 november 2026)", isTeLaat: true });
    expect(laat.meetmomentNodig?.maand).toBe(0);
    expect(beoordeel({ ...basis, fase: "AFGESLOTEN", meetmoment: { maand: 0, geplandOp: "2026-11-01", status: "TE_LAAT" } }, "2026-11-29").aandacht).toEqual([]);
  });

  it("neemt wettelijke klokken mee en sorteert op gewicht", () => {
    const o = beoordeel(
      {
        ...basis,
        volgendeAfspraak: null,
        klokken: [
          { soort: "EINDDATUM", datum: "2026-12-19", label: "Einddatum over 20 dagen", status: "BINNENKORT" },
          { soort: "TOESLAG_TRAAG", datum: "2026-06-01", label: "Zorgtoeslag: besluit te laat", status: "VERLOPEN" },
          { soort: "ONTZORGEN_EINDE", datum: "2027-03-01", label: "Ontzorgen loopt nog", status: "OK" },
        ],
      },
      "2026-11-29",
    );
    expect(o.aandacht.map((a) => a.soort)).toEqual(["KLOK_VERLOPEN", "KLOK_BINNENKORT", "GEEN_AFSPRAAK"]);
  });

  it("het einde van financieel ontzorgen is een maand lang een aandachtspunt, daarna niet meer", () => {
    const klok = (datum: string) => ({ soort: "ONTZORGEN_EINDE" as const, datum, label: "Ontzorgen afgelopen", status: "VERLOPEN" as const });
    expect(beoordeel({ ...basis, klokken: [klok("2026-11-01")] }, "2026-11-29").aandacht.map((a) => a.soort)).toEqual(["KLOK_VERLOPEN"]);
    expect(beoordeel({ ...basis, klokken: [klok("2026-09-01")] }, "2026-11-29").aandacht).toEqual([]);
  });

  it("afspraken die voorbij zijn maar nooit vastgelegd tellen als aandacht, meer is dringender", () => {
    expect(beoordeel({ ...basis, nietVastgelegd: 0 }, "2026-11-29").aandacht).toEqual([]);
    const een = beoordeel({ ...basis, nietVastgelegd: 1 }, "2026-11-29");
    expect(een.aandacht).toEqual([{ soort: "NIET_VASTGELEGD", tekst: "1 afspraak nog niet vastgelegd", gewicht: 30 }]);
    const twee = beoordeel({ ...basis, nietVastgelegd: 2 }, "2026-11-29");
    expect(twee.aandacht[0]?.tekst).toBe("2 afspraken nog niet vastgelegd");
    expect(twee.urgentie).toBeGreaterThan(een.urgentie);
  });

  it("een afgesloten dossier vraagt geen aandacht", () => {
    const o = beoordeel(
      { ...basis, fase: "AFGESLOTEN", laatsteContact: "2025-01-01", volgendeAfspraak: null, checklist: checklistStand([{ status: "OPEN", deadline: "2025-01-01" }]) },
      "2026-11-29",
    );
    expect(o.aandacht).toEqual([]);
  });

  it("drie keer niet bereikt via de bellijst komt bij de begeleider", () => {
    const o = beoordeel({ ...basis, belNaarBegeleider: true }, "2026-11-29");
    expect(o.aandacht[0]).toMatchObject({ soort: "BELLIJST_NIET_BEREIKT", tekst: "Drie keer niet bereikt via de bellijst" });
  });
});

describe("checklistStand: de samenvatting die lijsten uit SQL lezen", () => {
  it("telt te laat precies zoals isTeLaat per punt, en de voortgang zonder n.v.t.", () => {
    const status = fc.constantFrom<ChecklistStatus>("OPEN", "BEZIG", "GEREGELD", "NVT");
    const dag = fc.integer({ min: -40, max: 40 }).map((n) => plusDagen("2026-11-29", n));
    fc.assert(
      fc.property(fc.array(fc.record({ status, deadline: fc.option(dag, { nil: null }) }), { maxLength: 40 }), fc.constantFrom<Fase>("OPSTARTFASE", "BEGELEIDINGSFASE"), (items, fase) => {
        const o = beoordeel({ ...basis, fase, checklist: checklistStand(items) }, "2026-11-29");
        expect(o.teLaat).toBe(items.filter((i) => isTeLaat(i, "2026-11-29")).length);
        const telt = items.filter((i) => i.status !== "NVT");
        expect(o.opstart).toEqual(items.length ? { geregeld: telt.filter((i) => i.status === "GEREGELD").length, totaal: telt.length } : null);
      }),
      { seed: 20261130 },
    );
  });
});
