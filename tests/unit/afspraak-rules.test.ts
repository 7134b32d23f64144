import { describe, expect, it } from "vitest";
import {
  afgerondeTijd,
  agendaWeekStart,
  beginVanZojuist,
  eindVan,
  overlapt,
  overlapWaarschuwing,
  sorteerOpenPunten,
  standaardVolgendTijd,
  controleerLog,
  controleerPlanning,
  isoWeek,
  kanEindgesprekLoggen,
  korteNaam,
  logStandaarden,
  maandagVan,
  maandagVanIsoWeek,
  samenvattingGelogd,
  samenvattingGepland,
  standaardDuur,
  standaardType,
} from "@/lib/afspraak/rules";
import { logAfspraakSchema, planAfspraakSchema } from "@/lib/afspraak/schema";

describe("standaarden voor snel loggen", () => {
  it("geeft een duur per type", () => {
    expect(standaardDuur("TELEFONISCH")).toBe(15);
    expect(standaardDuur("HUISBEZOEK")).toBe(60);
    expect(standaardDuur("REGELDAG")).toBeGreaterThan(standaardDuur("KANTOOR"));
  });

  it("neemt het type van het laatste contact, anders telefonisch", () => {
    expect(standaardType(null)).toBe("TELEFONISCH");
    expect(standaardType("HUISBEZOEK")).toBe("HUISBEZOEK");
  });

  it("rondt de tijd in Amsterdam naar beneden af op 5 minuten, ook rond middernacht en in de zomertijd", () => {
    expect(afgerondeTijd(new Date("2026-01-15T13:07:59Z"))).toBe("14:05");
    expect(afgerondeTijd(new Date("2026-07-15T13:07:00Z"))).toBe("15:05");
    expect(afgerondeTijd(new Date("2026-01-15T22:59:00Z"))).toBe("23:55");
  });

  it("vult vandaag, het begin (nu min de gewone duur), het type, de duur en de tolk in", () => {
    const s = logStandaarden(new Date("2026-03-29T08:12:00Z"), "CHAT");
    // 10:12 in Amsterdam (summer time) minus 10 minutes = 10:02 → 10:00.
    expect(s).toEqual({ datum: "2026-03-29", tijd: "10:00", type: "CHAT", status: "VOND_PLAATS", duurMinuten: 10, metTolk: false, tolkTaal: null });
    // 23:30 UTC on 31 December is already 1 January in Amsterdam; a 15-minute call began at 00:15.
    expect(logStandaarden(new Date("2026-12-31T23:30:00Z"), null)).toMatchObject({ datum: "2027-01-01", tijd: "00:15" });
    expect(logStandaarden(new Date("2026-03-29T08:12:00Z"), "HUISBEZOEK", { nodig: true, taal: "Dari" })).toMatchObject({
      tijd: "09:10",
      duurMinuten: 60,
      metTolk: true,
      tolkTaal: "Dari",
    });
    expect(logStandaarden(new Date(), null, { nodig: false, taal: "Dari" }).tolkTaal).toBeNull();
  });

  it("laat een contact van een uur dat net na middernacht eindigde gisteren beginnen", () => {
    // 00:20 in Amsterdam on 2 January; a home visit of 60 minutes began 23:20 on 1 January.
    expect(beginVanZojuist(new Date("2026-01-01T23:20:00Z"), 60)).toEqual({ datum: "2026-01-01", tijd: "23:20" });
    // Rounded to the nearest 5 minutes.
    expect(beginVanZojuist(new Date("2026-01-15T13:07:29Z"), 15)).toEqual({ datum: "2026-01-15", tijd: "13:50" });
    expect(beginVanZojuist(new Date("2026-01-15T13:08:00Z"), 15)).toEqual({ datum: "2026-01-15", tijd: "13:55" });
  });

  it("plant het volgende contact op dezelfde tijd, of om 10:00 buiten kantoortijd", () => {
    expect(standaardVolgendTijd("14:30")).toBe("14:30");
    expect(standaardVolgendTijd("08:00")).toBe("08:00");
    expect(standaardVolgendTijd("07:55")).toBe("10:00");
    expect(standaardVolgendTijd("21:00")).toBe("10:00");
  });
});

