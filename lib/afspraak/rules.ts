import type { AfspraakType, Fase } from "@/lib/db/generated/enums";
import { formatKalenderdatum, formatTijd, naarKalenderdatum, plusDagen, type Kalenderdatum } from "@/lib/tijd";
import { AFSPRAAK_STATUS_LABELS, AFSPRAAK_TYPE_LABELS, type LogStatus } from "./labels";

/**
 * Pure rules for afspraken: defaults that make logging a contact fast, checks
 * on dates, the audit sentences and the week arithmetic of the agenda. No I/O.
 */

/** Usual length per type, in minutes: the default in the log form. */
export const STANDAARD_DUUR: Record<AfspraakType, number> = {
  REGELDAG: 180,
  KANTOOR: 60,
  HUISBEZOEK: 60,
  TELEFONISCH: 15,
  CHAT: 10,
  SPREEKUUR: 30,
  GROEPSBIJEENKOMST: 120,
  EXTERNE_AFSPRAAK: 90,
};

export const MAX_DUUR_MINUTEN = 12 * 60;
export const MAX_VERSLAG = 2000;
export const MAX_KORTE_TEKST = 200;
/** How far ahead an afspraak may be planned. */
export const MAX_PLAN_DAGEN_VOORUIT = 2 * 366;
/** A contact is logged within days, at most weeks; two years back covers bringing an old spreadsheet in. */
export const MAX_LOG_DAGEN_TERUG = 2 * 366;

export function standaardDuur(type: AfspraakType): number {
  return STANDAARD_DUUR[type];
}

/**
 * The duration stored with a logged contact: only a contact that took place
 * has one (the form's value, else the type's default). A no-show or a
 * cancellation lasted no time. Used by logging and by the demo seed.
 */
export function gelogdeDuur(type: AfspraakType, status: LogStatus, duurMinuten?: number | null): number | null {
  return status === "VOND_PLAATS" ? (duurMinuten ?? standaardDuur(type)) : null;
}

/** The type of the last contact, or a phone call when there was none. */
export function standaardType(laatsteType: AfspraakType | null | undefined): AfspraakType {
  return laatsteType ?? "TELEFONISCH";
}

/**
 * "Now" as a wall-clock time in Amsterdam, rounded down to `stap` minutes
 * (down, so the time never moves to the next day or into the future).
 */
