import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { Pool } from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { env } from "@/lib/env";
import { PrismaClient } from "./generated/client";
import { inOrder, pgliteConnection, pgPoolConnection, type SqlConnection } from "./sql";
import { geteld, meldStatement } from "./telling";

type PgAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type PgTransaction = Awaited<ReturnType<PgAdapter["startTransaction"]>>;

/**
 * @prisma/adapter-pg on OUR pool, with each interactive transaction's queries
 * run one after another. Prisma's query interpreter loads the relations of a
 * nested select in parallel; inside a transaction those all go to the one
 * pg client of that transaction, which pg 8 deprecates ("Calling client.query()
 * when the client is already executing a query") and pg 9 will refuse.
 * Outside a transaction every query takes its own client from the pool.
 */
class PrismaPgOnPool extends PrismaPg {
  constructor(pool: Pool) {
    super(pool);
  }
  override async connect(): Promise<PgAdapter> {
    const adapter = geteld(await super.connect());
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      // The adapter sends BEGIN itself; Prisma sends COMMIT/ROLLBACK through the transaction (counted there).
      meldStatement("BEGIN");
      return serialised(geteld(await startTransaction(isolationLevel)));
    };
    return adapter;
  }
}

function serialised(tx: PgTransaction): PgTransaction {
  const queue = inOrder();
  const queryRaw = tx.queryRaw.bind(tx);
  const executeRaw = tx.executeRaw.bind(tx);
  tx.queryRaw = (query) => queue(() => queryRaw(query));
  tx.executeRaw = (query) => queue(() => executeRaw(query));
  return tx;
}

type PgliteAdapter = Awaited<ReturnType<PrismaPGlite["connect"]>>;
type PgliteQuery = Parameters<PgliteAdapter["queryRaw"]>[0];

/**
 * pglite-prisma-adapter 0.6 on Prisma 6.19: Prisma sends a `Bytes` argument as
 * base64 text (what @prisma/adapter-pg decodes in its mapArg), and 0.6 passes it
 * on as text, which PostgreSQL refuses for bytea ("Invalid input for bytea
 * type"). This decodes those arguments, for plain queries and in transactions.
 */
class PrismaPGliteBytes extends PrismaPGlite {
  override async connect(): Promise<PgliteAdapter> {
    const adapter = geteld(await super.connect());
    metBytes(adapter);
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      // PGlite's transaction() sends BEGIN and COMMIT/ROLLBACK itself (Prisma sends them as "phantom" queries): counted here.
      meldStatement("BEGIN");
      const tx = metBytes(geteld(await startTransaction(isolationLevel)));
      const commit = tx.commit.bind(tx);
      const rollback = tx.rollback.bind(tx);
      tx.commit = () => (meldStatement("COMMIT"), commit());
      tx.rollback = () => (meldStatement("ROLLBACK"), rollback());
      return tx;
    };
    return adapter;
  }
}

function metBytes<T extends Pick<PgliteAdapter, "queryRaw" | "executeRaw">>(q: T): T {
  const queryRaw = q.queryRaw.bind(q);
  const executeRaw = q.executeRaw.bind(q);
  q.queryRaw = (query) => queryRaw(bytesAlsBuffer(query));
  q.executeRaw = (query) => executeRaw(bytesAlsBuffer(query));
  return q;
}

function bytesAlsBuffer(query: PgliteQuery): PgliteQuery {
  const types = (query as unknown as { argTypes?: ({ scalarType?: string } | undefined)[] }).argTypes;
  if (!types?.some((t) => t?.scalarType === "bytes")) return query;
  const bytes = (arg: unknown): unknown =>
    typeof arg === "string" ? Buffer.from(arg, "base64") : Array.isArray(arg) && arg.every((x) => typeof x === "number") ? Buffer.from(arg) : Array.isArray(arg) ? arg.map(bytes) : arg;
  return { ...query, args: query.args.map((arg, i) => (types[i]?.scalarType === "bytes" ? bytes(arg) : arg)) };
}

