/**
 * setupFiles entry of the "integration" project: runs in each test file's
 * worker before the file is imported. Gives the file its own copy of the
 * migrated template database and makes lib code's `db()` use it.
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
