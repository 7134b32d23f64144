/**
 * npm run bench:data -- --personen 40000 [--opnieuw] [--seed 13] [--pglite <map>]
 *
 * Fills a SCRATCH database with the national benchmark dataset: the organisation
 * "Bench Nederland" with hundreds of gemeenten, its users and every table of the
 * schema (lib/bench/genereer.ts; docs/bench-data.md). PostgreSQL when
 * DATABASE_URL is set, else PGlite in --pglite <map> (or PGLITE_DIR).
 * Refuses when the organisation exists, unless --opnieuw (then it is deleted first).
 */
import { openDatabase } from "@/lib/db/client";
import { env } from "@/lib/env";
import { BENCH_DOMEIN, BENCH_ORGANISATIE, BenchBestaatAl, genereerBenchData } from "@/lib/bench/genereer";
import { DEMO_PASSWORD } from "@/lib/seed/accounts";

function optie(naam: string): string | undefined {
  const i = process.argv.indexOf(`--${naam}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  if (env.NODE_ENV === "production") {
    console.error("bench:data vult een database met testgegevens en draait niet met NODE_ENV=production.");
    process.exitCode = 1;
    return;
  }
  const personen = Number(optie("personen") ?? 40_000);
  const seed = Number(optie("seed") ?? 13);
  if (!Number.isInteger(seed)) throw new Error("--seed moet een geheel getal zijn.");
  const pgliteDir = optie("pglite") ?? env.PGLITE_DIR;
  const database = env.DATABASE_URL ? openDatabase({ url: env.DATABASE_URL }) : openDatabase({ pgliteDir });
  console.log(`Database: ${database.engine === "postgresql" ? "PostgreSQL (DATABASE_URL)" : `PGlite in ${pgliteDir}`}`);
  try {
    const resultaat = await genereerBenchData(database, {
      personen,
      seed,
      opnieuw: process.argv.includes("--opnieuw"),
      log: (regel) => console.log(regel),
    });
    const rijen = resultaat.stappen.filter((s) => !s.tabel.startsWith("("));
    const totaalRijen = rijen.reduce((s, r) => s + r.rijen, 0);
    console.log(`\nPer tabel (${database.engine}):`);
    console.log(`${"tabel".padEnd(24)} ${"rijen".padStart(10)} ${"seconden".padStart(9)}`);
    for (const s of [...resultaat.stappen].sort((a, b) => b.ms - a.ms)) {
      console.log(`${s.tabel.padEnd(24)} ${(s.tabel.startsWith("(") ? "" : String(s.rijen)).padStart(10)} ${(s.ms / 1000).toFixed(1).padStart(9)}`);
    }
    console.log(`${"totaal".padEnd(24)} ${String(totaalRijen).padStart(10)} ${(resultaat.totaalMs / 1000).toFixed(1).padStart(9)}`);
    console.log(`\n"${BENCH_ORGANISATIE}": ${personen} inburgeraars, ${resultaat.gebruikers} gebruikers, in ${(resultaat.totaalMs / 60_000).toFixed(1)} minuten.`);
    console.log(`\nInloggen (wachtwoord ${DEMO_PASSWORD}; de code van de tweede stap: npm run demo:code -- <e-mail>):`);
    for (const a of resultaat.voorbeelden) console.log(`  ${a.rol.toLowerCase().padEnd(12)} ${a.email}`);
    console.log(`  (en zo verder: begeleider-<n>@${BENCH_DOMEIN}, vrijwilliger-<n>@…, teamleider-<n>@…, consulent-<n>@…, beheerder-<n>@…)`);
  } catch (error) {
    if (error instanceof BenchBestaatAl) {
      console.error(error.message);
      process.exitCode = 1;
      return;
    }
    throw error;
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error("bench:data mislukt; er is niets weggeschreven.");
  console.error(error);
  process.exitCode = 1;
});
