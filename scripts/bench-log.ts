/**
 * npx tsx --conditions=react-server scripts/bench-log.ts [--herhalingen 300] [--vergelijk <module>]
 *
 * CPU time of the app process per logged contact (logAfspraak, the plain log
 * the load test sends), in-process against DATABASE_URL (a scratch database:
 * it is migrated and gets a small organisation from the test factories).
 * Reports the median of batches of 20 calls, in ms of CPU (user + system) per
 * call and ms of wall time, and the statements per call (lib/db/telling).
 * `--vergelijk <module>` measures another module's logAfspraak the same way in
 * the same run, interleaved (for a before/after: an old mutations.ts copied
 * next to the new one). Timings on shared machines are noisy: compare medians.
 */
import { openDatabase, setDatabase } from "@/lib/db/client";
import { runMigrations } from "@/lib/db/migrate";
import { telStatements } from "@/lib/db/telling";
import { env } from "@/lib/env";
import { plusDagen, vandaag } from "@/lib/tijd";
import { maakTweeOrganisaties, sessionUser } from "../tests/factories";

type LogFn = (user: Awaited<ReturnType<typeof sessionUser>>, input: unknown) => Promise<unknown>;

const optie = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const HERHALINGEN = Number(optie("herhalingen") ?? 300);
const BATCH = 20;

async function main() {
  if (!env.DATABASE_URL) throw new Error("Zet DATABASE_URL op een lege kladdatabase.");
  const database = openDatabase({ url: env.DATABASE_URL });
  setDatabase(database);
  await runMigrations(database.sql);
  const w = await maakTweeOrganisaties();
  const user = await sessionUser(w.gebruikers.begeleider.id);
  const varianten: Array<[string, LogFn]> = [["nu", (await import("@/lib/afspraak/mutations")).logAfspraak]];
  const ander = optie("vergelijk");
  if (ander) varianten.push([ander, (await import(ander)).logAfspraak as LogFn]);

  let n = 0;
  const invoer = () => ({
    inburgeraarId: w.inburgeraarA.id,
    datum: plusDagen(vandaag(), -1),
    tijd: "10:00",
    type: "TELEFONISCH",
    status: "VOND_PLAATS",
    duurMinuten: "15",
    verslag: "Belasting gemeten (bench).",
    aanvraagSleutel: `bench-${process.pid}-${++n}`,
  });
  const metingen = new Map<string, { cpu: number[]; wand: number[] }>(varianten.map(([naam]) => [naam, { cpu: [], wand: [] }]));
  for (const [, log] of varianten) for (let i = 0; i < 30; i++) await log(user, invoer()); // warm-up
  for (let r = 0; r < HERHALINGEN / BATCH; r++) {
    for (const [naam, log] of varianten) {
      const cpu = process.cpuUsage();
      const t = performance.now();
      for (let i = 0; i < BATCH; i++) await log(user, invoer());
      const d = process.cpuUsage(cpu);
      metingen.get(naam)!.cpu.push((d.user + d.system) / 1000 / BATCH);
      metingen.get(naam)!.wand.push((performance.now() - t) / BATCH);
    }
  }
  const mediaan = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  for (const [naam, log] of varianten) {
    const geteld = await telStatements(() => log(user, invoer()));
    const m = metingen.get(naam)!;
    console.log(`${naam}: ${mediaan(m.cpu).toFixed(2)} ms CPU, ${mediaan(m.wand).toFixed(2)} ms wand per log (mediaan van ${m.cpu.length} × ${BATCH}); ${geteld.aantal} statements`);
  }
  await database.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
