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
}

export function pgliteConnection(db: PGlite): SqlConnection {
  const wrap = (q: Pick<PGlite, "exec" | "query">): Omit<SqlConnection, "transaction"> => ({
    async exec(sql) {
      await q.exec(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      const res = await q.query<T>(sql, params);
      return res.rows;
    },
  });
  return {
    ...wrap(db),
    transaction(fn) {
      return db.transaction((tx) => fn({ ...wrap(tx), transaction: () => Promise.reject(new Error("geneste transactie")) }));
    },
  };
}

export function pgPoolConnection(pool: Pool): SqlConnection {
  return {
    async exec(sql) {
      await pool.query(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      const res = await pool.query(sql, params);
      return res.rows as T[];
    },
    async transaction(fn) {
      const client = await pool.connect();
      const conn: SqlConnection = {
        async exec(sql) {
          await client.query(sql);
        },
        async query<T>(sql: string, params: unknown[] = []) {
          return (await client.query(sql, params)).rows as T[];
        },
        transaction: () => Promise.reject(new Error("geneste transactie")),
      };
      try {
        await client.query("BEGIN");
        const result = await fn(conn);
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
  };
}