describe("overlap en volgorde", () => {
  const t = (hhmm: string) => new Date(`2026-03-10T${hhmm}:00Z`);
  it("ziet overlap als elk begint voordat de ander eindigt; aansluitend is geen overlap", () => {
    expect(overlapt({ start: t("10:00"), eind: t("11:00") }, { start: t("10:30"), eind: t("11:30") })).toBe(true);
    expect(overlapt({ start: t("10:00"), eind: t("11:00") }, { start: t("10:15"), eind: t("10:45") })).toBe(true);
    expect(overlapt({ start: t("10:00"), eind: t("11:00") }, { start: t("11:00"), eind: t("12:00") })).toBe(false);
    expect(overlapt({ start: t("10:00"), eind: t("11:00") }, { start: t("09:00"), eind: t("10:00") })).toBe(false);
    expect(eindVan(t("10:00"), null, "HUISBEZOEK")).toEqual(t("11:00"));
    expect(eindVan(t("10:00"), 20, "HUISBEZOEK")).toEqual(t("10:20"));
  });

  it("waarschuwt in gewone taal, en zwijgt zonder overlap", () => {
    expect(overlapWaarschuwing([])).toBeNull();
    const w = overlapWaarschuwing([{ start: new Date("2026-03-10T09:00:00Z"), eind: new Date("2026-03-10T10:00:00Z"), type: "HUISBEZOEK", naam: "Amina Fictief" }]);
    expect(w).toBe("Let op: dit valt samen met je huisbezoek met Amina Fictief (10 maart 2026, 10:00–11:00). Verplaats een van beide als dat nodig is.");
  });

  it("zet open punten die te laat zijn eerst, dan op deadline, dan op volgorde", () => {
    const punten = [
      { id: "a", deadline: null, volgorde: 0, isTeLaat: false },
      { id: "b", deadline: "2026-05-01", volgorde: 5, isTeLaat: false },
      { id: "c", deadline: "2026-01-01", volgorde: 9, isTeLaat: true },
      { id: "d", deadline: "2026-04-01", volgorde: 7, isTeLaat: false },
      { id: "e", deadline: null, volgorde: 1, isTeLaat: false },
    ];
    expect(sorteerOpenPunten(punten).map((p) => p.id)).toEqual(["c", "d", "b", "a", "e"]);
  });
});

describe("controles op een gelogd contact", () => {
  const basis = { datum: "2026-03-10", vandaag: "2026-03-10", status: "VOND_PLAATS" as const };

  it("staat vandaag en eerder toe, maar niet de toekomst", () => {
    expect(controleerLog(basis)).toEqual({});
    expect(controleerLog({ ...basis, datum: "2026-02-01" })).toEqual({});
    expect(controleerLog({ ...basis, datum: "2026-03-11" }).datum).toMatch(/al geweest/);
  });

  it("weigert een contact van meer dan twee jaar geleden", () => {
    expect(controleerLog({ ...basis, datum: "2024-03-10" })).toEqual({});
    expect(controleerLog({ ...basis, datum: "2024-03-01" }).datum).toMatch(/twee jaar geleden/);
    expect(controleerLog({ ...basis, datum: "1900-01-01" }).datum).toMatch(/twee jaar geleden/);
  });

  it("weigert een volgend contact vóór dit contact, in het verleden of meer dan twee jaar vooruit", () => {
    expect(controleerLog({ ...basis, volgendContact: "2026-03-09" }).volgendContact).toMatch(/niet vóór/);
    expect(controleerLog({ ...basis, volgendContact: "2026-03-10" })).toEqual({});
    expect(controleerLog({ ...basis, datum: "2026-02-01", volgendContact: "2026-02-08" }).volgendContact).toMatch(/vandaag of later/);
    expect(controleerLog({ ...basis, volgendContact: "2028-06-01" }).volgendContact).toMatch(/twee jaar/);
  });

  it("staat een eindgesprek alleen toe in de afronding en als het plaatsvond", () => {
    expect(kanEindgesprekLoggen("AFRONDING")).toBe(true);
    expect(kanEindgesprekLoggen("BEGELEIDINGSFASE")).toBe(false);
    expect(controleerLog({ ...basis, isEindgesprek: true, fase: "BEGELEIDINGSFASE" }).isEindgesprek).toMatch(/afronding/);
    expect(controleerLog({ ...basis, isEindgesprek: true, fase: "AFRONDING" })).toEqual({});
    expect(controleerLog({ ...basis, status: "NIET_VERSCHENEN", isEindgesprek: true, fase: "AFRONDING" }).isEindgesprek).toBeDefined();
  });

  it("laat alleen afvinken bij een contact dat plaatsvond", () => {
    expect(controleerLog({ ...basis, status: "GEANNULEERD", aantalChecklistItems: 1 }).checklistItemIds).toBeDefined();
  });
});

describe("controles op plannen", () => {
  it("plant vanaf vandaag tot twee jaar vooruit", () => {
    expect(controleerPlanning({ datum: "2026-03-10", vandaag: "2026-03-10" })).toEqual({});
    expect(controleerPlanning({ datum: "2026-03-09", vandaag: "2026-03-10" }).datum).toMatch(/Contact loggen/);
    expect(controleerPlanning({ datum: "2029-01-01", vandaag: "2026-03-10" }).datum).toMatch(/twee jaar/);
  });
});

