/**
 * setupFiles entry of the "integration" project: runs in each test file's
 * worker before the file is imported. Gives the file its own copy of the
 * migrated template database and makes lib code's `db()` use it.
 *
 * Measured on the 2-core machines (TEST_DB_TIMING=1 prints it): a copy takes
 * ≈ 0.1 s on PostgreSQL 15 (CREATE DATABASE … TEMPLATE) and ≈ 1–2.5 s on
 * PGlite (loadDataDir; up to ≈ 5 s while two workers start at once). The
 * template itself: ≈ 0.2–0.4 s on PostgreSQL, ≈ 3–8 s on PGlite.
 */
import { readFile } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, inject } from "vitest";
import "./context";
import { registerTestDatabase } from "./db";
import { createDatabase, databaseNameOf, dropDatabase, randomDatabaseName, withDatabaseName } from "./pg-admin";

const info = inject("testDb");
const started = performance.now();
let cleanup: () => Promise<void>;

if (info.engine === "postgresql") {
  const name = randomDatabaseName(databaseNameOf(info.adminUrl), "t");
  await createDatabase(info.adminUrl, name, info.templateName);
  const url = withDatabaseName(info.adminUrl, name);
  // Before lib/env is first imported (below), so env.DATABASE_URL is the copy too.
  process.env.DATABASE_URL = url;
  const { openDatabase, setDatabase } = await import("@/lib/db/client");
  const database = openDatabase({ url });
  setDatabase(database);
  registerTestDatabase(database);
  cleanup = async () => {
    await database.close();
    await dropDatabase(info.adminUrl, name);
  };
} else {
  const dump = await readFile(info.dumpFile);
  const pglite = await PGlite.create({ loadDataDir: new Blob([dump]) });
  const { openDatabase, setDatabase } = await import("@/lib/db/client");
  const database = openDatabase({ pglite });
  setDatabase(database);
  registerTestDatabase(database);
  cleanup = () => database.close();
}

if (process.env.TEST_DB_TIMING) {
  process.stdout.write(`[test-db] kopie (${info.engine}) klaar in ${((performance.now() - started) / 1000).toFixed(2)} s\n`);
}

afterAll(async () => {
  const { setDatabase } = await import("@/lib/db/client");
  setDatabase(undefined);
  registerTestDatabase(undefined);
  await cleanup();
});
