/**
 * npm run bench [-- --personen 2000] [-- --bestaand] [-- --herhalingen 15]
 *
 * Measures the hot read paths, each side by side with the ONE raw SQL query
 * that fetches the same data, in the same run (budget of issue 13: the app's
 * read is at most 3× its raw SQL). Medians of repeated runs; timings on shared
 * machines are noisy, so compare medians and ratios, never single numbers.
 * A slow figure is reported ("te traag"), never an exit code.
 *
 * Data: --bestaand uses the "Bench Nederland" organisation of `npm run bench:data`
 * in DATABASE_URL (or PGlite in --pglite <map> / PGLITE_DIR); otherwise a fresh
 * organisation of --personen people is generated with the same generator
 * (lib/bench/genereer.ts), in DATABASE_URL (a scratch database) or an in-memory PGlite.
 */
import { randomUUID } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { getDossierAfspraken } from "@/lib/afspraak/queries";
import { getMijnWeek } from "@/lib/agenda/week";
import type { SessionUser } from "@/lib/authz";
import { inburgeraarScopeSql, toestemmingConsulentSql } from "@/lib/authz/sql-scope";
import { SESSION_USER_SELECT, toSessionUser } from "@/lib/authz/user";
import { BENCH_ORGANISATIE, genereerBenchData } from "@/lib/bench/genereer";
import { getCaseloadPagina } from "@/lib/caseload/queries";
import { openDatabase, setDatabase, type Database } from "@/lib/db/client";
import { runMigrations } from "@/lib/db/migrate";
import { Prisma } from "@/lib/db/generated/client";
import { env } from "@/lib/env";
import { getChecklist } from "@/lib/opstart/queries";
import { listTeamInburgeraars } from "@/lib/team/inburgeraars";
import { amsterdamNaarInstant, plusDagen, vandaag as vandaagIn } from "@/lib/tijd";
import { getVoortgang } from "@/lib/voortgang/queries";

const optie = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const PERSONEN = Number(optie("personen") ?? 2000);
const HERHALINGEN = Number(optie("herhalingen") ?? 15);
const BESTAAND = process.argv.includes("--bestaand");
/** The budget: the app's read may take at most this many times its raw SQL. */
const MAX_VERHOUDING = 3;

async function mediaan(fn: () => Promise<unknown>): Promise<number> {
  await fn(); // warm-up
  const tijden: number[] = [];
  for (let i = 0; i < HERHALINGEN; i++) {
    const t = performance.now();
    await fn();
    tijden.push(performance.now() - t);
  }
  tijden.sort((a, b) => a - b);
  return tijden[Math.floor(tijden.length / 2)]!;
}

/** A Prisma.Sql as text with $n parameters for the raw connection (instants as UTC timestamps, like Prisma sends them). */
function rauw(database: Database, query: Prisma.Sql) {
  const waarden = query.values.map((v) => (v instanceof Date ? v.toISOString().replace("T", " ").replace("Z", "") : v));
  return () => database.sql.query(query.text, waarden);
}

