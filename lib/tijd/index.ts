import { TZDate } from "@date-fns/tz";
import { addDays, addMonths, differenceInCalendarDays } from "date-fns";

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
  const d = new TZDate(instant, TIJDZONE);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
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

export function plusDagen(datum: Kalenderdatum, dagen: number): Kalenderdatum {
  return dateKolomNaarKalenderdatum(addDays(kalenderdatumNaarDate(datum), dagen));
}

/** Adds calendar months; 31 January + 1 month = 28/29 February. */
export function plusMaanden(datum: Kalenderdatum, maanden: number): Kalenderdatum {
  return dateKolomNaarKalenderdatum(addMonths(kalenderdatumNaarDate(datum), maanden));
}

/** Whole calendar days from `van` to `tot` (negative when `tot` is earlier). */
export function dagenTussen(van: Kalenderdatum, tot: Kalenderdatum): number {
  return differenceInCalendarDays(kalenderdatumNaarDate(tot), kalenderdatumNaarDate(van));
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
