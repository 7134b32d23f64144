import type { ActieVoor, DoelStatus, Fase, Leefgebied } from "@/lib/db/generated/enums";
import { formatKalenderdatum, plusDagen, plusMaanden, type Kalenderdatum } from "@/lib/tijd";
import { SCORES, type Score } from "./schaal";

/**
 * The rules of the begeleidingsplan, pure (no I/O): the meetmoment schedule
 * and its statuses, score checks, and the plan's content for agreed versions.
 */

// ───────────────────────── meetmoment schedule ─────────────────────────

/**
 * A meetmoment is on time from this many days before its date until this many
 * days after it; "binnenkort" in the caseload from the same margin before.
 */
export const MEETMOMENT_MARGE_DAGEN = 14;

/** Phases in which meetmomenten are due (before the opstartfase there is no plan; afterwards it is closed). */
const FASEN_MET_MEETMOMENTEN: readonly Fase[] = ["OPSTARTFASE", "BEGELEIDINGSFASE", "AFRONDING"];

export function heeftMeetmomenten(fase: Fase): boolean {
  return FASEN_MET_MEETMOMENTEN.includes(fase);
}

export interface SchemaInvoer {
  /** Start of the trajectory (art. 13 lid 3); without it there is no schedule. */
  brpDatum: Kalenderdatum | null;
  /** The gemeente's setting: months after the BRP date (1–60). */
  meetmomentenMaanden: readonly number[];
  looptijdMaanden: number;
  /** Granted verlengingen, in months, in the order they were granted. */
  verlengingenMaanden: readonly number[];
}

export type MeetmomentSoort = "NULMETING" | "TUSSENMETING" | "NA_VERLENGING";

export interface GeplandMeetmoment {
  maand: number;
  datum: Kalenderdatum;
  soort: MeetmomentSoort;
}

/**
 * The schedule: a nulmeting at the BRP date (the starting point every plan
 * needs), then the gemeente's months as long as the trajectory runs, and after
 * each granted verlenging one more meetmoment at the new end.
 */
export function meetmomentSchema(invoer: SchemaInvoer): GeplandMeetmoment[] {
  if (!invoer.brpDatum) return [];
  const looptijd = invoer.looptijdMaanden;
  let einde = looptijd;
  const naVerlenging = new Set<number>();
  for (const m of invoer.verlengingenMaanden) {
    if (m <= 0) continue;
    einde += m;
    naVerlenging.add(einde);
  }
  const maanden = new Map<number, MeetmomentSoort>([[0, "NULMETING"]]);
  for (const m of invoer.meetmomentenMaanden) if (Number.isInteger(m) && m > 0 && m <= einde) maanden.set(m, "TUSSENMETING");
  for (const m of naVerlenging) if (!maanden.has(m)) maanden.set(m, "NA_VERLENGING");
  return [...maanden.entries()]
    .sort(([a], [b]) => a - b)
    .map(([maand, soort]) => ({ maand, soort, datum: plusMaanden(invoer.brpDatum!, maand) }));
}

export type MeetmomentStatus =
  /** Recorded. */
  | "GEDAAN"
  /** Not needed any more: a recording close to or after its date covers it, or a later one is due. */
  | "OVERGESLAGEN"
  /** More than the margin ahead. */
  | "LATER"
  /** Within the margin before its date. */
  | "BINNENKORT"
  /** From its date until the margin after it. */
  | "NU"
  /** Past the margin. */
  | "TE_LAAT";

export interface VastgelegdMeetmoment {
  maand: number;
  /** The date the schedule gave when it was recorded (kept when the schedule changes). */
  geplandOp: Kalenderdatum;
  afgenomenOp: Kalenderdatum;
}

export interface MeetmomentRij {
  maand: number;
  geplandOp: Kalenderdatum;
  status: MeetmomentStatus;
  afgenomenOp: Kalenderdatum | null;
}

const OPEN: readonly MeetmomentStatus[] = ["BINNENKORT", "NU", "TE_LAAT"];

export function isOpen(status: MeetmomentStatus): boolean {
  return OPEN.includes(status);
}

/** A meetmoment can be recorded unless it is done or still far ahead. */
export function kanVastleggen(status: MeetmomentStatus): boolean {
  return status !== "GEDAAN" && status !== "LATER";
}

