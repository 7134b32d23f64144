/**
 * vitest globalSetup for the "integration" project: builds ONE migrated
 * template database per run; tests/setup/integration.ts copies it per test file.
 *
 * - DATABASE_URL set (real PostgreSQL): database `<dbname>_tpl`, dropped and
 *   re-created, migrated; files copy it with CREATE DATABASE … TEMPLATE.
 * - Otherwise (embedded): an in-memory PGlite, migrated, dumped to a tar file;
 *   files load it with `new PGlite({ loadDataDir })`.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { openDatabase } from "@/lib/db/client";
import { runMigrations } from "@/lib/db/migrate";
import "./context";
import { createDatabase, databaseNameOf, dropDatabase, redact, withDatabaseName } from "./pg-admin";

function note(message: string) {
  process.stdout.write(`[test-db] ${message}\n`);
}

export default async function setup(project: TestProject) {
  const started = performance.now();
  const url = process.env.DATABASE_URL?.trim();

  if (url) {
    const templateName = `${databaseNameOf(url)}_tpl`;
    await dropDatabase(url, templateName);
    await createDatabase(url, templateName);
    const database = openDatabase({ url: withDatabaseName(url, templateName) });
    try {
      await runMigrations(database.sql);
    } finally {
      // CREATE DATABASE … TEMPLATE refuses while anyone is connected to the template.
      await database.close();
    }
    note(`PostgreSQL-sjabloon ${templateName} op ${redact(url)} gemigreerd in ${seconds(started)}`);
    project.provide("testDb", { engine: "postgresql", adminUrl: url, templateName });
    return async () => {
      await dropDatabase(url, templateName);
    };
  }

  const dir = mkdtempSync(path.join(os.tmpdir(), "wegwijs-test-db-"));
  const dumpFile = path.join(dir, "template.tar");
  const pglite = new PGlite();
  const database = openDatabase({ pglite });
  try {
    await runMigrations(database.sql);
    const dump = await pglite.dumpDataDir("none");
    writeFileSync(dumpFile, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await database.close();
  }
  note(`PGlite-sjabloon gemigreerd en gedumpt in ${seconds(started)}`);
  project.provide("testDb", { engine: "pglite", dumpFile });
  return () => {
    rmSync(dir, { recursive: true, force: true });
  };
}

function seconds(since: number) {
  return `${((performance.now() - since) / 1000).toFixed(2)} s`;
}
