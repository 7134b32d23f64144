/**
 * npm run db:restore -- <bestand> — restores a backup of npm run db:backup.
 *   PostgreSQL: into the EMPTY database in DATABASE_URL (one transaction).
 *   PGlite: into PGLITE_DIR, which must not exist yet or be empty.
 * Checks the rows per table against `<bestand>.json` when it is there.
 * Newer migrations are applied at the next start (npm start / db:prepare).
 */
import { existsSync } from "node:fs";
import { engineVanBestand, leesManifest, restorePglite, restorePostgres } from "@/lib/db/backup";
import { env } from "@/lib/env";

async function main() {
  const bestand = process.argv[2];
  if (!bestand) throw new Error("Gebruik: npm run db:restore -- <backupbestand>");
  if (!existsSync(bestand)) throw new Error(`${bestand} bestaat niet.`);
  const engine = engineVanBestand(bestand);
  const manifest = leesManifest(bestand);
  const rijen = env.DATABASE_URL
    ? await restorePostgres(env.DATABASE_URL, bestand, { pgBin: env.PG_BIN })
    : await restorePglite(bestand, env.PGLITE_DIR);
  const tabellen = Object.keys(rijen).length;
  const totaal = Object.values(rijen).reduce((a, b) => a + b, 0);
  console.log(`Hersteld uit ${bestand} (${engine}): ${tabellen} tabellen, ${totaal} rijen.`);
  console.log(
    manifest
      ? `Gelijk aan de backup van ${manifest.gemaaktOp}: elke tabel heeft evenveel rijen.`
      : `Geen ${bestand}.json gevonden: de rijen zijn niet met de backup vergeleken.`,
  );
  console.log("Start de app met dezelfde WEGWIJS_ENCRYPTION_KEY als bij de backup, anders zijn BSN's onleesbaar.");
}

main().catch((error: unknown) => {
  console.error("Herstel mislukt.");
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
