import { describe, expect, it } from "vitest";
import {
  controleerAfnamedatum,
  controleerScores,
  controleerStreefScore,
  huidigMeetmoment,
  inhoudTekst,
  isZelfdeInhoud,
  kanVastleggen,
  meetmomentenOverzicht,
  meetmomentSchema,
  schemaWijziging,
  vergelijkInhoud,
  type PlanInhoud,
  type SchemaInvoer,
} from "@/lib/plan/rules";
import { meetmomentVastleggenSchema, leesMeetmomentForm } from "@/lib/plan/schema";
import { SCHAAL, SCORES } from "@/lib/plan/schaal";

const denHaag: SchemaInvoer = { brpDatum: "2026-01-15", meetmomentenMaanden: [3, 8, 12], looptijdMaanden: 12, verlengingenMaanden: [] };
const maanden = (i: SchemaInvoer) => meetmomentSchema(i).map((m) => m.maand);

describe("meetmomenten: het schema vanaf de BRP-datum", () => {
  it("begint met een nulmeting op de BRP-datum en volgt de maanden van de gemeente", () => {
    expect(meetmomentSchema(denHaag)).toEqual([
      { maand: 0, datum: "2026-01-15", soort: "NULMETING" },
      { maand: 3, datum: "2026-04-15", soort: "TUSSENMETING" },
      { maand: 8, datum: "2026-09-15", soort: "TUSSENMETING" },
      { maand: 12, datum: "2027-01-15", soort: "TUSSENMETING" },
    ]);
  });

  it("zonder BRP-datum is er geen schema", () => {
    expect(meetmomentSchema({ ...denHaag, brpDatum: null })).toEqual([]);
  });

  it("andere gemeente-instellingen: maanden na het einde van het traject vallen weg, de volgorde klopt", () => {
    expect(maanden({ ...denHaag, meetmomentenMaanden: [12, 6], looptijdMaanden: 6 })).toEqual([0, 6]);
    expect(maanden({ brpDatum: "2026-01-31", meetmomentenMaanden: [1, 36], looptijdMaanden: 36, verlengingenMaanden: [] })).toEqual([0, 1, 36]);
    // 31 januari + 1 maand = 28 februari.
    expect(meetmomentSchema({ brpDatum: "2026-01-31", meetmomentenMaanden: [1], looptijdMaanden: 12, verlengingenMaanden: [] })[1]!.datum).toBe("2026-02-28");
  });

  it("een verlenging verlengt het schema: maanden binnen de nieuwe looptijd tellen mee, plus één aan het nieuwe einde", () => {
    expect(maanden({ ...denHaag, verlengingenMaanden: [6] })).toEqual([0, 3, 8, 12, 18]);
    expect(maanden({ ...denHaag, meetmomentenMaanden: [3, 8, 12, 15], verlengingenMaanden: [6] })).toEqual([0, 3, 8, 12, 15, 18]);
    expect(maanden({ ...denHaag, verlengingenMaanden: [6, 6] })).toEqual([0, 3, 8, 12, 18, 24]);
    expect(meetmomentSchema({ ...denHaag, verlengingenMaanden: [6] }).at(-1)).toEqual({ maand: 18, datum: "2027-07-15", soort: "NA_VERLENGING" });
  });
});

