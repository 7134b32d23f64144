/**
 * Time in Wegwijs: instants are stored in UTC; calendar dates (BRP date,
 * deadlines) are `@db.Date` columns, which Prisma hands over as a Date at
 * 00:00 UTC. Everything a person sees or a deadline depends on is computed in
 * Europe/Amsterdam.
 *
 * Only the platform's Intl and UTC date arithmetic, no date library: this
 * module also runs in the browser (the log form), where every kB counts
 * (issue 13, budget "client"), and UTC arithmetic on calendar dates does not
 * depend on the time zone of the machine it runs on.
 */
export const TIJDZONE = "Europe/Amsterdam";

const datumFormat = new Intl.DateTimeFormat("nl-NL", { timeZone: TIJDZONE, day: "numeric", month: "long", year: "numeric" });
const datumKortFormat = new Intl.DateTimeFormat("nl-NL", { timeZone: TIJDZONE, day: "numeric", month: "short" });
const tijdFormat = new Intl.DateTimeFormat("nl-NL", { timeZone: TIJDZONE, hour: "2-digit", minute: "2-digit" });
const weekdagFormat = new Intl.DateTimeFormat("nl-NL", { timeZone: TIJDZONE, weekday: "long" });
/** The parts of an instant's Amsterdam wall clock (24-hour, numeric). */
const wandklokFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: TIJDZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
});
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
  // Lists call this for every row. Since 1970 Amsterdam's offset is a whole number of hours and
  // changes on a whole UTC hour, so every instant in one UTC hour has the same Amsterdam date: one
  // formatter call per hour, then a Map lookup.
  const ms = instant.getTime();
  const onthouden = ms >= 0;
  const uur = Math.floor(ms / UUR_MS);
  if (onthouden) {
    const bekend = datumPerUur.get(uur);
    if (bekend) return bekend;
  }
  const datum = dateKolomNaarKalenderdatum(new Date(wandklok(ms)));
  if (onthouden) {
    if (datumPerUur.size >= 50_000) datumPerUur.clear();
    datumPerUur.set(uur, datum);
  }
  return datum;
}

const UUR_MS = 3_600_000;
/** naarKalenderdatum's memory: UTC hour since 1970 → the Amsterdam date in that hour. */
const datumPerUur = new Map<number, Kalenderdatum>();

/** The Amsterdam wall clock of an instant, written as if it were UTC (milliseconds dropped). */
function wandklok(instant: number): number {
  const deel: Record<string, number> = {};
  for (const { type, value } of wandklokFormat.formatToParts(instant)) deel[type] = Number(value);
  return Date.UTC(deel.year!, deel.month! - 1, deel.day!, deel.hour!, deel.minute!, deel.second!);
}

/** How far Amsterdam is ahead of UTC at an instant, in ms (1 h in winter, 2 h in summer). */
function verschilMetUtc(instant: number): number {
  const heleSeconde = Math.floor(instant / 1000) * 1000;
  return wandklok(heleSeconde) - heleSeconde;
}

/** A calendar date column value (00:00 UTC) as "YYYY-MM-DD". */
export function dateKolomNaarKalenderdatum(date: Date): Kalenderdatum {
  // Lists call this for several dates of every row: one toISOString per UTC day, then a Map lookup
  // (an invalid Date still throws its RangeError, since NaN is never stored).
  const dag = Math.floor(date.getTime() / DAG_MS);
  const bekend = datumPerDag.get(dag);
  if (bekend) return bekend;
  const datum = date.toISOString().slice(0, 10);
  if (datumPerDag.size >= 50_000) datumPerDag.clear();
  datumPerDag.set(dag, datum);
  return datum;
}

const DAG_MS = 86_400_000;
/** dateKolomNaarKalenderdatum's memory: UTC day since 1970 → "YYYY-MM-DD". */
const datumPerDag = new Map<number, Kalenderdatum>();

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

/*
 * Calendar arithmetic on day numbers (days since 1970-01-01), without building
 * a Date: lists do this for every row, and under Next every `new Date(…)` goes
 * through its Date wrapper (node-environment-extensions/date.js). The rules are
 * the proleptic Gregorian calendar, as Date's; tests/unit/tijd.test.ts holds
 * them equal to date-fns.
 */
