import { describe, expect, it } from "vitest";
import type { ChecklistStatus } from "@/lib/db/generated/enums";
import {
  CHECKLIST_CATEGORIE_LABELS,
  genereerChecklist,
  heeftKinderen,
  isTeLaat,
  kanOpstartfaseAfsluiten,
  voortgangPerCategorie,
  type TemplateInvoer,
} from "@/lib/opstart/rules";
import {
  checklistTemplatesVoorGemeente,
  NAREIZIGERS_CHECKLIST,
  STANDAARD_CHECKLIST,
  type TemplateDefinitie,
} from "@/lib/opstart/templates";

/** Template definitions as the database would hold them (ids, volgorde). */
function alsInvoer(definities: TemplateDefinitie[]): TemplateInvoer[] {
  return definities.map((t, ti) => ({
    id: `t${ti}`,
    doelgroep: t.doelgroep,
    items: t.items.map((item, i) => ({
      id: `t${ti}-${item.code}`,
      code: item.code,
      titel: item.titel,
      categorieen: item.categorieen,
      verplicht: item.verplicht,
      alleenMetKinderen: item.alleenMetKinderen ?? false,
      deadlineDagenNaBrp: item.deadlineDagenNaBrp ?? null,
      volgorde: (i + 1) * 10,
    })),
  }));
}

const codes = (items: { code: string }[]) => items.map((i) => i.code);
const ZONDER_KINDEREN = [{ relatie: "PARTNER" as const, geboortedatum: "1990-05-01" }];
const MET_KIND = [...ZONDER_KINDEREN, { relatie: "KIND" as const, geboortedatum: "2019-02-11" }];

describe("templates", () => {
  it("have unique codes and at least one category per item", () => {
    for (const lijst of [STANDAARD_CHECKLIST, NAREIZIGERS_CHECKLIST]) {
      expect(new Set(codes([...lijst])).size).toBe(lijst.length);
      for (const item of lijst) {
        expect(item.categorieen.length).toBeGreaterThanOrEqual(1);
        expect(item.code.startsWith(item.categorieen[0]!)).toBe(true);
      }
    }
  });

  it("cover all four categories, and some items sit in two", () => {
    const categorieen = new Set(STANDAARD_CHECKLIST.flatMap((i) => i.categorieen));
    expect([...categorieen].sort()).toEqual(["FIN", "HV", "INS", "VL"]);
    expect(STANDAARD_CHECKLIST.find((i) => i.code === "HV-HUURTOESLAG")?.categorieen).toEqual(["HV", "FIN"]);
  });

  it("have the legal and practical deadlines", () => {
    const deadline = (code: string) => STANDAARD_CHECKLIST.find((i) => i.code === code)?.deadlineDagenNaBrp;
    expect(deadline("FIN-ZORGVERZEKERING")).toBe(120);
    expect(deadline("INS-BRP")).toBe(5);
    expect(deadline("INS-HUISARTS")).toBe(30);
  });

  it("offer the voedselbank only in Tholen, Roermond and Woerden", () => {
    const heeftVoedselbank = (gemeente: string) =>
      checklistTemplatesVoorGemeente(gemeente)[0]!.items.some((i) => i.code === "INS-VOEDSELBANK");
    for (const gemeente of ["Tholen", "Roermond", "Woerden"]) expect(heeftVoedselbank(gemeente), gemeente).toBe(true);
    for (const gemeente of ["Den Haag", "Groningen", "Heerenveen", "Rotterdam", "Alkmaar"]) {
      expect(heeftVoedselbank(gemeente), gemeente).toBe(false);
    }
  });

  it("give Groningen its koppeling items and Zaffier's gemeenten the Nibud course", () => {
    const groningen = codes(checklistTemplatesVoorGemeente("Groningen")[0]!.items);
    expect(groningen).toContain("HV-WONING-ZOEKEN");
    expect(groningen).toContain("FIN-EUROCOACH");
    for (const gemeente of ["Alkmaar", "Bergen", "Castricum", "Dijk en Waard", "Heiloo", "Uitgeest"]) {
      expect(codes(checklistTemplatesVoorGemeente(gemeente)[0]!.items)).toContain("VL-BUDGETCURSUS");
    }
  });

  it("give Heerenveen a separate nareizigers list", () => {
    const templates = checklistTemplatesVoorGemeente("Heerenveen");
    expect(templates.map((t) => t.doelgroep)).toEqual([null, "NAREIZIGER"]);
    expect(checklistTemplatesVoorGemeente("Tholen").map((t) => t.doelgroep)).toEqual([null]);
  });
});

