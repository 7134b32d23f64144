import type { PGlite } from "@electric-sql/pglite";
import type { Pool } from "pg";

/**
 * The few raw-SQL operations the migration runner and health check need,
 * over either engine. Everything else goes through Prisma.
 */
export interface SqlConnection {
  /** Run one or more statements without parameters. */
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Run `fn` in one transaction on one connection; roll back if it throws. */
  transaction<T>(fn: (tx: SqlConnection) => Promise<T>): Promise<T>;
  /**
   * Run `fn` on one dedicated connection (for session-level state such as an
   * advisory lock, which must be taken and released on the same connection).
   */
  session<T>(fn: (conn: SqlConnection) => Promise<T>): Promise<T>;
}

export function pgliteConnection(db: PGlite): SqlConnection {
  const wrap = (q: Pick<PGlite, "exec" | "query">): Pick<SqlConnection, "exec" | "query"> => ({
    async exec(sql) {
      await q.exec(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      const res = await q.query<T>(sql, params);
      return res.rows;
    },
  });
  const nested = () => Promise.reject(new Error("geneste transactie"));
  const conn: SqlConnection = {
    ...wrap(db),
    transaction(fn) {
      return db.transaction((tx) => fn({ ...wrap(tx), transaction: nested, session: nested }));
    },
    // PGlite is a single connection already.
    session: (fn) => fn(conn),
  };
  return conn;
}

type Queryable = { query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }> };

/**
 * A queue that runs the functions given to it one after another, in call
 * order, whether the previous one resolved or rejected. One pg client runs one
 * query at a time; pg 8 deprecates queueing a query on a busy client and pg 9
 * refuses it, so everything that shares one client goes through a queue.
 */
export function inOrder(): <T>(fn: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(fn: () => Promise<T>) => {
    const next = last.then(fn, fn);
    last = next.catch(() => undefined);
    return next;
  };
}

/** A connection bound to one pg client: transactions are BEGIN/COMMIT on it. */
function pgClientConnection(pgClient: Queryable): SqlConnection {
  const nested = () => Promise.reject(new Error("geneste transactie"));
  const queue = inOrder();
  const client: Queryable = { query: (sql, params) => queue(() => pgClient.query(sql, params)) };
  const conn: SqlConnection = {
    async exec(sql) {
      await client.query(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      return (await client.query(sql, params)).rows as T[];
    },
    async transaction(fn) {
      await client.query("BEGIN");
      try {
        const result = await fn({ ...conn, transaction: nested, session: nested });
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      }
    },
    session: (fn) => fn(conn),
  };
  return conn;
}

export function pgPoolConnection(pool: Pool): SqlConnection {
  async function withClient<T>(fn: (conn: SqlConnection) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      return await fn(pgClientConnection(client));
    } finally {
      client.release();
    }
  }
  return {
    async exec(sql) {
      await pool.query(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      return (await pool.query(sql, params)).rows as T[];
    },
    transaction: (fn) => withClient((conn) => conn.transaction(fn)),
    session: withClient,
  };
}
