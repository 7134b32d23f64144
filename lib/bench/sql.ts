/**
 * Small SQL text builders for the set-based benchmark generator
 * (lib/bench/genereer.ts). Every value that goes through `tekst` is ours
 * (constants, invented names), never user input; still quoted properly.
 */
import { createHash } from "node:crypto";
import { Toeval } from "@/lib/seed/toeval";

/** A string literal. */
export const tekst = (s: string): string => `'${s.replaceAll("'", "''")}'`;

/** A literal, or NULL. */
export const waarde = (v: string | number | boolean | null | undefined): string =>
  v === null || v === undefined ? "NULL" : typeof v === "string" ? tekst(v) : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v);

export const tekstLijst = (lijst: readonly string[]): string => `ARRAY[${lijst.map(tekst).join(", ")}]::text[]`;
export const getalLijst = (lijst: readonly number[]): string => (lijst.length ? `ARRAY[${lijst.join(", ")}]::int[]` : "'{}'::int[]");

/**
 * The i-th (0–3) 32-bit slice of an md5 hex string, as a number in [0, 1):
 * four independent pseudo-random draws per hash, the same on every run.
 */
export const kans = (hash: string, i: number): string => `(('x' || substr(${hash}, ${1 + 8 * i}, 8))::bit(32)::bigint / 4294967296.0)`;

/** One element of `lijst`, chosen by the draw `u` (a SQL expression in [0, 1)). */
export const kies = (lijst: readonly string[], u: string): string => `(${tekstLijst(lijst)})[1 + floor((${u}) * ${lijst.length})::int]`;

/** A whole number in [min, max] from the draw `u`. */
export const tussen = (min: number, max: number, u: string): string => `(${min} + floor((${u}) * ${max - min + 1})::int)`;

/** The weekday on or after a date (appointments are not in the weekend). */
export const werkdag = (datum: string): string =>
  `((${datum}) + CASE extract(isodow FROM (${datum}))::int WHEN 6 THEN 2 WHEN 7 THEN 1 ELSE 0 END)`;

/** A wall-clock time in Amsterdam on a date (minutes after midnight), as the UTC timestamp Prisma stores. */
export const amsterdam = (datum: string, minuten: string): string =>
  `((((${datum})::timestamp + make_interval(mins => (${minuten})::int)) AT TIME ZONE 'Europe/Amsterdam') AT TIME ZONE 'UTC')`;

/** A date `maanden` months after `datum`. */
export const plusMaandenSql = (datum: string, maanden: string): string => `((${datum}) + make_interval(months => (${maanden})::int))::date`;

/**
 * cuid-shaped ids ("c" + 24 characters) derived from the salt, a kind and a
 * key: the same row gets the same id on every run, and a row elsewhere can
 * point at it without a lookup. `idSql` and `idJs` give the same id.
 */
export function idJs(zout: string, soort: string, sleutel: string | number): string {
  return `c${createHash("md5").update(`${zout}:${soort}:${sleutel}`).digest("hex").slice(0, 24)}`;
}
export const idSql = (zout: string, soort: string, sleutel: string): string => `('c' || substr(md5(${tekst(`${zout}:${soort}:`)} || (${sleutel})), 1, 24))`;
/** A hash to draw from, for one row (see `kans`). */
export const hashSql = (zout: string, soort: string, sleutel: string): string => `md5(${tekst(`${zout}:h:${soort}:`)} || (${sleutel}))`;

/** The seeded PRNG of the demo seed, for the few choices made in Node (gemeente settings, user lists). */
export { Toeval };

/**
 * Split `totaal` into `aantal` whole parts, each in [min, max], deterministic
 * by the PRNG (caseloads of begeleiders). Needs aantal·min ≤ totaal ≤ aantal·max;
 * otherwise the parts are as even as possible.
 */
export function verdeel(totaal: number, aantal: number, min: number, max: number, toeval: Toeval): number[] {
  if (aantal <= 0) return [];
  if (totaal < aantal * min || totaal > aantal * max) {
    const basis = Math.floor(totaal / aantal);
    return Array.from({ length: aantal }, (_, i) => basis + (i < totaal - basis * aantal ? 1 : 0));
  }
  const delen = Array.from({ length: aantal }, () => toeval.tussen(min, max));
  let verschil = totaal - delen.reduce((s, d) => s + d, 0);
  for (let i = 0; verschil !== 0; i = (i + 1) % aantal) {
    if (verschil > 0 && delen[i]! < max) {
      delen[i]!++;
      verschil--;
    } else if (verschil < 0 && delen[i]! > min) {
      delen[i]!--;
      verschil++;
    }
  }
  return delen;
}
