import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SqlConnection } from "@/lib/db/sql";
import { DEFAULT_MIGRATIONS_DIR, MigrationError, readMigrations, runMigrations } from "@/lib/db/migrate";
import { openEmptyDatabase, testDatabase, type ScratchDatabase } from "../setup/db";

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
}

const rows = (conn: SqlConnection) =>
  conn.query<MigrationRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count
       FROM "_prisma_migrations" ORDER BY migration_name`,
  );

const tableExists = async (conn: SqlConnection, table: string) => {
  const [row] = await conn.query<{ oid: string | null }>(`SELECT to_regclass($1)::text AS oid`, [`"${table}"`]);
  return row?.oid != null;
};

async function migrationError(promise: Promise<unknown>): Promise<MigrationError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MigrationError);
  return error as MigrationError;
}

describe("migration runner on a fresh, empty database", () => {
  let scratch: ScratchDatabase;
  let conn: SqlConnection;
  let tmp: string;
  const files = readMigrations();

  // A private copy of prisma/migrations the test may change.
  const migrationsCopy = () => {
    const dir = path.join(tmp, "migrations");
    cpSync(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
    return dir;
  };
  const addMigration = (dir: string, name: string, sql: string) => {
    mkdirSync(path.join(dir, name));
    writeFileSync(path.join(dir, name, "migration.sql"), sql);
  };

  beforeEach(async () => {
    scratch = await openEmptyDatabase();
    conn = scratch.database.sql;
    tmp = mkdtempSync(path.join(os.tmpdir(), "wegwijs-migrate-test-"));
  });
  afterEach(async () => {
    await scratch?.dispose();
    rmSync(tmp, { recursive: true, force: true });
  });

  it("applies every migration in order and records it like Prisma Migrate", async () => {
    expect(files.length).toBeGreaterThan(0);
    expect(await tableExists(conn, "Gebruiker")).toBe(false);

    const applied = await runMigrations(conn);

    expect(applied).toEqual(files.map((f) => f.name));
    expect(await tableExists(conn, "Gebruiker")).toBe(true);
    expect(await tableExists(conn, "AuditLog")).toBe(true);
    const recorded = await rows(conn);
    expect(recorded.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    for (const row of recorded) {
      const sql = readFileSync(path.join(DEFAULT_MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("does nothing when run again", async () => {
    await runMigrations(conn);
    const before = await rows(conn);

    expect(await runMigrations(conn)).toEqual([]);
    expect(await rows(conn)).toEqual(before);
  });

  it("refuses a migration that was changed after it was applied", async () => {
    const dir = migrationsCopy();
    await runMigrations(conn, dir);
    appendFileSync(path.join(dir, files[0]!.name, "migration.sql"), "\n-- achteraf gewijzigd\n");

    const error = await migrationError(runMigrations(conn, dir));
    expect(error.message).toContain("gewijzigd");
    expect(error.message).toContain(files[0]!.name);
  });

  it("refuses when an applied migration is missing from the folder", async () => {
    const dir = migrationsCopy();
    addMigration(dir, "29990101000000_extra", `CREATE TABLE "TestExtra" ("id" INTEGER PRIMARY KEY);`);
    expect(await runMigrations(conn, dir)).toContain("29990101000000_extra");
    rmSync(path.join(dir, "29990101000000_extra"), { recursive: true });

    const error = await migrationError(runMigrations(conn, dir));
    expect(error.message).toContain("staat niet");
    expect(error.message).toContain("29990101000000_extra");
  });

  it("rolls a failing migration back completely and can apply it once fixed", async () => {
    const dir = migrationsCopy();
    const broken = "29990101000000_broken";
    addMigration(
      dir,
      broken,
      `CREATE TABLE "TestHalf" ("id" INTEGER PRIMARY KEY);
       INSERT INTO "TestHalf" VALUES (1);
       SELECT 1 / 0;`,
    );

    const error = await migrationError(runMigrations(conn, dir));
    expect(error.message).toContain(broken);

    // The earlier migrations committed in their own transactions; the broken one left nothing.
    expect(await tableExists(conn, "Gebruiker")).toBe(true);
    expect(await tableExists(conn, "TestHalf")).toBe(false);
    const recorded = await rows(conn);
    expect(recorded.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    expect(recorded.every((r) => r.finished_at !== null)).toBe(true);

    writeFileSync(path.join(dir, broken, "migration.sql"), `CREATE TABLE "TestHalf" ("id" INTEGER PRIMARY KEY);`);
    expect(await runMigrations(conn, dir)).toEqual([broken]);
    expect(await tableExists(conn, "TestHalf")).toBe(true);
  });
});

describe("AuditLog (template copy of this test file)", () => {
  it("is append-only: UPDATE and DELETE are refused by the database", async () => {
    const { sql, prisma } = testDatabase();
    await sql.exec(`INSERT INTO "AuditLog" ("actie", "entiteit") VALUES ('test.append-only', 'Test')`);

    await expect(sql.exec(`UPDATE "AuditLog" SET "actie" = 'gewijzigd'`)).rejects.toThrow(/append-only/);
    await expect(sql.exec(`DELETE FROM "AuditLog"`)).rejects.toThrow(/append-only/);
    await expect(sql.exec(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only/);
    await expect(prisma.auditLog.deleteMany({})).rejects.toThrow();

    const [row] = await sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "AuditLog" WHERE "actie" = 'test.append-only'`,
    );
    expect(row?.n).toBe(1);
  });
});
