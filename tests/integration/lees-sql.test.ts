import { describe, expect, it } from "vitest";
import { getDatabase, leesSql, telStatements } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";
import { MAX_VOORBEREID, voorbereideNaam } from "@/lib/db/lees";

/**
 * leesSql (lib/db/lees.ts, decision 021) reads past Prisma on PostgreSQL and
 * must give exactly what `$queryRaw` gives for the same statement: every type
 * it allows, parameters of every kind, on PostgreSQL and on PGlite.
 */
const moment = new Date("2026-03-29T01:30:00.250Z");
const alleTypen = () => Prisma.sql`
  SELECT true AS bool, 7::int2 AS int2, 42::int4 AS int4, 9007199254740993::int8 AS int8, 'tekst'::text AS text,
         'ab'::varchar AS varchar, 'x'::char(2) AS bpchar, 1.5::float4 AS float4, 2.25::float8 AS float8,
         12.345::numeric AS numeric, '2026-03-29'::date AS date, ${moment}::timestamp AS timestamp,
         ${moment}::timestamptz AS timestamptz, '{"a":[1,"b",null]}'::json AS json, '{"b":{"c":true}}'::jsonb AS jsonb,
         '6f1c3b9e-8d2a-4c1e-9f00-0123456789ab'::uuid AS uuid, 'GEPLAND'::"AfspraakStatus" AS enum,
         ARRAY[true, false] AS "boolArray", ARRAY[1, 2]::int4[] AS "int4Array", ARRAY[1.5, 2.5]::float8[] AS "float8Array",
         ARRAY['a', 'b,c', NULL] AS "textArray", NULL::text AS leeg,
         ${["x", "y"]}::text[] AS "tekstParam", ${3}::int4 AS "getalParam", ${false}::bool AS "boolParam",
         ${moment} = ${new Date(moment.getTime())}::timestamp AS "gelijk"`;

describe("leesSql", () => {
  it("geeft voor elk toegestaan type hetzelfde als $queryRaw, in elke tijdzone van het proces", async () => {
    // On PGlite leesSql is $queryRaw itself (and PGlite's adapter reads fewer types): this is about PostgreSQL.
    if (getDatabase().engine !== "postgresql") return;
    const verwacht = await getDatabase().prisma.$queryRaw<Record<string, unknown>[]>(alleTypen());
    const vorige = process.env.TZ;
    try {
      for (const tz of ["UTC", "Europe/Amsterdam", "America/New_York"]) {
        process.env.TZ = tz;
        const rijen = await leesSql<Record<string, unknown>[]>(alleTypen());
        expect(rijen, tz).toEqual(verwacht);
        expect(rijen[0]?.timestamp, tz).toEqual(moment);
        expect(rijen[0]?.date, tz).toEqual(new Date("2026-03-29T00:00:00.000Z"));
        expect(rijen[0]?.int8, tz).toBe(9007199254740993n);
        expect(String(rijen[0]?.numeric), tz).toBe("12.345");
      }
    } finally {
      process.env.TZ = vorige;
    }
  });

  it("vergelijkt een Date-parameter met een opgeslagen moment zoals Prisma", async () => {
    const [rij] = await leesSql<{ id: string }[]>(Prisma.sql`SELECT 'ja' AS id WHERE ${moment}::timestamp = '2026-03-29 01:30:00.25'::timestamp`);
    expect(rij?.id).toBe("ja");
  });

  it("weigert een kolom die het niet als $queryRaw kan teruggeven", async () => {
    if (getDatabase().engine !== "postgresql") return; // On PGlite leesSql is $queryRaw itself.
    await expect(leesSql(Prisma.sql`SELECT ARRAY[now()::timestamp] AS momenten`)).rejects.toThrow(/momenten/);
    await expect(leesSql(Prisma.sql`SELECT '10:00'::time AS tijd`)).rejects.toThrow(/tijd/);
    // An array of an enum would be the string "{WONEN,PARTICIPATIE}": refused; as text[] it is a list.
    await expect(leesSql(Prisma.sql`SELECT ARRAY['WONEN', 'PARTICIPATIE']::"Leefgebied"[] AS gebieden`)).rejects.toThrow(/gebieden/);
    const [rij] = await leesSql<{ gebieden: string[] }[]>(Prisma.sql`SELECT ARRAY['WONEN', 'PARTICIPATIE']::"Leefgebied"[]::text[] AS gebieden`);
    expect(rij?.gebieden).toEqual(["WONEN", "PARTICIPATIE"]);
  });

  it("draait zonder JIT en zonder parallelle workers op de verbindingen van de pool (decision 024)", async () => {
    if (getDatabase().engine !== "postgresql") return;
    const instellingen = Prisma.sql`SELECT current_setting('jit') AS jit, current_setting('max_parallel_workers_per_gather') AS workers`;
    expect(await leesSql<{ jit: string; workers: string }[]>(instellingen)).toEqual([{ jit: "off", workers: "0" }]);
    // Also on a connection Prisma takes from the same pool.
    expect(await getDatabase().prisma.$queryRaw<{ jit: string; workers: string }[]>(instellingen)).toEqual([{ jit: "off", workers: "0" }]);
  });

  it("telt als één statement", async () => {
    const geteld = await telStatements(() => leesSql(Prisma.sql`SELECT 1 AS een`));
    expect(geteld.aantal).toBe(1);
  });

  it("bereidt een tekst één keer per verbinding voor en geeft met elke parameter het goede antwoord", async () => {
    if (getDatabase().engine !== "postgresql") return; // PGlite: $queryRaw, unnamed.
    const tekst = (n: number) => Prisma.sql`SELECT ${n}::int4 * 2 AS dubbel, ${`p${n}`}::text AS naam`;
    // More than five calls: from the sixth PostgreSQL may use its generic plan; every answer is still this call's.
    for (let n = 1; n <= 8; n++) expect(await leesSql(tekst(n))).toEqual([{ dubbel: n * 2, naam: `p${n}` }]);
    // The pool hands the same idle connection to one caller after another: there the statement is prepared once.
    const voorbereid = await leesSql<{ name: string; aantal: bigint }[]>(
      Prisma.sql`SELECT name, count(*) OVER () AS aantal FROM pg_prepared_statements WHERE statement = ${tekst(1).text}`,
    );
    expect(voorbereid).toEqual([{ name: voorbereideNaam(tekst(1).text), aantal: 1n }]);
  });

  it("geeft dezelfde tekst dezelfde naam, en na de grens geen naam meer", () => {
    const a = voorbereideNaam("SELECT 1 AS a");
    expect(a).toMatch(/^wegwijs_[\w-]{27}$/);
    expect(voorbereideNaam("SELECT 1 AS a")).toBe(a);
    expect(voorbereideNaam("SELECT 1 AS b")).not.toBe(a);
    // Texts built from data would be new every time: past the limit they run unnamed. (Last in this file: it fills the cache.)
    for (let i = 0; i < MAX_VOORBEREID; i++) voorbereideNaam(`SELECT ${i} AS vulling`);
    expect(voorbereideNaam("SELECT 'nieuw' AS te_veel")).toBeUndefined();
    expect(voorbereideNaam("SELECT 1 AS a")).toBe(a);
  });
});