describe("meetmomenten: status en te laat", () => {
  const schema = meetmomentSchema(denHaag);
  const status = (vandaag: string, vastgelegd = [] as Parameters<typeof meetmomentenOverzicht>[1]) =>
    Object.fromEntries(meetmomentenOverzicht(schema, vastgelegd, vandaag).map((r) => [r.maand, r.status]));

  it("de nulmeting is nu te doen, daarna te laat; de rest nog later", () => {
    expect(status("2026-01-20")).toEqual({ 0: "NU", 3: "LATER", 8: "LATER", 12: "LATER" });
    expect(status("2026-01-29")).toMatchObject({ 0: "NU" }); // 14 dagen na de datum: nog op tijd
    expect(status("2026-01-30")).toMatchObject({ 0: "TE_LAAT" });
  });

  it("binnenkort vanaf 14 dagen voor de datum; te laat vanaf 15 dagen erna", () => {
    const nul = [{ maand: 0, geplandOp: "2026-01-15", afgenomenOp: "2026-01-20" }];
    expect(status("2026-03-31", nul)[3]).toBe("LATER");
    expect(status("2026-04-01", nul)[3]).toBe("BINNENKORT");
    expect(status("2026-04-15", nul)[3]).toBe("NU");
    expect(status("2026-04-29", nul)[3]).toBe("NU");
    expect(status("2026-04-30", nul)[3]).toBe("TE_LAAT");
  });

  it("een gemist meetmoment telt niet meer als het volgende er is; de nulmeting blijft staan tot ze gedaan is", () => {
    const nul = [{ maand: 0, geplandOp: "2026-01-15", afgenomenOp: "2026-01-20" }];
    expect(status("2026-09-10", nul)).toEqual({ 0: "GEDAAN", 3: "OVERGESLAGEN", 8: "BINNENKORT", 12: "LATER" });
    // Nothing recorded at all: the nulmeting (the starting point) stays open beside the due one.
    const rijen = meetmomentenOverzicht(schema, [], "2026-04-20");
    expect(rijen.map((r) => r.status)).toEqual(["TE_LAAT", "NU", "LATER", "LATER"]);
    expect(huidigMeetmoment(rijen)?.maand).toBe(0);
  });

  it("een meting vlak voor een volgend meetmoment dekt dat meetmoment", () => {
    // Nulmeting late, 10 days before month 3: month 3 is covered.
    expect(status("2026-04-10", [{ maand: 0, geplandOp: "2026-01-15", afgenomenOp: "2026-04-05" }])[3]).toBe("OVERGESLAGEN");
    expect(status("2026-04-10", [{ maand: 0, geplandOp: "2026-01-15", afgenomenOp: "2026-03-31" }])[3]).toBe("BINNENKORT");
  });

  it("vastleggen kan voor alles behalve wat gedaan is of nog ver weg ligt", () => {
    expect(["GEDAAN", "LATER"].map((s) => kanVastleggen(s as never))).toEqual([false, false]);
    expect(["OVERGESLAGEN", "BINNENKORT", "NU", "TE_LAAT"].map((s) => kanVastleggen(s as never))).toEqual([true, true, true, true]);
  });

  it("een schemawijziging raakt alleen wat nog niet is vastgelegd", () => {
    const nul3 = [
      { maand: 0, geplandOp: "2026-01-15", afgenomenOp: "2026-01-20" },
      { maand: 3, geplandOp: "2026-04-15", afgenomenOp: "2026-04-16" },
    ];
    const nieuw = meetmomentSchema({ ...denHaag, meetmomentenMaanden: [4, 10, 12] });
    const rijen = meetmomentenOverzicht(nieuw, nul3, "2026-05-01");
    // Month 3 stays as it was recorded (with its old planned date); the new month 4 is due soon.
    expect(rijen.map((r) => [r.maand, r.status, r.geplandOp])).toEqual([
      [0, "GEDAAN", "2026-01-15"],
      [3, "GEDAAN", "2026-04-15"],
      [4, "BINNENKORT", "2026-05-15"],
      [10, "LATER", "2026-11-15"],
      [12, "LATER", "2027-01-15"],
    ]);
    const wijziging = schemaWijziging(schema, nieuw, nul3, "2026-05-01");
    expect(wijziging?.voor.map((r) => r.maand)).toEqual([8, 12]);
    expect(wijziging?.na.map((r) => r.maand)).toEqual([4, 10, 12]);
    // A trajectory whose open meetmomenten stay the same is not affected.
    expect(schemaWijziging(schema, meetmomentSchema({ ...denHaag, meetmomentenMaanden: [2, 8, 12] }), nul3, "2026-05-01")).toBeNull();
  });
});

