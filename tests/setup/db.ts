/**
 * Database helpers for integration tests.
 *
 * Every integration test FILE gets its own copy of the migrated template
 * (tests/setup/integration.ts), and lib code calling `db()` uses it. Tests in
 * one file share that copy: clean up or use unique values if that matters.
 */
import { PGlite } from "@electric-sql/pglite";
import { inject } from "vitest";
import { openDatabase, type Database } from "@/lib/db/client";
import "./context";
import { createDatabase, databaseNameOf, dropDatabase, randomDatabaseName, withDatabaseName } from "./pg-admin";

const state = globalThis as unknown as { wegwijsTestDatabase?: Database };

/** The per-file test database (Prisma client + raw SQL). Same one `db()` returns. */
export function testDatabase(): Database {
  if (!state.wegwijsTestDatabase) {
    throw new Error("Geen testdatabase: draait deze test in het project 'integration' (tests/integration/**)?");
  }
  return state.wegwijsTestDatabase;
}

/** Used by tests/setup/integration.ts only. */
export function registerTestDatabase(database: Database | undefined) {
  state.wegwijsTestDatabase = database;
}

export function testEngine(): "pglite" | "postgresql" {
  return inject("testDb").engine;
}

export interface ScratchDatabase {
  database: Database;
  /** Close it and, on PostgreSQL, drop it. */
  dispose(): Promise<void>;
}

/**
 * A brand-new, EMPTY database on the same engine as the run (no migrations, no
 * template): for tests of the migration runner itself. Not wired into `db()`.
 */
export async function openEmptyDatabase(): Promise<ScratchDatabase> {
  const info = inject("testDb");
  if (info.engine === "postgresql") {
    const name = randomDatabaseName(databaseNameOf(info.adminUrl), "m");
    await createDatabase(info.adminUrl, name, "template0");
    const database = openDatabase({ url: withDatabaseName(info.adminUrl, name) });
    return {
      database,
      async dispose() {
        await database.close();
        await dropDatabase(info.adminUrl, name);
      },
    };
  }
  const database = openDatabase({ pglite: await PGlite.create() });
  return { database, dispose: () => database.close() };
}