/**
 * The one Prisma client factory. PostgreSQL when DATABASE_URL is set, otherwise
 * embedded PGlite under PGLITE_DIR. Secret columns are omitted by default; a
 * query that needs one asks for it with `omit: { x: false }`.
 */
function createPrismaClient(adapter: PrismaPg | PrismaPGlite) {
  return new PrismaClient({
    // pglite-prisma-adapter 0.6 is typed against driver-adapter-utils 6.10; the
    // runtime contract is the same (checked by the integration tests on PGlite).
    adapter: adapter as PrismaPg,
    omit: {
      gebruiker: { wachtwoordHash: true, agendaTokenHash: true },
      inburgeraar: { bsnVersleuteld: true, bsnHash: true },
      // Scans of signed consent forms are read only by the download route.
      toestemmingScan: { inhoud: true },
    },
  });
}

export type Db = ReturnType<typeof createPrismaClient>;
/** A client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export interface Database {
  prisma: Db;
  sql: SqlConnection;
  engine: "pglite" | "postgresql";
  /** PostgreSQL only: the one pool that Prisma and `sql` share. */
  pool?: Pool;
  /** PGlite only: the embedded database itself (backup: lib/db/backup.ts). */
  pglite?: PGlite;
  close(): Promise<void>;
}

export type DatabaseOptions = { url: string } | { pglite: PGlite } | { pgliteDir: string };

export function openDatabase(options: DatabaseOptions): Database {
  if ("url" in options) {
    // ONE pool per Database: Prisma and the raw-SQL connection (migrations,
    // health check) take their clients from it, so an instance holds at most
    // `max` connections to the server.
    // jit=off: PostgreSQL's JIT compiles every statement whose estimated cost passes jit_above_cost,
    // on every execution. For Wegwijs's organisation-wide lists (the teamleider's start page) that
    // was 50–150 ms per statement, more than the work itself. No parallel workers either: with many
    // users at once every core is already busy, and starting workers costs more than it saves
    // (docs/decisions/024). A connection string with its own `options` wins (pg reads the URL after
    // this object).
    const pool = new Pool({
      connectionString: options.url,
      max: 10,
      application_name: "wegwijs",
      options: "-c jit=off -c max_parallel_workers_per_gather=0",
    });
    const prisma = createPrismaClient(new PrismaPgOnPool(pool));
    return {
      prisma,
      sql: pgPoolConnection(pool),
      engine: "postgresql",
      pool,
      async close() {
        await prisma.$disconnect();
        if (!pool.ended) await pool.end();
      },
    };
  }
  let pglite: PGlite;
  if ("pglite" in options) {
    pglite = options.pglite;
  } else {
    // PGlite does not create missing parent directories.
    mkdirSync(path.dirname(path.resolve(options.pgliteDir)), { recursive: true });
    pglite = new PGlite(options.pgliteDir);
  }
  const prisma = createPrismaClient(new PrismaPGliteBytes(pglite));
  return {
    prisma,
    sql: pgliteConnection(pglite),
    engine: "pglite",
    pglite,
    async close() {
      await prisma.$disconnect();
      if (!pglite.closed) await pglite.close();
    },
  };
}

// Kept on globalThis so dev hot reloads and duplicate module instances share one
// Database: one pg pool per process on PostgreSQL, and on PGlite the one owner
// of the data directory.
const globalForDb = globalThis as unknown as { wegwijsDatabase?: Database };

export function getDatabase(): Database {
  globalForDb.wegwijsDatabase ??= openDatabase(
    env.DATABASE_URL ? { url: env.DATABASE_URL } : { pgliteDir: env.PGLITE_DIR },
  );
  return globalForDb.wegwijsDatabase;
}

/** Tests swap in a fresh database per file. */
export function setDatabase(database: Database | undefined) {
  globalForDb.wegwijsDatabase = database;
}

/** The Prisma client of this process. */
export function db(): Db {
  return getDatabase().prisma;
}