function statusOpDatum(datum: Kalenderdatum, vandaag: Kalenderdatum): MeetmomentStatus {
  if (vandaag < plusDagen(datum, -MEETMOMENT_MARGE_DAGEN)) return "LATER";
  if (vandaag < datum) return "BINNENKORT";
  if (vandaag <= plusDagen(datum, MEETMOMENT_MARGE_DAGEN)) return "NU";
  return "TE_LAAT";
}

/**
 * Every meetmoment of a trajectory with its status: the recorded ones as they
 * were (a schedule change never touches them), and the schedule's others.
 * - a recording on or after (date − margin) covers an unrecorded one: OVERGESLAGEN;
 * - of the unrecorded ones that are due, only the latest counts; earlier ones
 *   are OVERGESLAGEN — except the nulmeting, the starting point, which only a
 *   recording covers.
 */
export function meetmomentenOverzicht(schema: readonly GeplandMeetmoment[], vastgelegd: readonly VastgelegdMeetmoment[], vandaag: Kalenderdatum): MeetmomentRij[] {
  const gedaan = new Map(vastgelegd.map((v) => [v.maand, v]));
  const rijen: MeetmomentRij[] = vastgelegd.map((v) => ({ maand: v.maand, geplandOp: v.geplandOp, status: "GEDAAN", afgenomenOp: v.afgenomenOp }));
  const open: MeetmomentRij[] = [];
  for (const m of schema) {
    if (gedaan.has(m.maand)) continue;
    const grens = plusDagen(m.datum, -MEETMOMENT_MARGE_DAGEN);
    const gedekt = vastgelegd.some((v) => v.afgenomenOp >= grens);
    open.push({ maand: m.maand, geplandOp: m.datum, status: gedekt ? "OVERGESLAGEN" : statusOpDatum(m.datum, vandaag), afgenomenOp: null });
  }
  const laatsteOpen = open.filter((r) => isOpen(r.status)).at(-1);
  for (const r of open) {
    if (isOpen(r.status) && r !== laatsteOpen && r.maand !== 0) r.status = "OVERGESLAGEN";
  }
  return [...rijen, ...open].sort((a, b) => a.maand - b.maand);
}

/** The meetmoment to do now (the earliest open one), or null. */
export function huidigMeetmoment(rijen: readonly MeetmomentRij[]): MeetmomentRij | null {
  return rijen.find((r) => isOpen(r.status)) ?? null;
}

/** "Nulmeting", "Meetmoment na 3 maanden". */
export function meetmomentNaam(maand: number): string {
  if (maand === 0) return "Nulmeting";
  return `Meetmoment na ${maand} ${maand === 1 ? "maand" : "maanden"}`;
}

/** The caseload's line for the meetmoment that is due, e.g. "Meetmoment na 3 maanden is te laat". */
export function meetmomentAandachtTekst(r: Pick<MeetmomentRij, "maand" | "status" | "geplandOp">): string {
  const naam = meetmomentNaam(r.maand);
  if (r.status === "TE_LAAT") return `${naam} is te laat (was ${formatKalenderdatum(r.geplandOp)})`;
  if (r.status === "NU") return `${naam}: nu doen`;
  return `${naam} binnenkort (${formatKalenderdatum(r.geplandOp)})`;
}

/**
 * What a schedule change does to one running trajectory: the open meetmomenten
 * (not recorded, not skipped) before and after. Unchanged → null.
 */
export function schemaWijziging(
  oud: readonly GeplandMeetmoment[],
  nieuw: readonly GeplandMeetmoment[],
  vastgelegd: readonly VastgelegdMeetmoment[],
  vandaag: Kalenderdatum,
): { voor: MeetmomentRij[]; na: MeetmomentRij[] } | null {
  const nogTeDoen = (s: readonly GeplandMeetmoment[]) =>
    meetmomentenOverzicht(s, vastgelegd, vandaag).filter((r) => r.status !== "GEDAAN" && r.status !== "OVERGESLAGEN");
  const voor = nogTeDoen(oud);
  const na = nogTeDoen(nieuw);
  const sleutel = (rijen: MeetmomentRij[]) => rijen.map((r) => `${r.maand}:${r.geplandOp}`).join(",");
  return sleutel(voor) === sleutel(na) ? null : { voor, na };
}

// ───────────────────────── recording a meetmoment ─────────────────────────

export function isScore(value: unknown): value is Score {
  return typeof value === "number" && (SCORES as readonly number[]).includes(value);
}

