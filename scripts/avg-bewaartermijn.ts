/**
 * npm run avg:bewaartermijn [-- --uitvoeren] — the bewaartermijn by hand.
 * Without --uitvoeren: the dry run per organisation (what the nightly job
 * would anonymise now and within 90 days); nothing changes. With it: the same
 * run the job does. Uses DATABASE_URL when set, otherwise PGLITE_DIR.
 */
import { anonimiseerVervallen, bewaarRapport } from "@/lib/avg/bewaartermijn";
import { getDatabase } from "@/lib/db/client";
import { formatKalenderdatum } from "@/lib/tijd";

async function main() {
  const uitvoeren = process.argv.includes("--uitvoeren");
  const database = getDatabase();
  try {
    for (const org of await database.prisma.organisatie.findMany({ orderBy: { naam: "asc" }, select: { id: true, naam: true } })) {
      const r = await bewaarRapport(org.id, new Date(), database.prisma);
      console.log(`${org.naam} (bewaartermijn ${r.bewaartermijnMaanden} maanden): nu ${r.nu.length}, binnen 90 dagen ${r.binnenkort.length}, al geanonimiseerd ${r.alGeanonimiseerd}`);
      for (const d of r.nu) console.log(`  nu        ${d.kenmerk}  ${d.gemeente}  afgesloten ${formatKalenderdatum(d.afgeslotenOp)}`);
      for (const d of r.binnenkort) console.log(`  vanaf ${formatKalenderdatum(d.vanaf)}  ${d.kenmerk}  ${d.gemeente}`);
    }
    if (uitvoeren) {
      const { geanonimiseerd, mislukt } = await anonimiseerVervallen();
      console.log(`Geanonimiseerd: ${geanonimiseerd}${mislukt ? `, mislukt: ${mislukt} (zie het log)` : ""}.`);
      if (mislukt) process.exitCode = 1;
    } else {
      console.log("Proefrun: er is niets gewijzigd. Met -- --uitvoeren worden de dossiers van 'nu' geanonimiseerd.");
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
