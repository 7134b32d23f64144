import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { laadSessie, startSessie } from "@/lib/auth/session";
import { authenticate } from "@/lib/auth/sign-in";
import {
  backupPglite,
  backupPostgres,
  BackupError,
  leesManifest,
  restorePglite,
  restorePostgres,
  telRijen,
  type BackupManifest,
} from "@/lib/db/backup";
import { db, openDatabase, setDatabase, type Database } from "@/lib/db/client";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/seed/accounts";
import { seedDemo } from "@/lib/seed/demo";
import { testDatabase, testEngine } from "../setup/db";
import { createDatabase, databaseNameOf, dropDatabase, randomDatabaseName, withDatabaseName } from "../setup/pg-admin";

/**
 * npm run db:backup / db:restore (lib/db/backup.ts) on the engine of this run:
 * pg_dump/pg_restore on PostgreSQL, dumpDataDir/loadDataDir on PGlite. The
 * demo world is backed up, restored into an empty database, and the restored
 * database has the same rows in every table and lets a demo user sign in.
 */

const map = mkdtempSync(path.join(os.tmpdir(), "wegwijs-backup-test-"));
const opruimen: (() => Promise<void>)[] = [];

function rijenVan(database: Database) {
  return telRijen({ query: async <T,>(sql: string) => ({ rows: await database.sql.query<T>(sql) }) });
}

/** The URL of this file's own database (PostgreSQL runs only). */
function eigenUrl() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("geen DATABASE_URL in een PostgreSQL-run");
  return url;
}

async function maakBackup(bestand: string): Promise<BackupManifest> {
  if (testEngine() === "postgresql") return backupPostgres(eigenUrl(), bestand);
  return backupPglite(testDatabase().pglite!, bestand);
}

/** Restores into a brand-new empty database and opens it (not wired into db()). */
async function herstelInLegeDatabase(bestand: string): Promise<{ database: Database; rijen: Record<string, number> }> {
  if (testEngine() === "postgresql") {
    const info = inject("testDb");
    if (info.engine !== "postgresql") throw new Error("onmogelijk");
    const naam = randomDatabaseName(databaseNameOf(info.adminUrl), "r");
    await createDatabase(info.adminUrl, naam, "template0");
    const url = withDatabaseName(info.adminUrl, naam);
    let database: Database | undefined;
    opruimen.push(async () => {
      await database?.close();
      await dropDatabase(info.adminUrl, naam);
    });
    const rijen = await restorePostgres(url, bestand);
    database = openDatabase({ url });
    return { database, rijen };
  }
  const doel = path.join(map, `hersteld-${opruimen.length}`);
  const rijen = await restorePglite(bestand, doel);
  const database = openDatabase({ pgliteDir: doel });
  opruimen.push(() => database.close());
  return { database, rijen };
}

let origineel: Record<string, number>;
let manifest: BackupManifest;
const backup = path.join(map, testEngine() === "postgresql" ? "wegwijs.dump" : "wegwijs.tar.gz");

beforeAll(async () => {
  await seedDemo(db());
  manifest = await maakBackup(backup);
  origineel = await rijenVan(testDatabase());
}, 120_000);

afterAll(async () => {
  setDatabase(testDatabase());
  for (const f of opruimen.reverse()) await f();
  rmSync(map, { recursive: true, force: true });
});

describe("backup", () => {
  it("schrijft het bestand en een beschrijving met de rijen per tabel, alleen leesbaar voor de eigenaar", () => {
    expect(existsSync(backup)).toBe(true);
    expect(leesManifest(backup)).toEqual(manifest);
    expect(manifest.engine).toBe(testEngine());
    // Nothing changed between the backup and this count: the manifest is the database.
    expect(manifest.rijen).toEqual(origineel);
    expect(manifest.rijen.Gebruiker).toBeGreaterThan(5);
    expect(manifest.rijen.AuditLog).toBeGreaterThan(0);
    expect(manifest.migraties.length).toBe(origineel._prisma_migrations);
    for (const bestand of [backup, `${backup}.json`]) {
      expect(readFileSync(bestand).length).toBeGreaterThan(0);
      // Personal data: owner read/write only.
      expect((statSync(bestand).mode & 0o777).toString(8)).toBe("600");
    }
    expect(readdirSync(map).some((f) => f.endsWith(".deel"))).toBe(false);
  });

  it("weigert een bestaand bestand te overschrijven", async () => {
    const voor = readFileSync(backup);
    await expect(maakBackup(backup)).rejects.toThrow(/bestaat al/);
    expect(readFileSync(backup).equals(voor)).toBe(true);
  });
});