describe("genereerChecklist", () => {
  const heerenveen = alsInvoer(checklistTemplatesVoorGemeente("Heerenveen"));
  const tholen = alsInvoer(checklistTemplatesVoorGemeente("Tholen"));

  it("uses the gemeente's standard list", () => {
    const items = genereerChecklist({ templates: tholen, doelgroepen: [], huishouden: MET_KIND, brpInschrijvingDatum: "2026-03-02" });
    expect(codes(items)).toContain("INS-VOEDSELBANK");
    expect(codes(items)).toContain("FIN-INKOMENSCONSULENT");
    expect(items.every((i) => i.templateItemId.startsWith("t0-"))).toBe(true);
    // Sorted by volgorde.
    expect(items.map((i) => i.volgorde)).toEqual([...items.map((i) => i.volgorde)].sort((a, b) => a - b));
  });

  it("uses the nareizigers list for a nareiziger", () => {
    const items = genereerChecklist({
      templates: heerenveen,
      doelgroepen: ["NAREIZIGER"],
      huishouden: MET_KIND,
      brpInschrijvingDatum: "2026-03-02",
    });
    expect(codes(items)).toEqual(NAREIZIGERS_CHECKLIST.map((i) => i.code));
    expect(items.every((i) => i.templateItemId.startsWith("t1-"))).toBe(true);
  });

  it("falls back to the standard list when the gemeente has no list for the doelgroep", () => {
    const items = genereerChecklist({ templates: tholen, doelgroepen: ["NAREIZIGER"], huishouden: [], brpInschrijvingDatum: null });
    expect(codes(items)).toContain("HV-HUURCONTRACT");
  });

  it("skips child-only items for a household without children", () => {
    const zonder = codes(genereerChecklist({ templates: tholen, doelgroepen: [], huishouden: ZONDER_KINDEREN, brpInschrijvingDatum: "2026-03-02" }));
    const met = codes(genereerChecklist({ templates: tholen, doelgroepen: [], huishouden: MET_KIND, brpInschrijvingDatum: "2026-03-02" }));
    for (const code of ["INS-SCHOOL", "FIN-KINDERBIJSLAG", "VL-ONDERWIJS"]) {
      expect(zonder).not.toContain(code);
      expect(met).toContain(code);
    }
    expect(met.length - zonder.length).toBe(STANDAARD_CHECKLIST.filter((i) => i.alleenMetKinderen).length);
  });

  it("counts anyone under 18 on the BRP date as a child, whatever the relatie", () => {
    const broer = [{ relatie: "BROER_ZUS" as const, geboortedatum: "2008-03-03" }];
    expect(heeftKinderen(broer, "2026-03-02")).toBe(true); // turns 18 the day after
    expect(heeftKinderen(broer, "2026-03-03")).toBe(false); // 18 today
    expect(heeftKinderen([{ relatie: "KIND", geboortedatum: null }], null)).toBe(true);
    expect(heeftKinderen([{ relatie: "OUDER", geboortedatum: null }], "2026-03-02")).toBe(false);
    const items = genereerChecklist({ templates: tholen, doelgroepen: [], huishouden: broer, brpInschrijvingDatum: "2026-03-02" });
    expect(codes(items)).toContain("INS-SCHOOL");
  });

  it("computes deadlines as calendar dates after the BRP date", () => {
    const items = genereerChecklist({ templates: tholen, doelgroepen: [], huishouden: [], brpInschrijvingDatum: "2026-03-02" });
    const deadline = (code: string) => items.find((i) => i.code === code)?.deadline;
    expect(deadline("INS-BRP")).toBe("2026-03-07");
    expect(deadline("INS-HUISARTS")).toBe("2026-04-01");
    expect(deadline("FIN-ZORGVERZEKERING")).toBe("2026-06-30");
    expect(deadline("VL-POST")).toBeNull();
  });

  it("crosses the daylight-saving change and year end without an off-by-one", () => {
    const items = genereerChecklist({ templates: tholen, doelgroepen: [], huishouden: [], brpInschrijvingDatum: "2026-03-27" });
    expect(items.find((i) => i.code === "INS-BRP")?.deadline).toBe("2026-04-01");
    const winter = genereerChecklist({ templates: tholen, doelgroepen: [], huishouden: [], brpInschrijvingDatum: new Date("2026-12-20T00:00:00Z") });
    expect(winter.find((i) => i.code === "INS-HUISARTS")?.deadline).toBe("2027-01-19");
  });

  it("has no deadlines without a BRP date", () => {
    const items = genereerChecklist({ templates: tholen, doelgroepen: [], huishouden: [], brpInschrijvingDatum: null });
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.deadline === null)).toBe(true);
  });

  it("leaves out inactive template items and returns nothing without a template", () => {
    const templates = alsInvoer(checklistTemplatesVoorGemeente("Tholen"));
    templates[0]!.items[0]!.actief = false;
    const items = genereerChecklist({ templates, doelgroepen: [], huishouden: [], brpInschrijvingDatum: null });
    expect(codes(items)).not.toContain(templates[0]!.items[0]!.code);
    expect(genereerChecklist({ templates: [], doelgroepen: [], huishouden: [], brpInschrijvingDatum: null })).toEqual([]);
  });
});

