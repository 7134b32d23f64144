import "server-only";
import { createHash } from "node:crypto";
import { types, type Pool } from "pg";
import { getDatabase } from "./client";
import { Prisma } from "./generated/client";
import { meldStatement } from "./telling";

/**
 * One raw read on the hot path (docs/decisions/021): on PostgreSQL straight
 * through the shared pg pool as a named prepared statement (decision 023: parsed
 * and planned once per connection), with the same JavaScript values `$queryRaw`
 * gives; on PGlite through `$queryRaw`. Prisma's raw path costs about 0.5 ms of
 * CPU per statement more (its argument typing, the driver-adapter round trip and
 * its result conversion), on pages that run several statements per request.
 *
 *   const rijen = await leesSql<{ id: string }[]>(Prisma.sql`SELECT i.id FROM "Inburgeraar" i WHERE ${scope}`);
 *
 * Values come back as `$queryRaw` returns them: timestamp and date → Date (UTC),
 * int8 → bigint, numeric → Prisma.Decimal, json → the parsed value, int4/float8
 * → number, text and enums → string, and arrays of int/float/text/bool as
 * arrays. A column of any other type (arrays of dates or json, time, bytea …)
 * is refused with an error, so a new read cannot silently differ between the
 * engines: select such a column as text, epoch milliseconds or json instead.
 * So is an array of an enum, which both would give as the literal "{A,B}" (a
 * string on which `.includes("A")` would be a trap): select it as `::text[]`.
 * The check runs on the answer, so a statement refused this way has run: a
 * developer's mistake, caught by the module's tests. For reads, including a
 * read that records its "bekeken" audit row in the same statement; a write, or
 * anything inside a transaction, uses Prisma or the transaction's `tx.$queryRaw`.
 */
export async function leesSql<T>(query: Prisma.Sql): Promise<T> {
  const database = getDatabase();
  if (!database.pool) return database.prisma.$queryRaw<T>(query);
  const resultaat = await opPool(database.pool, query, TYPES);
  for (const veld of resultaat.fields) {
    if (!TOEGESTAAN.has(veld.dataTypeID) && veld.dataTypeID < EERSTE_EIGEN_TYPE) {
      throw new Error(`leesSql: kolom "${veld.name}" heeft PostgreSQL-type ${veld.dataTypeID}, dat leesSql niet zoals $queryRaw kan teruggeven.`);
    }
    // A type of the schema: an enum comes back as its label; an array of one as "{A,B}", refused.
    if (veld.dataTypeID >= EERSTE_EIGEN_TYPE && resultaat.rows.some((rij) => typeof rij[veld.name] === "string" && (rij[veld.name] as string).startsWith("{"))) {
      throw new Error(`leesSql: kolom "${veld.name}" is een lijst van een eigen type; lees hem als ::text[].`);
    }
  }
  return resultaat.rows as T;
}

/**
 * One write that stands alone, on PostgreSQL as a named prepared statement on
 * the pool (decision 023), on PGlite through `$executeRaw`; gives the number
 * of rows the statement reports, as `$executeRaw` does (for `WITH w AS
 * (INSERT … RETURNING id) INSERT INTO "AuditLog" … FROM w`: the audit rows).
 * A single statement is its own transaction, so it is for a write whose row
 * and audit row are ONE statement and whose conditions (scope, version) are in
 * its own WHERE; two writes that belong together use a transaction.
 */
export async function schrijfSql(query: Prisma.Sql): Promise<number> {
  const database = getDatabase();
  if (!database.pool) return database.prisma.$executeRaw(query);
  return (await opPool(database.pool, query)).rowCount ?? 0;
}

/** One statement on the pool, counted (telStatements), as the named prepared statement of its text. */
function opPool(pool: Pool, query: Prisma.Sql, types?: typeof TYPES) {
  meldStatement(query.text);
  return pool.query({ name: voorbereideNaam(query.text), text: query.text, values: query.values.map(naarPg), ...(types ? { types } : {}) });
}