describe("samenvattingen voor de tijdlijn", () => {
  it("beschrijft een geplande afspraak in Amsterdamse tijd", () => {
    expect(samenvattingGepland("HUISBEZOEK", new Date("2026-03-03T09:00:00Z"))).toBe("Afspraak gepland: huisbezoek op 3 maart 2026 om 10:00");
  });

  it("beschrijft een gelogd contact", () => {
    expect(samenvattingGelogd("HUISBEZOEK", "VOND_PLAATS", 45)).toBe("Huisbezoek gelogd: vond plaats, 45 minuten");
    expect(samenvattingGelogd("TELEFONISCH", "NIET_VERSCHENEN", null)).toBe("Telefonisch gelogd: niet verschenen");
    expect(samenvattingGelogd("KANTOOR", "VOND_PLAATS", 60, true)).toBe("Kantoor gelogd: vond plaats, 60 minuten, eindgesprek");
  });
});

describe("korte naam voor buiten Wegwijs", () => {
  it("geeft voornaam en initiaal van de achternaam, zonder tussenvoegsels", () => {
    expect(korteNaam("Amina", "Haddad")).toBe("Amina H.");
    expect(korteNaam("Jan Pieter", "van der Berg")).toBe("Jan B.");
    expect(korteNaam("Omar", "al-Rashid")).toBe("Omar R.");
    expect(korteNaam("Sara", "")).toBe("Sara");
  });
});

describe("weken in de agenda", () => {
  it("rekent ISO-weken, ook rond de jaarwisseling", () => {
    expect(isoWeek("2026-12-02")).toBe("2026-W49");
    expect(isoWeek("2027-01-01")).toBe("2026-W53");
    expect(isoWeek("2024-12-30")).toBe("2025-W01");
    expect(maandagVanIsoWeek("2026-W49")).toBe("2026-11-30");
    expect(maandagVanIsoWeek("2025-W01")).toBe("2024-12-30");
    expect(maandagVanIsoWeek("2025-W53")).toBeNull();
    expect(maandagVanIsoWeek("onzin")).toBeNull();
    expect(maandagVan("2026-03-29")).toBe("2026-03-23");
  });

  it("kiest de week uit ?week of ?van, anders deze week", () => {
    expect(agendaWeekStart({ week: "2026-W49" }, "2026-03-10")).toBe("2026-11-30");
    expect(agendaWeekStart({ van: "2026-12-03" }, "2026-03-10")).toBe("2026-11-30");
    expect(agendaWeekStart({ van: "2026-02-30" }, "2026-03-10")).toBe("2026-03-09");
    expect(agendaWeekStart({}, "2026-03-10")).toBe("2026-03-09");
  });
});

describe("schema's", () => {
  const plan = { inburgeraarId: "x1", datum: "2026-03-10", tijd: "10:00", type: "HUISBEZOEK", aanvraagSleutel: "sleutel-12345678" };

  it("weigert een onbekend type, lege velden en een te lang verslag met Nederlandse meldingen", () => {
    const r = planAfspraakSchema.safeParse({ ...plan, type: "BIOSCOOP", datum: "", tijd: "25:00" });
    expect(r.success).toBe(false);
    const fouten = r.error!.flatten().fieldErrors;
    expect(fouten.type?.[0]).toBe("Kies wat voor afspraak het is.");
    expect(fouten.datum?.[0]).toBe("Vul een datum in.");
    expect(fouten.tijd?.[0]).toMatch(/uu:mm/);

    const log = logAfspraakSchema.safeParse({ ...plan, status: "VOND_PLAATS", verslag: "a".repeat(2001) });
    expect(log.error!.flatten().fieldErrors.verslag?.[0]).toMatch(/hoogstens 2000 tekens/);
  });

  it("zet formulierwaarden om: vinkjes, lege velden, enkele en meerdere keuzes", () => {
    const r = logAfspraakSchema.parse({
      ...plan,
      status: "VOND_PLAATS",
      duurMinuten: "45",
      leefgebieden: "WONEN",
      checklistItemIds: ["a", "b"],
      volgendContact: "",
      metTolk: "on",
      isEindgesprek: undefined,
    });
    expect(r).toMatchObject({ duurMinuten: 45, leefgebieden: ["WONEN"], checklistItemIds: ["a", "b"], volgendContact: undefined, metTolk: true, isEindgesprek: false });
  });

  it("vraagt een versie bij het loggen van een geplande afspraak", () => {
    const r = logAfspraakSchema.safeParse({ ...plan, status: "VOND_PLAATS", afspraakId: "a1" });
    expect(r.success).toBe(false);
  });
});

describe("samenvattingen in de tijdlijn", () => {
  it("houdt namen als WhatsApp heel en zet gewone woorden met een kleine letter", async () => {
    const { samenvattingGepland } = await import("@/lib/afspraak/rules");
    const start = new Date("2026-03-03T09:00:00Z");
    expect(samenvattingGepland("CHAT", start)).toBe("Afspraak gepland: WhatsApp/chat op 3 maart 2026 om 10:00");
    expect(samenvattingGepland("HUISBEZOEK", start)).toBe("Afspraak gepland: huisbezoek op 3 maart 2026 om 10:00");
  });
});
