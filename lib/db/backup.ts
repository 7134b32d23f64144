import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";

/**
 * Backup and restore of the whole database (npm run db:backup / db:restore).
 *
 * - PostgreSQL: `pg_dump --format=custom` inside an exported snapshot, so the
 *   row counts written next to the dump are exactly what the dump holds;
 *   `pg_restore --single-transaction --exit-on-error` into an EMPTY database
 *   (all or nothing).
 * - PGlite: the data directory as a gzipped tar (`dumpDataDir`) after a
 *   CHECKPOINT, taken by the one process that has the database open; restored
 *   with `loadDataDir` into a new, empty directory.
 *
 * Next to every backup file `<file>.json` records the engine, the time, the
 * applied migrations and the rows per table; a restore compares against it and
 * fails when a count differs.
 */

export type BackupEngine = "postgresql" | "pglite";

export interface BackupManifest {
  app: "wegwijs";
  engine: BackupEngine;
  gemaaktOp: string;
  migraties: string[];
  rijen: Record<string, number>;
}

export class BackupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "BackupError";
  }
}

type Queryable = { query<T>(sql: string): Promise<{ rows: T[] }> };

/** Rows per table of the public schema (including `_prisma_migrations`), sorted by name. */
export async function telRijen(q: Queryable): Promise<Record<string, number>> {
  const { rows: tabellen } = await q.query<{ naam: string }>(
    `SELECT tablename AS naam FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const rijen: Record<string, number> = {};
  for (const { naam } of tabellen) {
    const { rows } = await q.query<{ n: string | number }>(`SELECT count(*) AS n FROM "public".${quoteIdent(naam)}`);
    rijen[naam] = Number(rows[0]?.n ?? 0);
  }
  return rijen;
}

async function toegepasteMigraties(q: Queryable): Promise<string[]> {
  const { rows: bestaat } = await q.query<{ naam: string | null }>(`SELECT to_regclass('"_prisma_migrations"')::text AS naam`);
  if (!bestaat[0]?.naam) return [];
  const { rows } = await q.query<{ migration_name: string }>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((r) => r.migration_name);
}

export function manifestPad(bestand: string) {
  return `${bestand}.json`;
}

export function leesManifest(bestand: string): BackupManifest | null {
  const pad = manifestPad(bestand);
  if (!existsSync(pad)) return null;
  const manifest = JSON.parse(readFileSync(pad, "utf8")) as BackupManifest;
  if (manifest.app !== "wegwijs" || typeof manifest.rijen !== "object") {
    throw new BackupError(`${pad} is geen Wegwijs-backupbeschrijving.`);
  }
  return manifest;
}

/** Which engine made this file: pg_dump's custom format starts with "PGDMP", PGlite's dump is gzip. */
export function engineVanBestand(bestand: string): BackupEngine {
  const kop = readFileSync(bestand).subarray(0, 5);
  if (kop.toString("latin1") === "PGDMP") return "postgresql";
  if (kop[0] === 0x1f && kop[1] === 0x8b) return "pglite";
  throw new BackupError(`${bestand} is geen Wegwijs-backup (geen pg_dump- en geen PGlite-bestand).`);
}

/** Compare the restored counts with the manifest; throws naming every table that differs. */
export function vergelijkRijen(verwacht: Record<string, number>, hersteld: Record<string, number>) {
  const namen = [...new Set([...Object.keys(verwacht), ...Object.keys(hersteld)])].sort();
  const verschillen = namen
    .filter((n) => verwacht[n] !== hersteld[n])
    .map((n) => `  ${n}: backup ${verwacht[n] ?? "ontbreekt"}, hersteld ${hersteld[n] ?? "ontbreekt"}`);
  if (verschillen.length) {
    throw new BackupError(`Het herstel wijkt af van de backup:\n${verschillen.join("\n")}`);
  }
}

// ---------------------------------------------------------------------------
// PostgreSQL

/**
 * pg_dump / pg_restore: PG_BIN when given, else the newest
 * /usr/lib/postgresql/<versie>/bin (Debian), else the one on PATH. pg_dump
 * must be at least the server's major version; it says so itself when not.
 */
export function pgTool(naam: "pg_dump" | "pg_restore", pgBin?: string): string {
  if (pgBin) return path.join(pgBin, naam);
  const debian = "/usr/lib/postgresql";
  if (existsSync(debian)) {
    const versies = readdirSync(debian)
      .filter((v) => /^\d+$/.test(v) && existsSync(path.join(debian, v, "bin", naam)))
      .sort((a, b) => Number(b) - Number(a));
    if (versies[0]) return path.join(debian, versies[0], "bin", naam);
  }
  return naam;
}

/**
 * libpq reads the password from PGPASSWORD, so it never shows in the process
 * list; the rest of the URL is passed as --dbname.
 */
function libpqVerbinding(url: string): { dbname: string; env: Record<string, string> } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = "";
  return { dbname: u.toString(), env: password ? { PGPASSWORD: password } : {} };
}

function redact(url: string) {
  const u = new URL(url);
  if (u.password) u.password = "***";
  return u.toString();
}

function run(programma: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(programma, args, { env: { ...process.env, ...env }, stdio: ["ignore", "inherit", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", (error: NodeJS.ErrnoException) => {
      reject(
        new BackupError(
          error.code === "ENOENT"
            ? `${programma} niet gevonden. Installeer de PostgreSQL-client (apt-get install postgresql-client) of zet PG_BIN.`
            : `${programma} kon niet starten: ${error.message}`,
          { cause: error },
        ),
      );
    });
    child.on("close", (code) => {
      if (code === 0) resolve();
      else reject(new BackupError(`${path.basename(programma)} stopte met code ${code}:\n${stderr.trim()}`));
    });
  });
}

function schrijfManifest(bestand: string, manifest: BackupManifest) {
  writeFileSync(manifestPad(bestand), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
}

function bereidDoelVoor(bestand: string) {
  mkdirSync(path.dirname(path.resolve(bestand)), { recursive: true });
  if (existsSync(bestand)) throw new BackupError(`${bestand} bestaat al; kies een andere naam.`);
}

export async function backupPostgres(url: string, bestand: string, options: { pgBin?: string } = {}): Promise<BackupManifest> {
  bereidDoelVoor(bestand);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const tijdelijk = `${bestand}.deel`;
  try {
    // One snapshot for the counts and the dump: the manifest describes exactly what is in the file.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const { rows } = await client.query<{ snapshot: string }>("SELECT pg_export_snapshot() AS snapshot");
    const rijen = await telRijen(client);
    const migraties = await toegepasteMigraties(client);
    const { dbname, env } = libpqVerbinding(url);
    await run(
      pgTool("pg_dump", options.pgBin),
      ["--format=custom", "--no-owner", "--no-privileges", `--snapshot=${rows[0]!.snapshot}`, `--file=${tijdelijk}`, `--dbname=${dbname}`],
      env,
    );
    await client.query("COMMIT");
    chmodSync(tijdelijk, 0o600);
    renameSync(tijdelijk, bestand);
    const manifest: BackupManifest = { app: "wegwijs", engine: "postgresql", gemaaktOp: new Date().toISOString(), migraties, rijen };
    schrijfManifest(bestand, manifest);
    return manifest;
  } catch (error) {
    rmSync(tijdelijk, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}

/** Restores into an EMPTY database (no tables in `public`); all or nothing. Returns the restored row counts. */
export async function restorePostgres(url: string, bestand: string, options: { pgBin?: string } = {}): Promise<Record<string, number>> {
  if (engineVanBestand(bestand) !== "postgresql") {
    throw new BackupError(`${bestand} is een backup van de ingebouwde database (PGlite); herstel hem zonder DATABASE_URL.`);
  }
  const manifest = leesManifest(bestand);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'`);
    if (Number(rows[0]?.n) > 0) {
      throw new BackupError(
        `De database ${redact(url)} is niet leeg. Herstel alleen in een lege database (CREATE DATABASE …) en wijs DATABASE_URL daarheen.`,
      );
    }
    const { dbname, env } = libpqVerbinding(url);
    await run(
      pgTool("pg_restore", options.pgBin),
      ["--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", `--dbname=${dbname}`, bestand],
      env,
    );
    const rijen = await telRijen(client);
    if (manifest) vergelijkRijen(manifest.rijen, rijen);
    return rijen;
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------
// PGlite

/**
 * Dumps an open PGlite. PGlite is one process's database: the caller must be
 * the only one that has it open (the app stopped, or the app itself).
 */
export async function backupPglite(pglite: PGlite, bestand: string): Promise<BackupManifest> {
  bereidDoelVoor(bestand);
  // Write everything from shared buffers to the data files first, so the tar needs no WAL replay.
  await pglite.exec("CHECKPOINT");
  const rijen = await telRijen(pglite);
  const migraties = await toegepasteMigraties(pglite);
  const dump = await pglite.dumpDataDir("gzip");
  const tijdelijk = `${bestand}.deel`;
  try {
    writeFileSync(tijdelijk, Buffer.from(await dump.arrayBuffer()), { mode: 0o600 });
    renameSync(tijdelijk, bestand);
  } catch (error) {
    rmSync(tijdelijk, { force: true });
    throw error;
  }
  const manifest: BackupManifest = { app: "wegwijs", engine: "pglite", gemaaktOp: new Date().toISOString(), migraties, rijen };
  schrijfManifest(bestand, manifest);
  return manifest;
}

/** Restores into a new or empty directory. Returns the restored row counts. */
export async function restorePglite(bestand: string, map: string): Promise<Record<string, number>> {
  if (engineVanBestand(bestand) !== "pglite") {
    throw new BackupError(`${bestand} is een pg_dump-backup van PostgreSQL; herstel hem met DATABASE_URL naar een lege database.`);
  }
  if (existsSync(map) && readdirSync(map).length > 0) {
    throw new BackupError(`De map ${map} is niet leeg. Herstel in een nieuwe map (PGLITE_DIR) of verplaats de oude eerst.`);
  }
  const manifest = leesManifest(bestand);
  mkdirSync(path.dirname(path.resolve(map)), { recursive: true });
  let pglite: PGlite | undefined;
  try {
    pglite = await PGlite.create(map, { loadDataDir: new Blob([readFileSync(bestand)]) });
    const rijen = await telRijen(pglite);
    if (manifest) vergelijkRijen(manifest.rijen, rijen);
    await pglite.close();
    return rijen;
  } catch (error) {
    // Nothing half-restored stays behind: the directory was empty or absent before.
    if (pglite && !pglite.closed) await pglite.close().catch(() => {});
    rmSync(map, { recursive: true, force: true });
    throw error;
  }
}

function quoteIdent(naam: string) {
  return `"${naam.replaceAll('"', '""')}"`;
}
