import { describe, expect, it } from "vitest";
import { teamKaarten } from "@/components/team/team-weergave";
import { voortgangKaarten } from "@/components/voortgang/voortgang-weergave";
import type { Kalenderdatum } from "@/lib/tijd";
import type { VoortgangRij } from "@/lib/voortgang/queries";

const kd = (s: string) => s as Kalenderdatum;

/** A Voortgang row with every part shared, as lib/voortgang/queries.ts builds it. */
function rij(over: Partial<VoortgangRij> = {}): VoortgangRij {
  return {
    id: "i1",
    naam: "Testa Persoon",
    gemeente: "Den Haag",
    fase: "BEGELEIDINGSFASE",
    inburgering: { brp: kd("2026-03-02"), bredeIntake: null, pip: null, startLeerroute: null, eersteLes: null },
    traject: { zichtbaar: true, data: { fase: "BEGELEIDINGSFASE", faseSinds: kd("2026-05-01"), start: kd("2026-03-02"), einddatum: kd("2027-03-02"), opstartEinde: null, opstartBegonnen: true, begeleiders: ["Bea Geleider"] } },
    afspraken: { zichtbaar: true, data: { laatsteContact: kd("2026-11-03"), aantal: 4, minuten: 180, perMaand: 1.3, volgendeAfspraak: null } },
    checklist: { zichtbaar: true, data: { klaar: 12, totaal: 20, procent: 60, openPunten: ["Zorgverzekering"] } },
    plan: {
      zichtbaar: true,
      data: {
        focus: null,
        scores: [
          { leefgebied: "WONEN", score: 3, vorige: 2, verschil: 1, op: kd("2026-10-01") },
          { leefgebied: "FINANCIEN_ADMINISTRATIE", score: 2, vorige: 3, verschil: -1, op: kd("2026-10-01") },
          { leefgebied: "PARTICIPATIE", score: 4, vorige: null, verschil: null, op: kd("2026-10-01") },
        ],
        openDoelen: [{ leefgebied: "WONEN", omschrijving: "Een geheim doel" }],
      },
    },
    signalen: { zichtbaar: true, data: { open: [{ categorie: "HUISELIJK_GEWELD", ernst: "HOOG", sinds: kd("2026-11-01") }] } },
    tijdigeStart: { status: "op-tijd", overlapDagen: 24, gatDagen: null, bredeIntakeTeLaat: true, bredeIntakeWachtDagen: 97 },
    tijdigeStartVolledig: true,
    heeftRapportage: true,
    ...over,
  } as VoortgangRij;
}

describe("voortgangKaarten: what the consulent's list shows, formatted on the server", () => {
  it("gives every shared part as text", () => {
    const [k] = voortgangKaarten([rij()]);
    expect(k).toEqual({
      id: "i1",
      naam: "Testa Persoon",
      fase: "BEGELEIDINGSFASE",
      gemeente: "Den Haag",
      heeftRapportage: true,
      begeleiding: "2 maart 2026 tot 2 maart 2027",
      contact: "laatst 3 november 2026, 1,3× per maand",
      opstart: "12 van 20 geregeld",
      scores: [
        ["Wonen", 3, 1],
        ["Financiën", 2, -1],
        ["Participatie", 4, 0],
      ],
      signalen: 1,
      tijdigeStart: "Op tijd: inburgering en opstartfase liepen 24 dagen samen op.",
      intakeTeLaat: "Brede intake wacht al 97 dagen",
    });
  });

  it("is null for every part the inburgeraar did not share, and carries no signal category, goal or begeleider", () => {
    const [k] = voortgangKaarten([
      rij({
        traject: { zichtbaar: false },
        afspraken: { zichtbaar: false },
        checklist: { zichtbaar: false },
        plan: { zichtbaar: false },
        signalen: { zichtbaar: false },
        tijdigeStartVolledig: false,
      }),
    ]);
    expect(k).toMatchObject({ begeleiding: null, contact: null, opstart: null, scores: null, signalen: null, tijdigeStart: null });
    const [gedeeld] = voortgangKaarten([rij()]);
    for (const geheim of ["HUISELIJK_GEWELD", "HOOG", "Een geheim doel", "Bea Geleider", "Zorgverzekering"]) {
      expect(JSON.stringify(gedeeld)).not.toContain(geheim);
    }
  });

  it("says what stands there when a shared part is empty", () => {
    const [k] = voortgangKaarten([
      rij({
        traject: { zichtbaar: true, data: null },
        afspraken: { zichtbaar: true, data: { laatsteContact: null, aantal: 0, minuten: 0, perMaand: 0, volgendeAfspraak: null } },
        checklist: { zichtbaar: true, data: null },
        plan: { zichtbaar: true, data: null },
        signalen: { zichtbaar: true, data: { open: [] } },
        tijdigeStart: { status: "nog-open", overlapDagen: null, gatDagen: null, bredeIntakeTeLaat: false, bredeIntakeWachtDagen: null },
      }),
    ]);
    expect(k).toMatchObject({ begeleiding: "—", contact: "nog geen contact", opstart: "nog geen checklist", scores: "nog geen plan", signalen: 0, intakeTeLaat: null });
  });
});

describe("teamKaarten: what the teamleider's list shows", () => {
  it("keeps name, fase, gemeente, who guides and the attention texts, nothing else", () => {
    const k = teamKaarten([
      {
        id: "i2",
        naam: "Testa Persoon",
        fase: "OPSTARTFASE",
        gemeente: "Den Haag",
        begeleider: "Bea Geleider",
        maatje: null,
        dagenSindsContact: 12,
        aandacht: [{ soort: "GEEN_CONTACT", tekst: "Geen volgende afspraak gepland", gewicht: 3 }],
      } as Parameters<typeof teamKaarten>[0][number],
    ]);
    expect(k).toEqual([{ id: "i2", naam: "Testa Persoon", fase: "OPSTARTFASE", gemeente: "Den Haag", begeleider: "Bea Geleider", maatje: null, aandacht: ["Geen volgende afspraak gepland"] }]);
  });
});
