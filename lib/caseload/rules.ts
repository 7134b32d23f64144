import type { ChecklistStatus, Fase } from "@/lib/db/generated/enums";
import { ONTZORGEN_NAWERKING_DAGEN, type Klok } from "@/lib/inburgeraar/klokken";
import { meetmomentAandachtTekst, type MeetmomentRij } from "@/lib/plan/rules";
import { opTeVolgen, opvolgTekst, type OpenDoorverwijzing } from "@/lib/doorverwijzing/rules";
import { dagenTussen, formatKalenderdatum, type Kalenderdatum } from "@/lib/tijd";

/**
 * What needs attention in a caseload, and in which order. Pure: the query
 * gathers the facts, these rules judge them.
 */
export type AandachtSoort =
  | "GEEN_CONTACT"
  | "NOOIT_GEZIEN"
  | "TE_LAAT_CHECKLIST"
  | "MEETMOMENT"
  | "KLOK_VERLOPEN"
  | "KLOK_BINNENKORT"
  | "NIET_VASTGELEGD"
  | "GEEN_AFSPRAAK"
  | "BELLIJST_NIET_BEREIKT"
  | "DOORVERWIJZING_OPEN"
  | "OVERLEG_ACTIE";

export interface Aandachtspunt {
  soort: AandachtSoort;
  tekst: string;
  /** Higher first. */
  gewicht: number;
  /** Past its date: shown as late, not just as a reminder. */
  isTeLaat?: boolean;
}

export interface CaseloadFeiten {
  fase: Fase;
  contactNormDagen: number;
  laatsteContact: Kalenderdatum | null;
  volgendeAfspraak: Date | null;
  /** Start of the guidance: the BRP date, or the registration date when unknown. */
  startdatum: Kalenderdatum | null;
  checklist: ChecklistStand;
  /** The meetmoment to do now (lib/plan/rules huidigMeetmoment), or null; null too for users who do not record them. */
  meetmoment: Pick<MeetmomentRij, "maand" | "geplandOp" | "status"> | null;
  klokken: Pick<Klok, "soort" | "datum" | "label" | "status">[];
  /** My planned afspraken with this person whose time has passed and that were never logged. */
  nietVastgelegd?: number;
  /** Raised from the bellijst: three calls in a row not reached, no contact since (lib/bellijst/rules). */
  belNaarBegeleider?: boolean;
  /** Doorverwijzingen without outcome (lib/doorverwijzing/rules decides from when they need a follow-up). */
  doorverwijzingen?: OpenDoorverwijzing[];
  /** My open actions from a casuïstiekoverleg about this person. */
  overlegActies?: { omschrijving: string; deadline: Kalenderdatum }[];
}

/**
 * What the rules need from a person's checklist: counts, and the deadlines of the items still open
 * (OPEN or BEZIG). Lists read the counts with one SQL aggregate and the deadlines from the stored
 * "openDeadlines" (decision 016), instead of loading every item of every person on the page.
 */
export interface ChecklistStand {
  aantal: number;
  geregeld: number;
  nvt: number;
  openDeadlines: readonly Kalenderdatum[];
}

/** The stand of a list of items (the same thing the database keeps, for callers that hold the items). */
export function checklistStand(items: readonly { status: ChecklistStatus; deadline: Kalenderdatum | null }[]): ChecklistStand {
  return {
    aantal: items.length,
    geregeld: items.filter((i) => i.status === "GEREGELD").length,
    nvt: items.filter((i) => i.status === "NVT").length,
    openDeadlines: items
      .filter((i) => i.deadline !== null && i.status !== "GEREGELD" && i.status !== "NVT")
      .map((i) => i.deadline!)
      .sort(),
  };
}

/** Defined next to the klokken (lib/inburgeraar/klokken.ts); re-exported for existing imports. */
export { ONTZORGEN_NAWERKING_DAGEN };


export interface CaseloadOordeel {
  dagenSindsContact: number | null;
  isContactTeLang: boolean;
  opstart: { geregeld: number; totaal: number } | null;
  teLaat: number;
  meetmomentNodig: Pick<MeetmomentRij, "maand" | "geplandOp" | "status"> | null;
  aandacht: Aandachtspunt[];
  /** Sum of weights, for sorting "needs attention first". */
  urgentie: number;
}

/**
 * The weights of the attention points that hold for everyone who sees a person.
 * The database function "wegwijs_aandachtsscore" (lib/caseload/stand.ts) sorts whole
 * organisations by the same weights; tests/integration/aandacht-stand.test.ts holds them equal.
 */
export const GEWICHT = {
  geenContact: 40,
  geenContactMaxExtra: 40,
  nooitGezien: 60,
  teLaat: 30,
  teLaatPerPunt: 5,
  nietVastgelegd: 25,
  nietVastgelegdPerAfspraak: 5,
  geenAfspraak: 10,
} as const;

const ACTIEF: readonly Fase[] = ["AANGEMELD", "OPSTARTFASE", "BEGELEIDINGSFASE", "AFRONDING"];