async function main() {
  const database = env.DATABASE_URL
    ? openDatabase({ url: env.DATABASE_URL })
    : BESTAAND
      ? openDatabase({ pgliteDir: optie("pglite") ?? env.PGLITE_DIR })
      : openDatabase({ pglite: new PGlite() });
  setDatabase(database);
  const sql = database.sql;
  // An existing dataset may predate the latest migrations (the generator runs them when it fills).
  if (BESTAAND) await runMigrations(sql);
  let organisatie = BENCH_ORGANISATIE;
  if (!BESTAAND) {
    const kort = randomUUID().slice(0, 6);
    organisatie = `Bench ${kort}`;
    const r = await genereerBenchData(database, { personen: PERSONEN, organisatie, domein: `bench-${kort}.wegwijs.test` });
    const rijen = r.stappen.reduce((s, x) => s + x.rijen, 0);
    console.log(`Dataset: ${PERSONEN} inburgeraars, ${r.gebruikers} gebruikers, ${rijen} rijen (${database.engine}, gemaakt in ${(r.totaalMs / 1000).toFixed(1)} s)\n`);
  }
  const [org] = await sql.query<{ id: string }>(`SELECT id FROM "Organisatie" WHERE naam = $1`, [organisatie]);
  if (!org) {
    console.error(`Organisatie "${organisatie}" niet gevonden: maak haar eerst met npm run bench:data.`);
    process.exitCode = 1;
    await database.close();
    return;
  }
  const [telling] = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Inburgeraar" WHERE "organisatieId" = $1`, [org.id]);

  // The signed-in users, loaded as lib/auth/session.ts loads them on every request (that module needs Next's runtime).
  const now = new Date();
  const alsGebruiker = async (rol: string, extra = ""): Promise<SessionUser> => {
    const [g] = await sql.query<{ id: string }>(
      `SELECT g.id FROM "Gebruiker" g WHERE g."organisatieId" = $1 AND g.rol = '${rol}' ${extra} ORDER BY g."createdAt", g.email LIMIT 1`,
      [org.id],
    );
    const sessie = await database.prisma.sessie.create({
      data: { gebruikerId: g!.id, verlooptOp: new Date(now.getTime() + 3_600_000), ip: "192.0.2.1", userAgent: "bench", tweestapsOp: now, tweestapsMethode: "TOTP" },
      select: { id: true, tweestapsOp: true, gebruiker: { select: SESSION_USER_SELECT } },
    });
    return toSessionUser(sessie.gebruiker, sessie.id, sessie.tweestapsOp);
  };
  // The begeleider with the biggest caseload; the consulent of the biggest gemeente.
  const begeleider = await alsGebruiker(
    "BEGELEIDER",
    `AND g.id = (SELECT t."gebruikerId" FROM "Toewijzing" t JOIN "Gebruiker" u ON u.id = t."gebruikerId" AND u."organisatieId" = '${org.id}' AND u.rol = 'BEGELEIDER'
                  WHERE t.tot IS NULL GROUP BY t."gebruikerId" ORDER BY count(*) DESC, t."gebruikerId" LIMIT 1)`,
  );
  const teamleider = await alsGebruiker("TEAMLEIDER");
  const consulent = await alsGebruiker(
    "CONSULENT",
    `AND g.id IN (SELECT gg."gebruikerId" FROM "GebruikerGemeente" gg WHERE gg."gemeenteId" =
       (SELECT i."gemeenteId" FROM "Inburgeraar" i WHERE i."organisatieId" = '${org.id}' GROUP BY i."gemeenteId" ORDER BY count(*) DESC LIMIT 1))`,
  );
  // A dossier of that begeleider with many afspraken.
  const [persoon] = await sql.query<{ id: string }>(
    `SELECT a."inburgeraarId" AS id FROM "Afspraak" a JOIN "Toewijzing" t ON t."inburgeraarId" = a."inburgeraarId" AND t."gebruikerId" = $1 AND t.tot IS NULL
      GROUP BY a."inburgeraarId" ORDER BY count(*) DESC LIMIT 1`,
    [begeleider.id],
  );
  const persoonId = persoon!.id;
  const vandaag = vandaagIn(now);
  const dag = new Date(`${vandaag}T12:00:00Z`).getUTCDay();
  const maandag = plusDagen(vandaag, -((dag + 6) % 7));

  // ── the raw SQL twins: one query each, the same rows and columns the app function returns ──
  const scopeB = inburgeraarScopeSql(begeleider, now, "i");
  const score = Prisma.sql`i.aandachtsscore`;
  const perPersoon = Prisma.sql`
    (SELECT json_agg(json_build_object('status', c.status, 'deadline', c.deadline, 'verplicht', c.verplicht)) FROM "ChecklistItem" c WHERE c."inburgeraarId" = i.id) AS checklist,
    (SELECT json_agg(json_build_object('maand', m."maandNaStart", 'gepland', m."geplandOp", 'afgenomen', m."afgenomenOp"))
       FROM "Meetmoment" m JOIN "Begeleidingsplan" pl ON pl.id = m."planId" WHERE pl."inburgeraarId" = i.id AND m."afgenomenOp" IS NOT NULL) AS meetmomenten,
    (SELECT json_agg(v.maanden ORDER BY v."beoordeeldOp") FROM "Verlenging" v WHERE v."inburgeraarId" = i.id AND v.status = 'GOEDGEKEURD') AS verlengingen,
    (SELECT json_agg(json_build_object('soort', t.soort, 'aangevraagdOp', t."aangevraagdOp", 'termijn', t."behandeltermijnDagen", 'besluitOp', t."besluitOp"))
       FROM "ToeslagAanvraag" t WHERE t."inburgeraarId" = i.id) AS toeslagen`;
  const caseloadRauw = Prisma.sql`
    SELECT i.id, i.voornaam, i.achternaam, i.fase, i."createdAt", i."brpInschrijvingDatum", i."laatsteContactOp", i."geplandeStarts", i."uitkeringStartDatum", i.einddatum,
           g.naam AS gemeente, g."contactNormDagen", g."meetmomentenMaanden", g."looptijdMaanden", count(*) OVER () AS totaal,
           (SELECT json_agg(t.rol) FROM "Toewijzing" t WHERE t."inburgeraarId" = i.id AND t."gebruikerId" = ${begeleider.id} AND (t.tot IS NULL OR t.tot > ${now})) AS rollen,
           ${perPersoon},
           (SELECT json_agg(json_build_object('uitkomst', b.uitkomst, 'op', b.op)) FROM (SELECT * FROM "Belpoging" b WHERE b."inburgeraarId" = i.id ORDER BY b.op DESC LIMIT 3) b) AS belpogingen,
           (SELECT json_agg(json_build_object('id', a.id, 'start', a.start, 'type', a.type) ORDER BY a.start) FROM "Afspraak" a
             WHERE a."inburgeraarId" = i.id AND a."medewerkerId" = ${begeleider.id} AND a.status = 'GEPLAND' AND a.start < ${now}) AS niet_vastgelegd,
           (SELECT json_agg(json_build_object('organisatie', s.naam, 'datum', d.datum)) FROM "Doorverwijzing" d JOIN "SocialeKaartOrganisatie" s ON s.id = d."socialeKaartId"
             WHERE d."inburgeraarId" = i.id AND d.uitkomst IS NULL AND d.datum <= ${plusDagen(vandaag, -14)}::date) AS doorverwijzingen,
           (SELECT json_agg(json_build_object('omschrijving', oa.omschrijving, 'deadline', oa.deadline)) FROM "OverlegActie" oa JOIN "OverlegAgendapunt" ap ON ap.id = oa."agendapuntId"
             WHERE ap."inburgeraarId" = i.id AND oa."eigenaarId" = ${begeleider.id} AND oa."afgerondOp" IS NULL) AS overlegacties
      FROM "Inburgeraar" i JOIN "Gemeente" g ON g.id = i."gemeenteId"
     WHERE ${scopeB} AND i.fase <> 'AFGESLOTEN'
     ORDER BY ${score} DESC, i.achternaam, i.voornaam, i.id LIMIT 100`;
  const teamRauw = Prisma.sql`
    SELECT i.id, i.voornaam, i.achternaam, i.fase, i."createdAt", i."brpInschrijvingDatum", i."laatsteContactOp", i."geplandeStarts", i."uitkeringStartDatum", i.einddatum,
           g.naam AS gemeente, g."contactNormDagen", g."meetmomentenMaanden", g."looptijdMaanden", count(*) OVER () AS totaal,
           (SELECT json_agg(json_build_object('rol', t.rol, 'naam', u.naam) ORDER BY t.vanaf) FROM "Toewijzing" t JOIN "Gebruiker" u ON u.id = t."gebruikerId"
             WHERE t."inburgeraarId" = i.id AND (t.tot IS NULL OR t.tot > ${now})) AS toewijzingen,
           ${perPersoon}
      FROM "Inburgeraar" i JOIN "Gemeente" g ON g.id = i."gemeenteId"
     WHERE ${inburgeraarScopeSql(teamleider, now, "i")} AND i.fase <> 'AFGESLOTEN'
     ORDER BY ${score} DESC, i.achternaam, i.voornaam, i.id LIMIT 25`;
  const gate = (onderwerp: "VOORTGANG" | "CHECKLIST" | "AFSPRAKEN" | "BEGELEIDINGSPLAN" | "SIGNALEN") => toestemmingConsulentSql(onderwerp, vandaag, "i");
  const voortgangRauw = Prisma.sql`
    SELECT i.id, i.voornaam, i.achternaam, i.fase, g.naam AS gemeente, i."brpInschrijvingDatum", i."bredeIntakeDatum", i."pipVastgesteldDatum", i."startLeerrouteDatum", i."eersteLesDatum",
           count(*) OVER () AS totaal,
           CASE WHEN ${gate("VOORTGANG")} THEN json_build_object('fase', i.fase, 'faseSinds', i."faseSinds", 'einddatum', i.einddatum, 'opstartEinde', i."opstartAfgeslotenOp",
             'begeleiders', (SELECT json_agg(u.naam ORDER BY t.vanaf) FROM "Toewijzing" t JOIN "Gebruiker" u ON u.id = t."gebruikerId"
                              WHERE t."inburgeraarId" = i.id AND t.rol <> 'MAATJE' AND (t.tot IS NULL OR t.tot > ${now}))) END AS traject,
           CASE WHEN ${gate("CHECKLIST")} THEN (SELECT json_agg(json_build_object('status', c.status, 'verplicht', c.verplicht, 'titel', c.titel) ORDER BY c.deadline NULLS LAST, c.volgorde)
             FROM "ChecklistItem" c WHERE c."inburgeraarId" = i.id) END AS checklist,
           CASE WHEN ${gate("AFSPRAKEN")} THEN json_build_object(
             'recent', (SELECT json_agg(json_build_object('start', a.start, 'duur', a."duurMinuten")) FROM "Afspraak" a
                         WHERE a."inburgeraarId" = i.id AND a.status = 'VOND_PLAATS' AND a.start >= ${new Date(`${plusDagen(vandaag, -91)}T00:00:00Z`)} AND a.start <= ${now}),
             'laatste', i."laatsteContactOp", 'volgende', (SELECT min(s) FROM unnest(i."geplandeStarts") s WHERE s >= ${now})) END AS afspraken,
           CASE WHEN ${gate("BEGELEIDINGSPLAN")} THEN (SELECT json_agg(json_build_object('maand', m."maandNaStart", 'scores',
               (SELECT json_agg(json_build_object('leefgebied', s.leefgebied, 'score', s.score)) FROM "LeefgebiedScore" s WHERE s."meetmomentId" = m.id)))
             FROM "Meetmoment" m JOIN "Begeleidingsplan" pl ON pl.id = m."planId" WHERE pl."inburgeraarId" = i.id) END AS plan,
           CASE WHEN ${gate("SIGNALEN")} THEN (SELECT json_agg(json_build_object('categorie', s.categorie, 'ernst', s.ernst, 'status', s.status))
             FROM "Signaal" s WHERE s."inburgeraarId" = i.id AND s.status <> 'AFGESLOTEN') END AS signalen,
           (SELECT count(*) FROM "Voortgangsrapportage" r WHERE r."inburgeraarId" = i.id) AS rapportages
      FROM "Inburgeraar" i JOIN "Gemeente" g ON g.id = i."gemeenteId"
     WHERE ${inburgeraarScopeSql(consulent, now, "i")} AND i.fase <> 'AFGESLOTEN'
     ORDER BY CASE WHEN i."bredeIntakeDatum" IS NULL AND i."brpInschrijvingDatum" <= ${vandaag}::date THEN ${vandaag}::date - i."brpInschrijvingDatum" ELSE -1 END DESC,
              i.achternaam, i.voornaam, i.id LIMIT 25`;
  const afsprakenRauw = Prisma.sql`
    SELECT a.id, a.start, a."duurMinuten", a.type, a.status, a.locatie, a."metTolk", a."tolkTaal", a.onderwerp, a.verslag, a.leefgebieden, a."isEindgesprek",
           a."deelMetMaatje", a."gelogdOp", m.naam AS medewerker, gl.naam AS gelogd_door,
           (SELECT json_agg(json_build_object('id', c.id, 'titel', c.titel) ORDER BY c.volgorde, c.titel) FROM "ChecklistItem" c
             WHERE c."inburgeraarId" = a."inburgeraarId" AND c.status IN ('OPEN', 'BEZIG')) AS open_checklist
      FROM "Afspraak" a JOIN "Gebruiker" m ON m.id = a."medewerkerId" LEFT JOIN "Gebruiker" gl ON gl.id = a."gelogdDoorId"
      JOIN "Inburgeraar" i ON i.id = a."inburgeraarId"
     WHERE a."inburgeraarId" = ${persoonId} AND ${scopeB}
     ORDER BY a.start DESC LIMIT 200`;
  const checklistRauw = Prisma.sql`
    SELECT c.id, c.code, c.titel, c.volgorde, c.categorieen, c.verplicht, c.deadline, c.status, c.datum, c."afspraakId", c.version, c."updatedAt", c.notitie,
           u.naam AS gewijzigd_door, i.fase, i."brpInschrijvingDatum"
      FROM "ChecklistItem" c JOIN "Inburgeraar" i ON i.id = c."inburgeraarId" LEFT JOIN "Gebruiker" u ON u.id = c."gewijzigdDoorId"
     WHERE c."inburgeraarId" = ${persoonId} AND ${scopeB}
     ORDER BY c.volgorde, c.titel`;
  const weekRauw = Prisma.sql`
    SELECT a.id, a.start, a."duurMinuten", a.type, a.status, a.locatie, a."metTolk", i.id AS inburgeraar_id, i.voornaam, i.achternaam
      FROM "Afspraak" a JOIN "Inburgeraar" i ON i.id = a."inburgeraarId"
     WHERE a."medewerkerId" = ${begeleider.id} AND a.start >= ${amsterdamNaarInstant(maandag, "00:00")} AND a.start < ${amsterdamNaarInstant(plusDagen(maandag, 7), "00:00")}
       AND ${scopeB}
     ORDER BY a.start`;

  const metingen: Array<{ naam: string; app: () => Promise<unknown>; rauw: () => Promise<unknown> }> = [
    { naam: "caseload begeleider", app: () => getCaseloadPagina(begeleider, {}, now), rauw: rauw(database, caseloadRauw) },
    { naam: "teamleider: Inburgeraars p. 1", app: () => listTeamInburgeraars(teamleider, {}, now), rauw: rauw(database, teamRauw) },
    { naam: "consulent: Voortgang p. 1", app: () => getVoortgang(consulent, {}, now), rauw: rauw(database, voortgangRauw) },
    { naam: "dossier: afspraken", app: () => getDossierAfspraken(begeleider, persoonId, now), rauw: rauw(database, afsprakenRauw) },
    { naam: "dossier: checklist", app: () => getChecklist(begeleider, persoonId, now), rauw: rauw(database, checklistRauw) },
    { naam: "weekagenda", app: () => getMijnWeek(begeleider, maandag, now), rauw: rauw(database, weekRauw) },
  ];

  console.log(`"${organisatie}": ${telling?.n ?? 0} inburgeraars (${database.engine}); mediaan van ${HERHALINGEN} keer, na één opwarmronde.\n`);
  console.log(`${"leespad".padEnd(32)} ${"app ms".padStart(8)} ${"SQL ms".padStart(8)} ${"factor".padStart(7)}  budget ≤ ${MAX_VERHOUDING}×`);
  let teTraag = 0;
  for (const m of metingen) {
    // Side by side: the raw query right after the app's read, on the same warm database.
    const app = await mediaan(m.app);
    const rauwMs = await mediaan(m.rauw);
    const factor = app / Math.max(rauwMs, 0.01);
    const oordeel = factor <= MAX_VERHOUDING ? "ok" : "te traag";
    if (oordeel !== "ok") teTraag++;
    console.log(`${m.naam.padEnd(32)} ${app.toFixed(1).padStart(8)} ${rauwMs.toFixed(1).padStart(8)} ${factor.toFixed(1).padStart(6)}×  ${oordeel}`);
  }
  console.log(`\n${teTraag === 0 ? "Alle leespaden binnen het budget." : `${teTraag} leespad(en) boven het budget van ${MAX_VERHOUDING}× (gemeld, geen foutcode).`}`);
  await database.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
