/**
 * Counts the SQL statements Prisma sends to the database while a function
 * runs (docs/decisions/017): every query and write, and a transaction's BEGIN
 * and COMMIT/ROLLBACK, on PostgreSQL and PGlite alike. The Database's adapters
 * report each statement here (lib/db/client.ts); outside `telStatements` that
 * costs one null check. Used by tests/integration/statement-telling.test.ts
 * to prove a page runs the same number of statements for 5 people as for 50.
 *
 * A process-wide count, not an AsyncLocalStorage one: Prisma's client runs a
 * query outside a transaction in the async context of its own request queue,
 * where an AsyncLocalStorage store of the caller is gone (measured: 0 counted).
 * So it counts everything the process sends while `fn` runs: one count at a
 * time (a second concurrent call is refused), for tests and scripts only.
 */
interface Telling {
  statements: string[];
}

let lopend: Telling | null = null;

/** Called by the adapters for each statement sent. */
export function meldStatement(sql: string): void {
  lopend?.statements.push(sql);
}

export interface Geteld<T> {
  resultaat: T;
  aantal: number;
  /** The statements themselves, in the order sent (for a failing test's message). */
  statements: string[];
}

/** Runs `fn` and counts the statements it (and everything it awaits) sends. */
export async function telStatements<T>(fn: () => Promise<T>): Promise<Geteld<T>> {
  if (lopend) throw new Error("telStatements loopt al: tel één ding tegelijk.");
  const telling: Telling = { statements: [] };
  lopend = telling;
  try {
    const resultaat = await fn();
    return { resultaat, aantal: telling.statements.length, statements: telling.statements };
  } finally {
    lopend = null;
  }
}

interface Queryable {
  queryRaw(query: { sql: string }): Promise<unknown>;
  executeRaw(query: { sql: string }): Promise<unknown>;
}

/** Reports every query and write of an adapter or transaction to the running count. */
export function geteld<T extends Queryable>(q: T): T {
  const queryRaw = q.queryRaw.bind(q);
  const executeRaw = q.executeRaw.bind(q);
  q.queryRaw = ((query: { sql: string }) => {
    meldStatement(query.sql);
    return queryRaw(query);
  }) as T["queryRaw"];
  q.executeRaw = ((query: { sql: string }) => {
    meldStatement(query.sql);
    return executeRaw(query);
  }) as T["executeRaw"];
  return q;
}