export interface ScoreInvoer {
  leefgebied: Leefgebied;
  score?: number;
  eigenScore?: number;
  toelichting?: string;
}

export type ScoreFouten = Record<string, string>;

/**
 * Checks the scores of one meetmoment. Every score is a whole number 1–5; the
 * inburgeraar's own score is optional but only beside the begeleider's; at
 * least one leefgebied is scored, and only the gemeente's leefgebieden.
 * Keys are the form's field names ("scores.WONEN.score").
 */
export function controleerScores(scores: readonly ScoreInvoer[], leefgebieden: readonly Leefgebied[]): ScoreFouten {
  const fouten: ScoreFouten = {};
  for (const s of scores) {
    const veld = `scores.${s.leefgebied}`;
    if (!leefgebieden.includes(s.leefgebied)) {
      if (s.score !== undefined || s.eigenScore !== undefined) fouten[`${veld}.score`] = "Dit leefgebied hoort niet bij het plan van deze gemeente.";
      continue;
    }
    if (s.score !== undefined && !isScore(s.score)) fouten[`${veld}.score`] = "Kies een score van 1 tot en met 5.";
    if (s.eigenScore !== undefined && !isScore(s.eigenScore)) fouten[`${veld}.eigenScore`] = "Kies een score van 1 tot en met 5.";
    if (s.eigenScore !== undefined && s.score === undefined) fouten[`${veld}.score`] = "Kies ook jouw score voor dit leefgebied, naast die van de inburgeraar.";
  }
  if (Object.keys(fouten).length === 0 && !scores.some((s) => s.score !== undefined && leefgebieden.includes(s.leefgebied))) {
    fouten[`scores.${leefgebieden[0] ?? "WONEN"}.score`] = "Geef minstens één leefgebied een score.";
  }
  return fouten;
}

/** A target score is optional; when given it is 1–5. */
export function controleerStreefScore(streefScore: number | undefined): string | null {
  if (streefScore === undefined) return null;
  return isScore(streefScore) ? null : "Kies een streefscore van 1 tot en met 5.";
}

/**
 * The date a meetmoment was taken: not in the future, not before the BRP date,
 * and in order with the other recorded meetmomenten (an earlier meetmoment was
 * not taken after a later one).
 */
export function controleerAfnamedatum(input: {
  datum: Kalenderdatum;
  maand: number;
  brpDatum: Kalenderdatum;
  vandaag: Kalenderdatum;
  anderen: readonly Pick<VastgelegdMeetmoment, "maand" | "afgenomenOp">[];
}): string | null {
  const { datum, maand, brpDatum, vandaag, anderen } = input;
  if (datum > vandaag) return "Een meetmoment leg je vast na het gesprek: de datum kan niet in de toekomst liggen.";
  if (datum < brpDatum) return `De datum kan niet voor de inschrijving in de BRP liggen (${formatKalenderdatum(brpDatum)}).`;
  const eerder = anderen.filter((a) => a.maand < maand && a.afgenomenOp > datum).sort((a, b) => b.maand - a.maand)[0];
  if (eerder) return `Het ${meetmomentNaam(eerder.maand).toLowerCase()} was op ${formatKalenderdatum(eerder.afgenomenOp)}. Kies een datum op of na die dag.`;
  const later = anderen.filter((a) => a.maand > maand && a.afgenomenOp < datum).sort((a, b) => a.maand - b.maand)[0];
  if (later) return `Het ${meetmomentNaam(later.maand).toLowerCase()} was al op ${formatKalenderdatum(later.afgenomenOp)}. Kies een datum op of voor die dag.`;
  return null;
}

// ───────────────────────── plan content and versions ─────────────────────────

export interface ActieInhoud {
  id: string;
  omschrijving: string;
  voor: ActieVoor;
  organisatie: string | null;
  isHuiswerk: boolean;
  deadline: Kalenderdatum | null;
  afgerond: boolean;
}

export interface DoelInhoud {
  id: string;
  omschrijving: string;
  status: DoelStatus;
  streefdatum: Kalenderdatum | null;
  acties: ActieInhoud[];
}

export interface LeefgebiedInhoud {
  leefgebied: Leefgebied;
  kanAl: string | null;
  hulpNodig: string | null;
  streefScore: number | null;
  doelen: DoelInhoud[];
}

