import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { SqlConnection } from "./sql";

/**
 * Applies prisma/migrations/<name>/migration.sql in name order, each in its own
 * transaction, and records them in `_prisma_migrations` with the same columns
 * and sha256 checksum Prisma Migrate uses, so `prisma migrate status` agrees.
 * We run our own runner because Prisma's JS schema engine cannot apply
 * migrations to a live PostgreSQL here (docs/decisions/001-database.md).
 */
export const DEFAULT_MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

// Any constant; all app instances agree on it so only one migrates at a time.
const ADVISORY_LOCK_KEY = 461_730_2021;

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MigrationError";
  }
}

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

export function readMigrations(dir = DEFAULT_MIGRATIONS_DIR): MigrationFile[] {
  if (!existsSync(dir)) return [];
  // Read at run time from the checkout, not bundled: tell Turbopack not to trace it.
  return readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(/*turbopackIgnore: true*/ path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

const CREATE_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum"            VARCHAR(64) NOT NULL,
  "finished_at"         TIMESTAMPTZ,
  "migration_name"      VARCHAR(255) NOT NULL,
  "logs"                TEXT,
  "rolled_back_at"      TIMESTAMPTZ,
  "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrationStatus {
  applied: string[];
  pending: string[];
}

/**
 * Compare the database with the files; throws on a changed, missing or failed
 * migration. Read-only (the health check calls it on every request): a
 * database without `_prisma_migrations` has every migration pending.
 */
export async function checkMigrations(conn: SqlConnection, files = readMigrations()): Promise<MigrationStatus> {
  const [table] = await conn.query<{ naam: string | null }>(`SELECT to_regclass('"_prisma_migrations"')::text AS naam`);
  if (!table?.naam) return { applied: [], pending: files.map((f) => f.name) };
  const rows = await conn.query<AppliedRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at, migration_name`,
  );
  const byName = new Map(files.map((f) => [f.name, f]));
  const applied: string[] = [];
  for (const row of rows) {
    if (row.rolled_back_at) continue;
    if (!row.finished_at) {
      throw new MigrationError(
        `Migratie ${row.migration_name} is eerder begonnen maar niet afgerond. Herstel de database handmatig voordat Wegwijs start.`,
      );
    }
    const file = byName.get(row.migration_name);
    if (!file) {
      throw new MigrationError(
        `Migratie ${row.migration_name} is op de database toegepast, maar staat niet (meer) in prisma/migrations. Zet het bestand terug; verwijder nooit een toegepaste migratie.`,
      );
    }
    if (file.checksum !== row.checksum) {
      throw new MigrationError(
        `Migratie ${row.migration_name} is gewijzigd nadat ze is toegepast (checksum klopt niet). Zet de oorspronkelijke versie terug en maak een nieuwe migratie voor de wijziging.`,
      );
    }
    applied.push(row.migration_name);
  }
  const done = new Set(applied);
  return { applied, pending: files.filter((f) => !done.has(f.name)).map((f) => f.name) };
}

/** Apply every pending migration. Safe to call on every start: a second call does nothing. */
export async function runMigrations(connection: SqlConnection, dir = DEFAULT_MIGRATIONS_DIR): Promise<string[]> {
  const files = readMigrations(dir);
  // Lock, migrations and unlock on one connection: an advisory lock belongs to its session.
  return connection.session(async (conn) => {
    await conn.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_KEY]);
    try {
      await conn.exec(CREATE_TABLE);
      const { pending } = await checkMigrations(conn, files);
      for (const name of pending) {
        const file = files.find((f) => f.name === name)!;
        await conn.transaction(async (tx) => {
          const id = randomUUID();
          await tx.query(
            `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())`,
            [id, file.checksum, file.name],
          );
          try {
            await tx.exec(file.sql);
          } catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            throw new MigrationError(`Migratie ${file.name} mislukt en is teruggedraaid: ${reason}`);
          }
          await tx.query(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [id]);
        });
      }
      return pending;
    } finally {
      await conn.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_KEY]);
    }
  });
}