/**
 * The name under which a statement is prepared on each pooled connection
 * (docs/decisions/023): the same text always gets the same name, so PostgreSQL
 * parses and plans it once per connection instead of on every call; after five
 * calls it keeps a generic plan when that is not costlier than planning anew.
 * The hot reads build their text from fixed fragments (lists are bound as one
 * array), so there are a few hundred texts at most; past MAX_VOORBEREID a new
 * text runs unnamed, so a text built from data cannot fill every connection's
 * memory with prepared statements.
 */
export const MAX_VOORBEREID = 300;
const namen = new Map<string, string>();

export function voorbereideNaam(text: string): string | undefined {
  const bekend = namen.get(text);
  if (bekend !== undefined || namen.size >= MAX_VOORBEREID) return bekend;
  // Past the cap nothing is kept, so neither PostgreSQL nor this process grows with new texts.
  const naam = `wegwijs_${createHash("sha1").update(text).digest("base64url")}`;
  namen.set(text, naam);
  return naam;
}

/**
 * An instant column as epoch milliseconds (float8), the form in which the hot
 * reads return instants inside json or arrays (leesSql refuses arrays of
 * timestamps): `new Date(ms)` on the JavaScript side.
 */
export const epochMsSql = (kolom: Prisma.Sql): Prisma.Sql => Prisma.sql`(extract(epoch FROM ${kolom}) * 1000)::float8`;

/**
 * A list of enum values for `kolom IN (…)`, each cast to the column's enum type, so the comparison is
 * enum to enum: the planner sees the values (a `kolom::text IN (…)` hides them, decision 024), and
 * PGlite's `$queryRaw` (typed text parameters) accepts it too.
 */
export const enumLijstSql = (enumType: string, waarden: readonly string[]): Prisma.Sql =>
  Prisma.join(waarden.map((w) => Prisma.sql`${w}::${Prisma.raw(`"${enumType.replaceAll('"', "")}"`)}`));

/** Arguments as @prisma/adapter-pg sends them: an instant as its UTC wall clock, a bigint as text. */
function naarPg(waarde: unknown): unknown {
  if (waarde instanceof Date) return utcTekst(waarde);
  if (typeof waarde === "bigint") return waarde.toString();
  if (Array.isArray(waarde)) return waarde.map(naarPg);
  return waarde;
}

const twee = (n: number) => String(n).padStart(2, "0");

function utcTekst(d: Date): string {
  const ms = d.getUTCMilliseconds();
  return `${String(d.getUTCFullYear()).padStart(4, "0")}-${twee(d.getUTCMonth() + 1)}-${twee(d.getUTCDate())} ${twee(d.getUTCHours())}:${twee(d.getUTCMinutes())}:${twee(d.getUTCSeconds())}${ms ? `.${String(ms).padStart(3, "0")}` : ""}`;
}

/** OIDs (pg_type) of the types below. Enums (and other types made by the schema) have OIDs from 16384 and come back as text. */
const OID = {
  bool: 16,
  int8: 20,
  int2: 21,
  int4: 23,
  text: 25,
  json: 114,
  float4: 700,
  float8: 701,
  bpchar: 1042,
  varchar: 1043,
  date: 1082,
  timestamp: 1114,
  timestamptz: 1184,
  numeric: 1700,
  uuid: 2950,
  jsonb: 3802,
  boolArray: 1000,
  int2Array: 1005,
  int4Array: 1007,
  textArray: 1009,
  varcharArray: 1015,
  float4Array: 1021,
  float8Array: 1022,
} as const;
const EERSTE_EIGEN_TYPE = 16_384;
const TOEGESTAAN = new Set<number>(Object.values(OID));

// The parsers that differ from pg's defaults. pg reads timestamp and date in the process's
// local time zone; Wegwijs stores UTC (as Prisma does), so those are read as UTC here.
const EIGEN: Record<number, (tekst: string) => unknown> = {
  [OID.timestamp]: (t) => new Date(`${t.replace(" ", "T")}Z`),
  [OID.date]: (t) => new Date(`${t}T00:00:00.000Z`),
  [OID.int8]: (t) => BigInt(t),
  [OID.numeric]: (t) => new Prisma.Decimal(t),
};

const TYPES = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    return EIGEN[oid] ?? types.getTypeParser(oid, format ?? "text");
  },
} as unknown as NonNullable<import("pg").QueryConfig["types"]>;