/** What is agreed with the inburgeraar: the plan's text, not the scores. Stored as JSON per agreed version. */
export interface PlanInhoud {
  focus: Leefgebied | null;
  leefgebieden: LeefgebiedInhoud[];
}

/**
 * A stable text form of the content (fixed key and row order), to compare and
 * to fingerprint. Without `metVoortgang` it leaves out progress (a doel's
 * status, an actie done): ticking off huiswerk does not make a new plan that
 * needs agreeing to, and does not conflict with an agreement being recorded.
 */
export function inhoudTekst(inhoud: PlanInhoud, { metVoortgang = false } = {}): string {
  const actie = (a: ActieInhoud) => [a.id, a.omschrijving, a.voor, a.organisatie, a.isHuiswerk, a.deadline, metVoortgang ? a.afgerond : null];
  const doel = (d: DoelInhoud) => [d.id, d.omschrijving, metVoortgang ? d.status : null, d.streefdatum, [...d.acties].sort((x, y) => x.id.localeCompare(y.id)).map(actie)];
  return JSON.stringify([
    inhoud.focus,
    [...inhoud.leefgebieden]
      .sort((a, b) => a.leefgebied.localeCompare(b.leefgebied))
      .filter((l) => l.kanAl || l.hulpNodig || l.streefScore !== null || l.doelen.length > 0)
      .map((l) => [l.leefgebied, l.kanAl, l.hulpNodig, l.streefScore, [...l.doelen].sort((x, y) => x.id.localeCompare(y.id)).map(doel)]),
  ]);
}

export function isZelfdeInhoud(a: PlanInhoud, b: PlanInhoud): boolean {
  return inhoudTekst(a) === inhoudTekst(b);
}

export interface VergelijkRij {
  leefgebied: Leefgebied;
  links: LeefgebiedInhoud | null;
  rechts: LeefgebiedInhoud | null;
  isGewijzigd: boolean;
}

/** Two versions side by side, per leefgebied that occurs in either, with what changed. */
export function vergelijkInhoud(links: PlanInhoud, rechts: PlanInhoud, volgorde: readonly Leefgebied[]): { focusGewijzigd: boolean; rijen: VergelijkRij[] } {
  const l = new Map(links.leefgebieden.map((x) => [x.leefgebied, x]));
  const r = new Map(rechts.leefgebieden.map((x) => [x.leefgebied, x]));
  const leeg = (x: LeefgebiedInhoud | undefined) => !x || (!x.kanAl && !x.hulpNodig && x.streefScore === null && x.doelen.length === 0);
  const rijen = volgorde
    .filter((lg) => !leeg(l.get(lg)) || !leeg(r.get(lg)))
    .map((lg) => {
      const a = leeg(l.get(lg)) ? null : l.get(lg)!;
      const b = leeg(r.get(lg)) ? null : r.get(lg)!;
      const tekst = (x: LeefgebiedInhoud | null) => (x ? inhoudTekst({ focus: null, leefgebieden: [x] }, { metVoortgang: true }) : "");
      return { leefgebied: lg, links: a, rechts: b, isGewijzigd: tekst(a) !== tekst(b) };
    });
  return { focusGewijzigd: links.focus !== rechts.focus, rijen };
}

/** Acties and huiswerk a maatje sees: those for the maatje, and the inburgeraar's huiswerk. */
export function isVoorMaatjeZichtbaar(actie: Pick<ActieInhoud, "voor" | "isHuiswerk">): boolean {
  return actie.voor === "MAATJE" || actie.isHuiswerk;
}

/** The plan is written from the opstartfase until the dossier is closed; null = allowed, else why not. */
export function planBewerkenGeblokkeerd(fase: Fase): string | null {
  if (fase === "AANGEMELD") return "Het plan begint als de opstartfase gestart is.";
  if (fase === "AFGESLOTEN") return "Dit dossier is afgesloten. Het plan kan niet meer veranderen.";
  return null;
}

/** "3, 8 12" → [3, 8, 12] (whole months 1–60, as the gemeente setting); null when it is not that. */
export function leesMeetmomentMaanden(tekst: string): number[] | null {
  const delen = tekst.split(/[\s,;]+/).filter(Boolean);
  if (delen.length === 0 || delen.length > 24) return null;
  const maanden = delen.map(Number);
  if (maanden.some((m) => !Number.isInteger(m) || m < 1 || m > 60)) return null;
  return [...new Set(maanden)].sort((a, b) => a - b);
}