function dagenInMaand(jaar: number, maand: number): number {
  return maand === 2 ? ((jaar % 4 === 0 && jaar % 100 !== 0) || jaar % 400 === 0 ? 29 : 28) : maand === 4 || maand === 6 || maand === 9 || maand === 11 ? 30 : 31;
}

/** "YYYY-MM-DD" → [year, month 1–12, day]; a date that does not exist throws as `new Date(…)` did. */
function delen(datum: Kalenderdatum): [number, number, number] {
  const jaar = Number(datum.slice(0, 4));
  const maand = Number(datum.slice(5, 7));
  const dag = Number(datum.slice(8, 10));
  if (datum.length !== 10 || datum[4] !== "-" || datum[7] !== "-" || !(maand >= 1 && maand <= 12) || !(dag >= 1 && dag <= dagenInMaand(jaar, maand))) {
    throw new RangeError(`Invalid time value: ${datum}`);
  }
  return [jaar, maand, dag];
}

/** "YYYY-MM-DD" → day number (Howard Hinnant's days_from_civil). */
function dagNummer(datum: Kalenderdatum): number {
  const [jaar, maand, dag] = delen(datum);
  const y = maand <= 2 ? jaar - 1 : jaar;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (maand > 2 ? maand - 3 : maand + 9) + 2) / 5) + dag - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

const twee = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** Day number → "YYYY-MM-DD" (Howard Hinnant's civil_from_days). */
function uitDagNummer(dagen: number): Kalenderdatum {
  const z = dagen + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const dag = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const maand = mp < 10 ? mp + 3 : mp - 9;
  const jaar = yoe + era * 400 + (maand <= 2 ? 1 : 0);
  return `${String(jaar).padStart(4, "0")}-${twee(maand)}-${twee(dag)}`;
}

export function plusDagen(datum: Kalenderdatum, dagen: number): Kalenderdatum {
  return uitDagNummer(dagNummer(datum) + dagen);
}

/** Adds calendar months; 31 January + 1 month = 28/29 February. */
export function plusMaanden(datum: Kalenderdatum, maanden: number): Kalenderdatum {
  const [jaar, maand, dag] = delen(datum);
  const m = maand - 1 + maanden;
  const nieuwJaar = jaar + Math.floor(m / 12);
  const nieuweMaand = (((m % 12) + 12) % 12) + 1;
  return `${String(nieuwJaar).padStart(4, "0")}-${twee(nieuweMaand)}-${twee(Math.min(dag, dagenInMaand(nieuwJaar, nieuweMaand)))}`;
}

/** Whole calendar days from `van` to `tot` (negative when `tot` is earlier). */
export function dagenTussen(van: Kalenderdatum, tot: Kalenderdatum): number {
  return dagNummer(tot) - dagNummer(van);
}

/**
 * The UTC instant of a wall-clock time in Amsterdam ("2026-03-29", "10:00"),
 * correct on both sides of a daylight-saving change. A time that does not
 * exist (02:30 on the last Sunday of March) counts as one hour later (03:30
 * summer time); a time that happens twice (02:30 on the last Sunday of
 * October) is the second one, in winter time. (As date-fns' TZDate did.)
 */
export function amsterdamNaarInstant(datum: Kalenderdatum, tijd: string): Date {
  const [y, m, d] = datum.split("-").map(Number) as [number, number, number];
  const [hh, mm] = tijd.split(":").map(Number) as [number, number];
  const alsUtc = Date.UTC(y, m - 1, d, hh, mm, 0);
  if (Number.isNaN(alsUtc)) return new Date(Number.NaN);
  // The offsets a few hours before and after: equal except around a change.
  const eerder = verschilMetUtc(alsUtc - 3 * 3_600_000);
  const later = verschilMetUtc(alsUtc + 3 * 3_600_000);
  const metLater = alsUtc - later;
  return new Date(verschilMetUtc(metLater) === later ? metLater : alsUtc - eerder);
}

/** "HH:MM" of an instant in Amsterdam. */
export function naarAmsterdamseTijd(instant: Date): string {
  return formatTijd(instant);
}
