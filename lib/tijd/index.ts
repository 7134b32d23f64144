import { TZDate } from "@date-fns/tz";

/**
 * Time in Wegwijs: instants are stored in UTC; calendar dates (BRP date,
 * deadlines) are `@db.Date` columns, which Prisma hands over as a Date at
 * 00:00 UTC. Everything a person sees or a deadline depends on is computed in
 * Europe/Amsterdam.
 */
export const TIJDZONE = "Europe/Amsterdam";

const datumFormat = new Intl.DateTimeFormat("nl-NL", { timeZone: TIJDZONE, day: "numeric", month: "long", year: "numeric" });
const datumKortFormat = new Intl.DateTimeFormat("nl-NL", { timeZone: TIJDZONE, day: "numeric", month: "short" });
const tijdFormat = new Intl.DateTimeFormat("nl-NL", { timeZone: TIJDZONE, hour: "2-digit", minute: "2-digit" });
const weekdagFormat = new Intl.DateTimeFormat("nl-NL", { timeZone: TIJDZONE, weekday: "long" });
const calendarDateFormat = new Intl.DateTimeFormat("nl-NL", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" });
/** The parts of the calendar date in Amsterdam (by part type, so no locale's order or separators matter). */
const isoDatumFormat = new Intl.DateTimeFormat("en-US", { timeZone: TIJDZONE, year: "numeric", month: "2-digit", day: "2-digit" });
const DAG_MS = 86_400_000;
const UUR_MS = 3_600_000;
/** naarKalenderdatum's memory: UTC hour since 1970 → the Amsterdam date in that hour. */
const datumPerUur = new Map<number, Kalenderdatum>();

/** A calendar date as "YYYY-MM-DD". */
export type Kalenderdatum = string;

/** "3 maart 2026" for an instant, in Amsterdam time. */
export function formatDatum(instant: Date): string {
  return datumFormat.format(instant);
}

/** "3 maart 2026" for a calendar date column (stored as 00:00 UTC). */
export function formatKalenderdatum(date: Date | Kalenderdatum): string {
  return calendarDateFormat.format(typeof date === "string" ? kalenderdatumNaarDate(date) : date);
}

export function formatDatumKort(instant: Date): string {
  return datumKortFormat.format(instant);
}

/** "14:30" in Amsterdam time. */
export function formatTijd(instant: Date): string {
  return tijdFormat.format(instant);
}

/** "maandag 3 maart 2026 om 14:30". */
export function formatDatumTijd(instant: Date): string {
  return `${weekdagFormat.format(instant)} ${formatDatum(instant)} om ${formatTijd(instant)}`;
}

/** Today's calendar date in Amsterdam. */
export function vandaag(now: Date = new Date()): Kalenderdatum {
  return naarKalenderdatum(now);
}

/** The Amsterdam calendar date of an instant. */
export function naarKalenderdatum(instant: Date): Kalenderdatum {
  // Lists call this for every row (a TZDate per call cost a tenth of a caseload page). Since 1970
  // Amsterdam's offset is a whole number of hours and changes on a whole UTC hour, so every instant
  // in one UTC hour has the same Amsterdam date: one formatter call per hour, then a Map lookup.
  const ms = instant.getTime();
  const uur = Math.floor(ms / UUR_MS);
  if (ms >= 0) {
    const bekend = datumPerUur.get(uur);
    if (bekend) return bekend;
  }
  let jaar = "";
  let maand = "";
  let dag = "";
  for (const p of isoDatumFormat.formatToParts(instant)) {
    if (p.type === "year") jaar = p.value;
    else if (p.type === "month") maand = p.value;
    else if (p.type === "day") dag = p.value;
  }
  const datum = `${jaar}-${maand}-${dag}`;
  if (ms >= 0) {
    if (datumPerUur.size >= 50_000) datumPerUur.clear();
    datumPerUur.set(uur, datum);
  }
  return datum;
}

/** A calendar date column value (00:00 UTC) as "YYYY-MM-DD". */
export function dateKolomNaarKalenderdatum(date: Date): Kalenderdatum {
  return date.toISOString().slice(0, 10);
}

/** "YYYY-MM-DD" as the Date a `@db.Date` column expects (00:00 UTC). */
export function kalenderdatumNaarDate(datum: Kalenderdatum): Date {
  return new Date(`${datum}T00:00:00.000Z`);
}

/**
 * The years a date in Wegwijs can plausibly fall in: from 1800 (a birth date gets its own, friendlier check), plans and consents up to
 * 2100. Anything outside (0001-01-01, 9999-12-31) is a typo or a tampered form, never data. Fields
 * with a tighter window (a logged contact, a planned afspraak) check that in their rules.
 */
export const EERSTE_JAAR = 1800;
export const LAATSTE_JAAR = 2100;

/** A real "YYYY-MM-DD" date (no 30 February) within EERSTE_JAAR–LAATSTE_JAAR. */
export function isKalenderdatum(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const jaar = Number(value.slice(0, 4));
  if (jaar < EERSTE_JAAR || jaar > LAATSTE_JAAR) return false;
  const d = kalenderdatumNaarDate(value);
  return !Number.isNaN(d.getTime()) && dateKolomNaarKalenderdatum(d) === value;
}

/** Calendar arithmetic on UTC midnights: no time zone (and no daylight-saving change) of the server can shift a day. */
export function plusDagen(datum: Kalenderdatum, dagen: number): Kalenderdatum {
  return dateKolomNaarKalenderdatum(new Date(Date.parse(`${datum}T00:00:00.000Z`) + dagen * DAG_MS));
}

/** Adds calendar months; 31 January + 1 month = 28/29 February. */
export function plusMaanden(datum: Kalenderdatum, maanden: number): Kalenderdatum {
  const [y, m, d] = datum.split("-").map(Number) as [number, number, number];
  const laatsteDag = new Date(Date.UTC(y, m - 1 + maanden + 1, 0)).getUTCDate();
  return dateKolomNaarKalenderdatum(new Date(Date.UTC(y, m - 1 + maanden, Math.min(d, laatsteDag))));
}

/** Whole calendar days from `van` to `tot` (negative when `tot` is earlier). */
export function dagenTussen(van: Kalenderdatum, tot: Kalenderdatum): number {
  return Math.round((Date.parse(`${tot}T00:00:00.000Z`) - Date.parse(`${van}T00:00:00.000Z`)) / DAG_MS);
}

/**
 * The UTC instant of a wall-clock time in Amsterdam ("2026-03-29", "10:00"),
 * correct on both sides of a daylight-saving change.
 */
export function amsterdamNaarInstant(datum: Kalenderdatum, tijd: string): Date {
  const [y, m, d] = datum.split("-").map(Number) as [number, number, number];
  const [hh, mm] = tijd.split(":").map(Number) as [number, number];
  return new Date(new TZDate(y, m - 1, d, hh, mm, 0, TIJDZONE).getTime());
}

/** "HH:MM" of an instant in Amsterdam. */
export function naarAmsterdamseTijd(instant: Date): string {
  return formatTijd(instant);
}