export function beoordeel(f: CaseloadFeiten, vandaag: Kalenderdatum): CaseloadOordeel {
  const isActief = ACTIEF.includes(f.fase);
  const dagenSindsContact = f.laatsteContact ? dagenTussen(f.laatsteContact, vandaag) : null;
  const isContactTeLang = isActief && dagenSindsContact !== null && dagenSindsContact > f.contactNormDagen;
  const opstart = f.checklist.aantal > 0 ? { geregeld: f.checklist.geregeld, totaal: f.checklist.aantal - f.checklist.nvt } : null;
  // An open deadline before today is late (the deadline day itself is still on time: lib/opstart/rules isTeLaat).
  const teLaat = isActief ? f.checklist.openDeadlines.filter((d) => d < vandaag).length : 0;
  // The plan rules decide which meetmoment is due (binnenkort, nu, te laat).
  const meetmomentNodig = isActief ? f.meetmoment : null;

  const aandacht: Aandachtspunt[] = [];
  if (isActief) {
    if (isContactTeLang) {
      aandacht.push({
        soort: "GEEN_CONTACT",
        tekst: `${dagenSindsContact} dagen geen contact (norm: ${f.contactNormDagen})`,
        gewicht: GEWICHT.geenContact + Math.min(GEWICHT.geenContactMaxExtra, dagenSindsContact! - f.contactNormDagen),
      });
    } else if (dagenSindsContact === null && f.startdatum && dagenTussen(f.startdatum, vandaag) > f.contactNormDagen) {
      aandacht.push({ soort: "NOOIT_GEZIEN", tekst: "Nog geen contact gelogd", gewicht: GEWICHT.nooitGezien });
    }
    if (teLaat > 0) {
      aandacht.push({ soort: "TE_LAAT_CHECKLIST", tekst: `${teLaat} ${teLaat === 1 ? "checklistpunt" : "checklistpunten"} te laat`, gewicht: GEWICHT.teLaat + teLaat * GEWICHT.teLaatPerPunt });
    }
    if (meetmomentNodig) {
      const isVerlopen = meetmomentNodig.status === "TE_LAAT";
      aandacht.push({
        soort: "MEETMOMENT",
        tekst: meetmomentAandachtTekst(meetmomentNodig),
        gewicht: isVerlopen ? 35 : meetmomentNodig.status === "NU" ? 25 : 15,
        ...(isVerlopen ? { isTeLaat: true } : {}),
      });
    }
    for (const klok of f.klokken) {
      const isHistorie = klok.soort === "ONTZORGEN_EINDE" && dagenTussen(klok.datum, vandaag) > ONTZORGEN_NAWERKING_DAGEN;
      if (klok.status === "VERLOPEN" && !isHistorie) aandacht.push({ soort: "KLOK_VERLOPEN", tekst: klok.label, gewicht: 30 });
      if (klok.status === "BINNENKORT") aandacht.push({ soort: "KLOK_BINNENKORT", tekst: klok.label, gewicht: 20 });
    }
    const nietVastgelegd = f.nietVastgelegd ?? 0;
    if (nietVastgelegd > 0) {
      aandacht.push({
        soort: "NIET_VASTGELEGD",
        tekst: `${nietVastgelegd} ${nietVastgelegd === 1 ? "afspraak" : "afspraken"} nog niet vastgelegd`,
        gewicht: GEWICHT.nietVastgelegd + nietVastgelegd * GEWICHT.nietVastgelegdPerAfspraak,
      });
    }
    if (f.belNaarBegeleider) {
      aandacht.push({ soort: "BELLIJST_NIET_BEREIKT", tekst: "Drie keer niet bereikt via de bellijst", gewicht: 45 });
    }
    for (const d of opTeVolgen(f.doorverwijzingen ?? [], vandaag)) {
      aandacht.push({ soort: "DOORVERWIJZING_OPEN", tekst: opvolgTekst(d, vandaag), gewicht: 20 });
    }
    for (const a of f.overlegActies ?? []) {
      const isVerlopen = a.deadline < vandaag;
      aandacht.push({
        soort: "OVERLEG_ACTIE",
        tekst: `Actie uit casuïstiekoverleg: ${a.omschrijving} (${isVerlopen ? "was klaar vóór" : "klaar vóór"} ${formatKalenderdatum(a.deadline)})`,
        gewicht: isVerlopen ? 35 : 20,
        ...(isVerlopen ? { isTeLaat: true } : {}),
      });
    }
    if (!f.volgendeAfspraak && f.fase !== "AANGEMELD") {
      aandacht.push({ soort: "GEEN_AFSPRAAK", tekst: "Geen volgende afspraak gepland", gewicht: GEWICHT.geenAfspraak });
    }
  }
  aandacht.sort((a, b) => b.gewicht - a.gewicht);
  return {
    dagenSindsContact,
    isContactTeLang,
    opstart,
    teLaat,
    meetmomentNodig,
    aandacht,
    urgentie: aandacht.reduce((n, a) => n + a.gewicht, 0),
  };
}