describe("herstel in een lege database", () => {
  let hersteld: Database;
  let rijen: Record<string, number>;
  beforeAll(async () => {
    ({ database: hersteld, rijen } = await herstelInLegeDatabase(backup));
  }, 120_000);

  it("heeft in elke tabel evenveel rijen als het origineel", async () => {
    expect(rijen).toEqual(origineel);
    expect(await rijenVan(hersteld)).toEqual(origineel);
    expect(Object.keys(rijen).length).toBeGreaterThan(20);
  });

  it("laat een demo-gebruiker inloggen met een werkende sessie", async () => {
    setDatabase(hersteld);
    try {
      const result = await authenticate({ email: DEMO_ACCOUNTS.begeleider.email, password: DEMO_PASSWORD }, "10.9.0.1");
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const sid = await startSessie(result.gebruikerId, "10.9.0.1", "backup-test");
      const sessie = await laadSessie(sid);
      expect(sessie.ok && sessie.user.email).toBe(DEMO_ACCOUNTS.begeleider.email);
      // A wrong password still fails on the restored database.
      expect(await authenticate({ email: DEMO_ACCOUNTS.begeleider.email, password: "fout" }, "10.9.0.1")).toEqual({
        ok: false,
        reden: "ONJUIST",
      });
    } finally {
      setDatabase(testDatabase());
    }
  });

  it("houdt het auditlog alleen-toevoegen (de triggers zijn mee hersteld)", async () => {
    await expect(hersteld.sql.exec(`DELETE FROM "AuditLog"`)).rejects.toThrow();
    await expect(hersteld.sql.exec(`TRUNCATE "AuditLog"`)).rejects.toThrow();
    expect((await rijenVan(hersteld)).AuditLog).toBeGreaterThanOrEqual(origineel.AuditLog!);
  });
});

describe("herstel weigert", () => {
  it("een database die niet leeg is, en verandert er niets aan", async () => {
    const voor = await rijenVan(testDatabase());
    if (testEngine() === "postgresql") {
      await expect(restorePostgres(eigenUrl(), backup)).rejects.toThrow(/niet leeg/);
    } else {
      const vol = path.join(map, "vol");
      mkdirSync(vol);
      writeFileSync(path.join(vol, "iets.txt"), "bestaand");
      await expect(restorePglite(backup, vol)).rejects.toThrow(/niet leeg/);
      expect(readdirSync(vol)).toEqual(["iets.txt"]);
    }
    expect(await rijenVan(testDatabase())).toEqual(voor);
  });

  it("een backup van de andere soort database met een duidelijke melding", async () => {
    const nep = path.join(map, "andere-soort");
    if (testEngine() === "postgresql") {
      writeFileSync(nep, Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00]));
      await expect(restorePostgres(eigenUrl(), nep)).rejects.toThrow(/ingebouwde database \(PGlite\)/);
    } else {
      writeFileSync(nep, "PGDMP-nep");
      await expect(restorePglite(nep, path.join(map, "nooit"))).rejects.toThrow(/pg_dump-backup/);
      expect(existsSync(path.join(map, "nooit"))).toBe(false);
    }
    writeFileSync(nep, "geen backup");
    await expect(
      testEngine() === "postgresql" ? restorePostgres(eigenUrl(), nep) : restorePglite(nep, path.join(map, "nooit")),
    ).rejects.toBeInstanceOf(BackupError);
  });

  it("een herstel dat afwijkt van de beschrijving, met de tabel erbij", async () => {
    const kopie = path.join(map, testEngine() === "postgresql" ? "gewijzigd.dump" : "gewijzigd.tar.gz");
    writeFileSync(kopie, readFileSync(backup));
    writeFileSync(`${kopie}.json`, JSON.stringify({ ...manifest, rijen: { ...manifest.rijen, Afspraak: 99_999 } }));
    if (testEngine() === "postgresql") {
      await expect(herstelInLegeDatabase(kopie)).rejects.toThrow(/Afspraak: backup 99999, hersteld \d+/);
    } else {
      const doel = path.join(map, "afwijkend");
      await expect(restorePglite(kopie, doel)).rejects.toThrow(/Afspraak: backup 99999, hersteld \d+/);
      // Nothing half-restored stays behind.
      expect(existsSync(doel)).toBe(false);
    }
  });
});
