/**
 * npm run db:seed — migrates the database and fills it with the demo data
 * (lib/seed/demo.ts). Does nothing when the demo organisations already exist.
 * Uses DATABASE_URL when set, otherwise the embedded database in PGLITE_DIR.
 */
import { getDatabase } from "@/lib/db/client";
import { runMigrations } from "@/lib/db/migrate";
import { seedDemo } from "@/lib/seed/demo";
import { demoAccountRegels } from "@/lib/seed/print";

async function main() {
  const database = getDatabase();
  try {
    const applied = await runMigrations(database.sql);
    if (applied.length) console.log(`Migraties toegepast: ${applied.join(", ")}`);
    const start = performance.now();
    const { created } = await seedDemo(database.prisma);
    const seconden = ((performance.now() - start) / 1000).toFixed(1);
    console.log(created ? `Demodata aangemaakt in ${seconden} s.` : "Demodata bestaat al: niets gewijzigd.");
    const regels = await demoAccountRegels(database.prisma);
    if (regels.length) console.log(["Demo-accounts:", ...regels].join("\n"));
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error("Seeden mislukt; er is niets weggeschreven.");
  console.error(error);
  process.exitCode = 1;
});
