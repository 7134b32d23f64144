/**
 * npm run bench [-- --personen 3000]
 * Measures the hot read paths on a large generated dataset: the caseload of a
 * begeleider, a dossier's afspraken and checklist, and the week agenda.
 * Reports medians of repeated runs (timings on shared machines are noisy; compare
 * medians and ratios between runs, never single numbers). Uses an in-memory
 * PGlite, or DATABASE_URL when set (a scratch database: it is filled with data).
 */
import { randomUUID } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { getDossierAfspraken } from "@/lib/afspraak/queries";
import { getMijnWeek } from "@/lib/agenda/week";
import type { SessionUser } from "@/lib/authz";
import { getCaseload } from "@/lib/caseload/queries";
import { openDatabase, setDatabase } from "@/lib/db/client";
import { runMigrations } from "@/lib/db/migrate";
import { env } from "@/lib/env";
import { getChecklist } from "@/lib/opstart/queries";
import { vandaag } from "@/lib/tijd";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const PERSONEN = arg("personen", 2000);
const BEGELEIDERS = Math.max(1, Math.round(PERSONEN / 40));
const AFSPRAKEN_PER_PERSOON = arg("afspraken", 30);
const HERHALINGEN = arg("herhalingen", 15);

async function median(label: string, fn: () => Promise<unknown>) {
  await fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < HERHALINGEN; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const m = times[Math.floor(times.length / 2)]!;
  console.log(`${label.padEnd(34)} mediaan ${m.toFixed(1).padStart(7)} ms  (min ${times[0]!.toFixed(1)}, max ${times.at(-1)!.toFixed(1)})`);
  return m;
}

async function main() {
  const database = env.DATABASE_URL ? openDatabase({ url: env.DATABASE_URL }) : openDatabase({ pglite: new PGlite() });
  setDatabase(database);
  await runMigrations(database.sql);
  const db = database.prisma;
  const t0 = performance.now();
  const org = await db.organisatie.create({ data: { naam: `Bench ${randomUUID().slice(0, 6)}` } });
  const gemeente = await db.gemeente.create({ data: { organisatieId: org.id, naam: "Benchstad" } });
  const begeleiders = await db.gebruiker.createManyAndReturn({
    data: Array.from({ length: BEGELEIDERS }, (_, i) => ({
      organisatieId: org.id,
      naam: `Bench begeleider ${i}`,
      email: `bench-${i}-${randomUUID().slice(0, 6)}@bench.wegwijs.test`,
      rol: "BEGELEIDER" as const,
    })),
    select: { id: true },
  });
  const now = new Date();
  const personen = await db.inburgeraar.createManyAndReturn({
    data: Array.from({ length: PERSONEN }, (_, i) => ({
      organisatieId: org.id,
      gemeenteId: gemeente.id,
      voornaam: `Bench${i}`,
      achternaam: "Fictief",
      geboortedatum: new Date("1990-01-01T00:00:00Z"),
      fase: (["OPSTARTFASE", "BEGELEIDINGSFASE", "AFRONDING"] as const)[i % 3]!,
      brpInschrijvingDatum: new Date(now.getTime() - (i % 300) * 86_400_000),
      isTestdata: true,
    })),
    select: { id: true },
  });
  await db.toewijzing.createMany({
    data: personen.map((p, i) => ({ inburgeraarId: p.id, gebruikerId: begeleiders[i % BEGELEIDERS]!.id, rol: "BEGELEIDER" as const })),
  });
  for (let start = 0; start < personen.length; start += 200) {
    const deel = personen.slice(start, start + 200);
    await db.afspraak.createMany({
      data: deel.flatMap((p, i) =>
        Array.from({ length: AFSPRAKEN_PER_PERSOON }, (_, k) => ({
          inburgeraarId: p.id,
          medewerkerId: begeleiders[(start + i) % BEGELEIDERS]!.id,
          start: new Date(now.getTime() + (k - AFSPRAKEN_PER_PERSOON + 3) * 7 * 86_400_000),
          type: "HUISBEZOEK" as const,
          status: k < AFSPRAKEN_PER_PERSOON - 3 ? ("VOND_PLAATS" as const) : ("GEPLAND" as const),
        })),
      ),
    });
    await db.checklistItem.createMany({
      data: deel.flatMap((p) =>
        Array.from({ length: 30 }, (_, k) => ({
          inburgeraarId: p.id,
          code: `ITEM-${k}`,
          titel: `Onderdeel ${k}`,
          categorieen: [(["HV", "FIN", "INS", "VL"] as const)[k % 4]!],
          status: (["OPEN", "BEZIG", "GEREGELD", "NVT"] as const)[k % 4]!,
          deadline: new Date(now.getTime() - (k - 10) * 86_400_000),
        })),
      ),
    });
  }
  console.log(
    `Dataset: ${PERSONEN} inburgeraars, ${BEGELEIDERS} begeleiders, ${PERSONEN * AFSPRAKEN_PER_PERSOON} afspraken, ${PERSONEN * 30} checklistpunten ` +
      `(${database.engine}, opgebouwd in ${((performance.now() - t0) / 1000).toFixed(1)} s)\n`,
  );

  const g = await db.gebruiker.findUniqueOrThrow({ where: { id: begeleiders[0]!.id } });
  const sessie = await db.sessie.create({ data: { gebruikerId: g.id, verlooptOp: new Date(now.getTime() + 3_600_000) } });
  const user: SessionUser = {
    id: g.id,
    sessieId: sessie.id,
    organisatieId: org.id,
    organisatieNaam: "Bench",
    teamId: null,
    rol: "BEGELEIDER",
    naam: g.naam,
    email: g.email,
    gemeenteIds: [],
    gemeenteNamen: [],
    moetWachtwoordWijzigen: false,
    tweestapsIngesteld: false,
    tweestapsGedaan: true,
  };
  const teamleider: SessionUser = { ...user, rol: "TEAMLEIDER" };
  const persoon = personen[0]!.id;
  const caseload = await median(`caseload begeleider (${PERSONEN / BEGELEIDERS} p.)`, () => getCaseload(user));
  const orgBreed = await median(`caseload teamleider (${PERSONEN} p.)`, () => getCaseload(teamleider));
  await median("afspraken van één dossier", () => getDossierAfspraken(user, persoon));
  await median("checklist van één dossier", () => getChecklist(user, persoon));
  await median("weekagenda", () => getMijnWeek(user, vandaag()));
  console.log(`\nverhouding teamleider / begeleider: ${(orgBreed / caseload).toFixed(1)}× voor ${BEGELEIDERS}× zoveel mensen`);
  await database.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
