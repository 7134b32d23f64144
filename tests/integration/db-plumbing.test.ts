import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { db, openDatabase, setDatabase } from "@/lib/db/client";
import { readMigrations } from "@/lib/db/migrate";
import { maakGebruiker, maakOrganisatie } from "../factories";
import { openEmptyDatabase, testDatabase, testEngine } from "../setup/db";

const opPostgres = () => testEngine() === "postgresql";

/**
 * Counts, per pg client, how many queries are in flight at once. A client that
 * is asked a second query while busy is what pg 8 deprecates ("Calling
 * client.query() when the client is already executing a query").
 */
function telGelijktijdigeQueries() {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const origineel = proto.query;
  const bezig = new WeakMap<object, number>();
  const meting = { hoogste: 0 };
  proto.query = function (this: object, ...args: unknown[]) {
    const n = (bezig.get(this) ?? 0) + 1;
    bezig.set(this, n);
    meting.hoogste = Math.max(meting.hoogste, n);
    const klaar = () => bezig.set(this, (bezig.get(this) ?? 1) - 1);
    const callback = args.at(-1);
    if (typeof callback === "function") {
      args[args.length - 1] = (...resultaat: unknown[]) => {
        klaar();
        return (callback as (...r: unknown[]) => unknown)(...resultaat);
      };
      return origineel.apply(this, args);
    }
    const resultaat = origineel.apply(this, args) as Promise<unknown>;
    resultaat.then(klaar, klaar);
    return resultaat;
  };
  return { meting, herstel: () => (proto.query = origineel) };
}

describe("GET /api/health", () => {
  it("reports a migrated database as healthy", async () => {
    const res = await health();
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ status: "ok", database: { ok: true, engine: testEngine() } });
    expect(body.migrations).toEqual({ ok: true, applied: readMigrations().length, pending: [] });
  });

  it("is read-only: on an empty database it reports every migration pending and creates nothing", async () => {
    const leeg = await openEmptyDatabase();
    setDatabase(leeg.database);
    try {
      const res = await health();
      expect(res.status).toBe(503);
      const body = await res.json();
      expect(body.migrations).toEqual({ ok: false, applied: 0, pending: readMigrations().map((m) => m.name) });
      const [rij] = await leeg.database.sql.query<{ naam: string | null }>(`SELECT to_regclass('"_prisma_migrations"')::text AS naam`);
      expect(rij?.naam).toBeNull();
      const tabellen = await leeg.database.sql.query(`SELECT 1 FROM pg_tables WHERE schemaname = 'public'`);
      expect(tabellen).toHaveLength(0);
    } finally {
      setDatabase(testDatabase());
      await leeg.dispose();
    }
  });
});

describe.runIf(opPostgres())("one pg pool per database (PostgreSQL)", () => {
  it("Prisma and the raw-SQL connection take their clients from the same pool", async () => {
    const database = openDatabase({ url: process.env.DATABASE_URL! });
    try {
      const pool = database.pool!;
      expect(pool).toBeInstanceOf(pg.Pool);
      expect(pool.totalCount).toBe(0);
      await database.prisma.organisatie.count();
      // Prisma's query opened a client in OUR pool…
      expect(pool.totalCount).toBe(1);
      await database.sql.query("SELECT 1");
      // …and raw SQL reused it instead of opening a second connection.
      expect(pool.totalCount).toBe(1);
      const [rij] = await database.sql.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'wegwijs' AND pid <> pg_backend_pid()`,
      );
      // Only the per-file test database's own pool may hold other connections.
      expect(rij!.n).toBeLessThanOrEqual(testDatabase().pool!.totalCount);
    } finally {
      await database.close();
    }
  });
});

describe.runIf(opPostgres())("no concurrent queries on one pg client (PostgreSQL)", () => {
  let teller: ReturnType<typeof telGelijktijdigeQueries>;
  beforeAll(async () => {
    const { organisatie, gemeente } = await maakOrganisatie();
    for (let i = 0; i < 3; i++) await maakGebruiker(organisatie.id, "CONSULENT", { gemeenteIds: [gemeente.id] });
    teller = telGelijktijdigeQueries();
  });
  afterAll(() => teller.herstel());

  it("a nested select inside a transaction loads its relations one query at a time", async () => {
    teller.meting.hoogste = 0;
    const rijen = await db().$transaction((tx) =>
      tx.gebruiker.findMany({
        select: { id: true, organisatie: { select: { naam: true } }, team: true, gemeenten: true, sessies: true },
      }),
    );
    expect(rijen.length).toBeGreaterThanOrEqual(3);
    expect(teller.meting.hoogste).toBe(1);
  });

  it("Promise.all on one transaction client and on one raw-SQL session still runs queries in turn", async () => {
    teller.meting.hoogste = 0;
    await db().$transaction((tx) => Promise.all([tx.gebruiker.count(), tx.gemeente.count(), tx.organisatie.count()]));
    await testDatabase().sql.session((conn) =>
      Promise.all([conn.query("SELECT pg_sleep(0.02)"), conn.query("SELECT 1"), conn.query("SELECT 2")]),
    );
    await testDatabase().sql.transaction((tx) => Promise.all([tx.query("SELECT 1"), tx.query("SELECT 2")]));
    expect(teller.meting.hoogste).toBe(1);
  });
});