describe("scores", () => {
  it("de schaal heeft per leefgebied vijf eigen beschrijvingen", () => {
    for (const stappen of Object.values(SCHAAL)) {
      expect(SCORES.map((s) => stappen[s].length > 20)).toEqual([true, true, true, true, true]);
      expect(new Set(Object.values(stappen)).size).toBe(5);
    }
  });

  it("scores zijn 1 tot en met 5; de eigen score mag ontbreken maar niet zonder die van de begeleider", () => {
    const lg = ["WONEN", "FINANCIEN_ADMINISTRATIE"] as const;
    expect(controleerScores([{ leefgebied: "WONEN", score: 3 }], lg)).toEqual({});
    expect(controleerScores([{ leefgebied: "WONEN", score: 3, eigenScore: 4 }], lg)).toEqual({});
    expect(controleerScores([{ leefgebied: "WONEN", score: 6 }], lg)).toEqual({ "scores.WONEN.score": "Kies een score van 1 tot en met 5." });
    expect(controleerScores([{ leefgebied: "WONEN", score: 0 }], lg)).toEqual({ "scores.WONEN.score": "Kies een score van 1 tot en met 5." });
    expect(controleerScores([{ leefgebied: "WONEN", score: 2.5 }], lg)).toHaveProperty(["scores.WONEN.score"]);
    expect(controleerScores([{ leefgebied: "WONEN", score: 3, eigenScore: 9 }], lg)).toEqual({ "scores.WONEN.eigenScore": "Kies een score van 1 tot en met 5." });
    expect(controleerScores([{ leefgebied: "FINANCIEN_ADMINISTRATIE", eigenScore: 2 }], lg)).toHaveProperty(["scores.FINANCIEN_ADMINISTRATIE.score"]);
  });

  it("minstens één leefgebied gescoord, en alleen leefgebieden van de gemeente", () => {
    expect(controleerScores([], ["WONEN"])).toEqual({ "scores.WONEN.score": "Geef minstens één leefgebied een score." });
    expect(controleerScores([{ leefgebied: "KINDEREN_SCHOOL", score: 3 }], ["WONEN"])).toHaveProperty(["scores.KINDEREN_SCHOOL.score"]);
  });

  it("de streefscore is leeg of 1 tot en met 5", () => {
    expect(controleerStreefScore(undefined)).toBeNull();
    expect(controleerStreefScore(4)).toBeNull();
    expect(controleerStreefScore(7)).toMatch(/1 tot en met 5/);
  });

  it("het formulier: lege velden zijn 'niet gescoord', tekst of 6 is een fout bij dat veld", () => {
    const fd = new FormData();
    fd.set("inburgeraarId", "x1");
    fd.set("maand", "0");
    fd.set("version", "0");
    fd.set("datum", "2026-02-01");
    fd.set("scores.WONEN.score", "3");
    fd.set("scores.WONEN.eigenScore", "");
    fd.set("scores.ZORG_GEZONDHEID.score", "");
    const ok = meetmomentVastleggenSchema.parse(leesMeetmomentForm(fd));
    expect(ok.scores).toEqual({ WONEN: { score: 3, eigenScore: undefined, toelichting: undefined }, ZORG_GEZONDHEID: { score: undefined, eigenScore: undefined, toelichting: undefined } });
    fd.set("scores.WONEN.score", "6");
    fd.set("scores.ZORG_GEZONDHEID.eigenScore", "veel");
    const fout = meetmomentVastleggenSchema.safeParse(leesMeetmomentForm(fd));
    expect(fout.success).toBe(false);
    expect(fout.error!.issues.map((i) => i.path.join("."))).toEqual(["scores.WONEN.score", "scores.ZORG_GEZONDHEID.eigenScore"]);
  });

  it("de datum van een meetmoment: niet in de toekomst, niet voor de BRP-datum, op volgorde", () => {
    const basis = { maand: 3, brpDatum: "2026-01-15", vandaag: "2026-04-20", anderen: [{ maand: 0, afgenomenOp: "2026-01-20" }] };
    expect(controleerAfnamedatum({ ...basis, datum: "2026-04-20" })).toBeNull();
    expect(controleerAfnamedatum({ ...basis, datum: "2026-04-21" })).toMatch(/toekomst/);
    expect(controleerAfnamedatum({ ...basis, datum: "2026-01-10" })).toMatch(/BRP/);
    expect(controleerAfnamedatum({ ...basis, datum: "2026-01-18" })).toMatch(/nulmeting was op 20 januari 2026/);
    expect(controleerAfnamedatum({ ...basis, maand: 0, datum: "2026-01-18", anderen: [{ maand: 3, afgenomenOp: "2026-01-17" }] })).toMatch(/op of voor/);
  });
});