export function afgerondeTijd(nu: Date, stap = 5): string {
  const [hh, mm] = formatTijd(nu).split(":").map(Number) as [number, number];
  const m = Math.floor(mm / stap) * stap;
  return `${String(hh).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}

/**
 * When a contact that just ended began: now minus its usual duration, rounded
 * to the nearest `stap` minutes, as an Amsterdam date and time (a contact
 * logged at 00:20 that took an hour began yesterday).
 */
export function beginVanZojuist(nu: Date, duurMinuten: number, stap = 5): { datum: Kalenderdatum; tijd: string } {
  const ms = stap * 60_000;
  const begin = new Date(Math.round((nu.getTime() - duurMinuten * 60_000) / ms) * ms);
  return { datum: naarKalenderdatum(begin), tijd: formatTijd(begin) };
}

export interface LogStandaarden {
  datum: Kalenderdatum;
  tijd: string;
  type: AfspraakType;
  status: LogStatus;
  duurMinuten: number;
  metTolk: boolean;
  tolkTaal: string | null;
}

/**
 * Everything the log form starts with, so a contact is logged in seconds: the
 * type this user last used for this person, the start at now minus that
 * type's usual duration, and the interpreter the dossier says is needed.
 */
export function logStandaarden(
  nu: Date,
  laatsteType: AfspraakType | null | undefined,
  tolk: { nodig: boolean; taal: string | null } = { nodig: false, taal: null },
): LogStandaarden {
  const type = standaardType(laatsteType);
  const duurMinuten = standaardDuur(type);
  return {
    ...beginVanZojuist(nu, duurMinuten),
    type,
    status: "VOND_PLAATS",
    duurMinuten,
    metTolk: tolk.nodig,
    tolkTaal: tolk.nodig ? tolk.taal : null,
  };
}

/** The usual start of a next contact: the same time of day, or 10:00 when this one was outside office hours. */
export function standaardVolgendTijd(tijd: string): string {
  return tijd >= "08:00" && tijd <= "18:00" ? tijd : "10:00";
}

/** When an afspraak ends: its own duration, or the usual one for its type. */
export function eindVan(start: Date, duurMinuten: number | null, type: AfspraakType): Date {
  return new Date(start.getTime() + (duurMinuten ?? standaardDuur(type)) * 60_000);
}

/** Two time slots overlap when each starts before the other ends (back to back is fine). */
export function overlapt(a: { start: Date; eind: Date }, b: { start: Date; eind: Date }): boolean {
  return a.start < b.eind && b.start < a.eind;
}

/**
 * Open checklist items in the order a contact could settle them: late first,
 * then by deadline (none last), then the template's order.
 */
export function sorteerOpenPunten<T extends { deadline: Kalenderdatum | null; volgorde: number; isTeLaat: boolean }>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) =>
      Number(b.isTeLaat) - Number(a.isTeLaat) ||
      (a.deadline ?? "9999-12-31").localeCompare(b.deadline ?? "9999-12-31") ||
      a.volgorde - b.volgorde,
  );
}

export interface OverlapAfspraak {
  start: Date;
  eind: Date;
  type: AfspraakType;
  naam: string;
}

/** The warning when an afspraak overlaps others of the same user (a warning, never a refusal). */
export function overlapWaarschuwing(overlap: readonly OverlapAfspraak[]): string | null {
  if (overlap.length === 0) return null;
  const delen = overlap
    .slice(0, 3)
    .map((o) => `${kleineLetter(AFSPRAAK_TYPE_LABELS[o.type])} met ${o.naam} (${formatKalenderdatum(naarKalenderdatum(o.start))}, ${formatTijd(o.start)}–${formatTijd(o.eind)})`);
  const meer = overlap.length > 3 ? ` en nog ${overlap.length - 3}` : "";
  return `Let op: dit valt samen met je ${delen.join(", ")}${meer}. Verplaats een van beide als dat nodig is.`;
}

/** A group contact (spreekuur, groepsbijeenkomst) is logged for at least two and at most this many people. */
export const GROEP_MAX = 30;

/** Only people in the afronding can have their eindgesprek logged. */
export function kanEindgesprekLoggen(fase: Fase): boolean {
  return fase === "AFRONDING";
}

export type VeldFouten = Partial<Record<"datum" | "volgendContact" | "isEindgesprek" | "checklistItemIds", string>>;

/** Date checks on a logged contact; empty object = fine. */
export function controleerLog(input: {
  datum: Kalenderdatum;
  vandaag: Kalenderdatum;
  status: LogStatus;
  volgendContact?: Kalenderdatum | null;
  isEindgesprek?: boolean;
  fase?: Fase;
  aantalChecklistItems?: number;
}): VeldFouten {
  const fouten: VeldFouten = {};
  if (input.datum > input.vandaag) {
    fouten.datum = "Je kunt alleen een contact loggen dat al geweest is. Kies vandaag of een eerdere datum, of plan een afspraak.";
  } else if (input.datum < plusDagen(input.vandaag, -MAX_LOG_DAGEN_TERUG)) {
    fouten.datum = "Dit contact is meer dan twee jaar geleden. Kies een datum in de laatste twee jaar.";
  }
  if (input.volgendContact && input.volgendContact < input.datum) {
    fouten.volgendContact = "Het volgende contact kan niet vóór dit contact liggen.";
  } else if (input.volgendContact && input.volgendContact < input.vandaag) {
    fouten.volgendContact = "Het volgende contact wordt een geplande afspraak. Kies vandaag of later.";
  } else if (input.volgendContact && input.volgendContact > plusDagen(input.vandaag, MAX_PLAN_DAGEN_VOORUIT)) {
    fouten.volgendContact = "Plan het volgende contact hoogstens twee jaar vooruit.";
  }
  if (input.isEindgesprek) {
    if (input.fase && !kanEindgesprekLoggen(input.fase)) {
      fouten.isEindgesprek = "Een eindgesprek kan alleen in de fase afronding.";
    } else if (input.status !== "VOND_PLAATS") {
      fouten.isEindgesprek = "Een eindgesprek telt alleen als het ook plaatsvond.";
    }
  }
  if ((input.aantalChecklistItems ?? 0) > 0 && input.status !== "VOND_PLAATS") {
    fouten.checklistItemIds = "Je kunt alleen iets afvinken bij een contact dat plaatsvond.";
  }
  return fouten;
}

/** Date checks on planning an afspraak; empty object = fine. */
export function controleerPlanning(input: { datum: Kalenderdatum; vandaag: Kalenderdatum }): VeldFouten {
  if (input.datum < input.vandaag) {
    return { datum: "Een afspraak plannen kan vanaf vandaag. Was het contact al? Gebruik dan ‘Contact loggen’." };
  }
  if (input.datum > plusDagen(input.vandaag, MAX_PLAN_DAGEN_VOORUIT)) {
    return { datum: "Plan een afspraak hoogstens twee jaar vooruit." };
  }
  return {};
}

// Lower-case the first letter inside a sentence, but keep names such as "WhatsApp" intact.
const kleineLetter = (s: string) => (/^\S\p{Ll}*\p{Lu}/u.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1));

/** "Afspraak gepland: huisbezoek op 3 maart 2026 om 10:00". */
export function samenvattingGepland(type: AfspraakType, start: Date): string {
  return `Afspraak gepland: ${kleineLetter(AFSPRAAK_TYPE_LABELS[type])} op ${formatKalenderdatum(naarKalenderdatum(start))} om ${formatTijd(start)}`;
}

/** "Huisbezoek gelogd: vond plaats, 45 minuten". */
export function samenvattingGelogd(type: AfspraakType, status: LogStatus, duurMinuten: number | null, isEindgesprek = false): string {
  const delen = [kleineLetter(AFSPRAAK_STATUS_LABELS[status])];
  if (status === "VOND_PLAATS" && duurMinuten) delen.push(`${duurMinuten} minuten`);
  if (isEindgesprek) delen.push("eindgesprek");
  return `${AFSPRAAK_TYPE_LABELS[type]} gelogd: ${delen.join(", ")}`;
}

const TUSSENVOEGSELS = new Set(["van", "de", "der", "den", "het", "ten", "ter", "te", "in", "op", "'t", "el", "al", "bin", "ben", "abu", "da", "di", "du", "le", "la"]);

/**
 * First name plus the initial of the last name ("Amina E."), for places that
 * leave Wegwijs's protection such as an external calendar. Tussenvoegsels are
 * skipped: "van der Berg" → "B.".
 */
export function korteNaam(voornaam: string, achternaam: string): string {
  const woorden = achternaam.trim().split(/[\s-]+/).filter(Boolean);
  const kern = woorden.find((w) => !TUSSENVOEGSELS.has(w.toLowerCase())) ?? woorden[0] ?? "";
  const eersteVoornaam = voornaam.trim().split(/\s+/)[0] ?? "";
  const initiaal = Array.from(kern)[0]?.toUpperCase();
  return initiaal ? `${eersteVoornaam} ${initiaal}.` : eersteVoornaam;
}

// ───────────── weeks (ISO 8601: weeks start on Monday, week 1 holds 4 January) ─────────────

/** 1 = Monday … 7 = Sunday for a calendar date. */
export function weekdag(datum: Kalenderdatum): number {
  const d = new Date(`${datum}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

/** The Monday of the week that holds `datum`. */
export function maandagVan(datum: Kalenderdatum): Kalenderdatum {
  return plusDagen(datum, 1 - weekdag(datum));
}

/** ISO week label of a date: "2026-W49". */
export function isoWeek(datum: Kalenderdatum): string {
  const donderdag = plusDagen(datum, 4 - weekdag(datum));
  const jaar = Number(donderdag.slice(0, 4));
  const eersteDonderdag = plusDagen(`${jaar}-01-04`, 4 - weekdag(`${jaar}-01-04`));
  const week = Math.round((Date.parse(donderdag) - Date.parse(eersteDonderdag)) / (7 * 86_400_000)) + 1;
  return `${jaar}-W${String(week).padStart(2, "0")}`;
}

/** The Monday of an ISO week "2026-W49"; null for anything else. */
export function maandagVanIsoWeek(week: string): Kalenderdatum | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m) return null;
  const jaar = Number(m[1]);
  const nummer = Number(m[2]);
  if (nummer < 1 || nummer > 53) return null;
  const maandag = plusDagen(maandagVan(`${jaar}-01-04`), (nummer - 1) * 7);
  return isoWeek(maandag) === week ? maandag : null;
}

/**
 * The Monday of the week the agenda shows, from `?week=2026-W49` or
 * `?van=2026-12-02`; the current week for anything missing or invalid.
 */
export function agendaWeekStart(params: { week?: string; van?: string }, vandaag: Kalenderdatum): Kalenderdatum {
  if (params.week) {
    const maandag = maandagVanIsoWeek(params.week);
    if (maandag) return maandag;
  }
  if (params.van && /^\d{4}-\d{2}-\d{2}$/.test(params.van) && !Number.isNaN(Date.parse(`${params.van}T00:00:00Z`))) {
    const d = new Date(`${params.van}T00:00:00Z`).toISOString().slice(0, 10);
    if (d === params.van) return maandagVan(params.van);
  }
  return maandagVan(vandaag);
}
