/**
 * Runs before `next dev` and `next start` (npm run db:prepare): applies pending
 * migrations, fills an empty database with demo data when SEED_DEMO is on, and
 * prints how to sign in. Closes the database afterwards, because PGlite can be
 * opened by one process only and the Next server opens it next.
 */
import { getDatabase } from "@/lib/db/client";
import { runMigrations } from "@/lib/db/migrate";
import { env } from "@/lib/env";
import { seedDemo } from "@/lib/seed/demo";
import { demoAccountRegels } from "@/lib/seed/print";

async function main() {
  const database = getDatabase();
  try {
    const applied = await runMigrations(database.sql);
    if (applied.length) console.log(`Migraties toegepast: ${applied.join(", ")}`);
    // Only a database without any organisation gets demo data: never mix it into real data.
    if (env.SEED_DEMO && (await database.prisma.organisatie.count()) === 0) {
      const start = performance.now();
      const { created } = await seedDemo(database.prisma);
      if (created) console.log(`Demodata aangemaakt in ${((performance.now() - start) / 1000).toFixed(1)} s.`);
    }
    const regels = await demoAccountRegels(database.prisma);
    if (regels.length) {
      const url = env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`;
      console.log(["", `Wegwijs draait op ${url} — log in met:`, ...regels, ""].join("\n"));
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error("Database voorbereiden mislukt:");
  console.error(error);
  process.exitCode = 1;
});