describe("voortgang, te laat, afsluiten", () => {
  const item = (code: string, categorieen: ("HV" | "FIN" | "INS" | "VL")[], status: ChecklistStatus, verplicht = true) => ({
    code,
    categorieen,
    status,
    verplicht,
  });
  const items = [
    item("HV-HUURCONTRACT", ["HV"], "GEREGELD"),
    item("HV-HUURTOESLAG", ["HV", "FIN"], "BEZIG"),
    item("FIN-ZORGVERZEKERING", ["FIN"], "GEREGELD"),
    item("FIN-INBOEDEL", ["FIN", "HV"], "NVT", false),
    item("INS-TANDARTS", ["INS"], "OPEN", false),
    item("VL-POST", ["VL"], "GEREGELD"),
  ];

  it("counts per category, without n.v.t., an item in two categories in both", () => {
    expect(voortgangPerCategorie(items)).toEqual({
      HV: { totaal: 2, geregeld: 1 },
      FIN: { totaal: 2, geregeld: 1 },
      INS: { totaal: 1, geregeld: 0 },
      VL: { totaal: 1, geregeld: 1 },
    });
    expect(voortgangPerCategorie([])).toEqual({
      HV: { totaal: 0, geregeld: 0 },
      FIN: { totaal: 0, geregeld: 0 },
      INS: { totaal: 0, geregeld: 0 },
      VL: { totaal: 0, geregeld: 0 },
    });
  });

  it("is late only after the deadline day, and never when geregeld or n.v.t.", () => {
    expect(isTeLaat({ deadline: "2026-04-01", status: "OPEN" }, "2026-04-01")).toBe(false);
    expect(isTeLaat({ deadline: "2026-04-01", status: "OPEN" }, "2026-04-02")).toBe(true);
    expect(isTeLaat({ deadline: "2026-04-01", status: "BEZIG" }, "2026-05-01")).toBe(true);
    expect(isTeLaat({ deadline: "2026-04-01", status: "GEREGELD" }, "2026-05-01")).toBe(false);
    expect(isTeLaat({ deadline: "2026-04-01", status: "NVT" }, "2026-05-01")).toBe(false);
    expect(isTeLaat({ deadline: null, status: "OPEN" }, "2030-01-01")).toBe(false);
    expect(isTeLaat({ deadline: new Date("2026-04-01T00:00:00Z"), status: "OPEN" }, "2026-04-02")).toBe(true);
  });

  it("may close the opstartfase only when every verplicht item is geregeld or n.v.t.", () => {
    const resultaat = kanOpstartfaseAfsluiten(items);
    expect(resultaat.kan).toBe(false);
    expect(codes(resultaat.open)).toEqual(["HV-HUURTOESLAG"]); // the open tandarts is optional
    const klaar = items.map((i) => (i.code === "HV-HUURTOESLAG" ? { ...i, status: "NVT" as const } : i));
    expect(kanOpstartfaseAfsluiten(klaar)).toEqual({ kan: true, open: [] });
  });

  it("labels the categories in Dutch", () => {
    expect(CHECKLIST_CATEGORIE_LABELS).toEqual({ HV: "Huisvesting", FIN: "Financiën", INS: "Inschrijvingen", VL: "Voorlichting" });
  });
});