describe("plan-inhoud en versies", () => {
  const inhoud: PlanInhoud = {
    focus: "FINANCIEN_ADMINISTRATIE",
    leefgebieden: [
      { leefgebied: "WONEN", kanAl: null, hulpNodig: null, streefScore: null, doelen: [] },
      {
        leefgebied: "FINANCIEN_ADMINISTRATIE",
        kanAl: "Opent de post",
        hulpNodig: "Toeslagen",
        streefScore: 4,
        doelen: [
          {
            id: "d1",
            omschrijving: "Zelf de vaste lasten overzien",
            status: "BEZIG",
            streefdatum: "2026-06-01",
            acties: [{ id: "a1", omschrijving: "Vergelijk drie zorgverzekeringen", voor: "INBURGERAAR", organisatie: null, isHuiswerk: true, deadline: null, afgerond: false }],
          },
        ],
      },
    ],
  };

  it("lege leefgebieden en de volgorde van rijen veranderen de inhoud niet", () => {
    const zonderLeeg = { ...inhoud, leefgebieden: [inhoud.leefgebieden[1]!] };
    expect(inhoudTekst(zonderLeeg)).toBe(inhoudTekst(inhoud));
  });

  it("vergelijkt twee versies per leefgebied en ziet wat veranderde", () => {
    const later: PlanInhoud = structuredClone(inhoud);
    later.focus = "WONEN";
    later.leefgebieden[1]!.doelen[0]!.acties[0]!.afgerond = true;
    later.leefgebieden[0]!.kanAl = "Kent de buren";
    const v = vergelijkInhoud(inhoud, later, ["WONEN", "FINANCIEN_ADMINISTRATIE", "ZORG_GEZONDHEID"]);
    expect(v.focusGewijzigd).toBe(true);
    expect(v.rijen.map((r) => [r.leefgebied, r.links === null, r.isGewijzigd])).toEqual([
      ["WONEN", true, true],
      ["FINANCIEN_ADMINISTRATIE", false, true],
    ]);
    expect(vergelijkInhoud(inhoud, structuredClone(inhoud), ["FINANCIEN_ADMINISTRATIE"]).rijen[0]!.isGewijzigd).toBe(false);
  });

  it("voortgang (doel bezig, huiswerk gedaan) is geen nieuw plan; een ander doel of een andere actie wel", () => {
    const voortgang: PlanInhoud = structuredClone(inhoud);
    voortgang.leefgebieden[1]!.doelen[0]!.status = "BEREIKT";
    voortgang.leefgebieden[1]!.doelen[0]!.acties[0]!.afgerond = true;
    expect(isZelfdeInhoud(inhoud, voortgang)).toBe(true);
    // The comparison page still shows the progress.
    expect(vergelijkInhoud(inhoud, voortgang, ["FINANCIEN_ADMINISTRATIE"]).rijen[0]!.isGewijzigd).toBe(true);
    const anders: PlanInhoud = structuredClone(inhoud);
    anders.leefgebieden[1]!.doelen[0]!.acties[0]!.voor = "MAATJE";
    expect(isZelfdeInhoud(inhoud, anders)).toBe(false);
  });
});

describe("het schema lezen zoals de gemeente-instelling", () => {
  it("hele maanden 1–60, gesorteerd en zonder dubbele", async () => {
    const { leesMeetmomentMaanden } = await import("@/lib/plan/rules");
    expect(leesMeetmomentMaanden("12, 3 8;3")).toEqual([3, 8, 12]);
    expect(leesMeetmomentMaanden("")).toBeNull();
    expect(leesMeetmomentMaanden("0, 3")).toBeNull();
    expect(leesMeetmomentMaanden("drie")).toBeNull();
    expect(leesMeetmomentMaanden("61")).toBeNull();
  });
});
