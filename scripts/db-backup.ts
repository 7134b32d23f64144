/**
 * npm run db:backup [-- bestand] — a full backup of the database.
 *   PostgreSQL (DATABASE_URL): pg_dump in custom format, consistent snapshot.
 *   PGlite (PGLITE_DIR): the data directory as .tar.gz; stop the app first,
 *   PGlite can be opened by one process only.
 * Writes `<bestand>.json` next to it with the rows per table (lib/db/backup.ts).
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { backupPglite, backupPostgres, type BackupManifest } from "@/lib/db/backup";
import { env } from "@/lib/env";

function tijdstempel(d = new Date()) {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}-${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`;
}

async function main() {
  const gegeven = process.argv[2];
  let manifest: BackupManifest;
  let bestand: string;
  if (env.DATABASE_URL) {
    bestand = gegeven ?? path.join("backups", `wegwijs-${tijdstempel()}.dump`);
    manifest = await backupPostgres(env.DATABASE_URL, bestand, { pgBin: env.PG_BIN });
  } else {
    bestand = gegeven ?? path.join("backups", `wegwijs-pglite-${tijdstempel()}.tar.gz`);
    if (!existsSync(path.join(env.PGLITE_DIR, "PG_VERSION"))) {
      throw new Error(`Geen ingebouwde database in ${env.PGLITE_DIR} (PGLITE_DIR).`);
    }
    if (existsSync(path.join(env.PGLITE_DIR, "postmaster.pid"))) {
      throw new Error(
        `De ingebouwde database in ${env.PGLITE_DIR} is in gebruik. Stop de app eerst: PGlite kan maar door één ` +
          `proces tegelijk geopend worden. (Stopte de app niet netjes en draait er niets meer? Verwijder dan ` +
          `${path.join(env.PGLITE_DIR, "postmaster.pid")}.)`,
      );
    }
    const pglite = await PGlite.create(env.PGLITE_DIR);
    try {
      manifest = await backupPglite(pglite, bestand);
    } finally {
      await pglite.close();
    }
  }
  const tabellen = Object.keys(manifest.rijen).length;
  const rijen = Object.values(manifest.rijen).reduce((a, b) => a + b, 0);
  console.log(`Backup gemaakt: ${bestand} (${manifest.engine}, ${tabellen} tabellen, ${rijen} rijen).`);
  console.log(`Rijen per tabel staan in ${bestand}.json. Bewaar beide versleuteld: de backup bevat persoonsgegevens.`);
}

main().catch((error: unknown) => {
  console.error("Backup mislukt; er is geen nieuw backupbestand geschreven.");
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
