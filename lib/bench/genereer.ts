import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { versleutel } from "@/lib/crypto/versleutel";
import type { Database } from "@/lib/db/client";
import { herberekenStanden } from "@/lib/caseload/stand";
import { runMigrations } from "@/lib/db/migrate";
import type { SqlConnection } from "@/lib/db/sql";
import { NAREIZIGERS_CHECKLIST, STANDAARD_CHECKLIST, type TemplateItemDefinitie } from "@/lib/opstart/templates";
import { DEMO_PASSWORD } from "@/lib/seed/accounts";
import { DOELEN, PLAN_TEKSTEN, SOCIALE_KAART, VERSLAGEN } from "@/lib/seed/data";
import { demoTweestapsGeheim } from "@/lib/seed/demo-tweestaps";
import { vandaag as vandaagIn } from "@/lib/tijd";
import { TWEESTAPS_GEHEIM_DOEL } from "@/lib/tweestaps/totp";
import {
  amsterdam,
  getalLijst,
  hashSql,
  idJs,
  idSql,
  kans,
  kies,
  plusMaandenSql,
  tekst,
  tekstLijst,
  Toeval,
  tussen,
  verdeel,
  waarde,
  werkdag,
} from "./sql";
import {
  ACHTERNAMEN,
  gemeenteNamen,
  HERKOMST,
  MEDEWERKER_ACHTERNAMEN,
  MEDEWERKER_VOORNAMEN,
  ONDERWERPEN,
  SIGNAAL_ACTIES,
  SIGNAAL_TEKSTEN,
  STRATEN,
  TOESLAGEN,
  VOORNAMEN,
} from "./teksten";

/**
 * The national benchmark dataset (issue 13): one organisation with hundreds of
 * gemeenten, tens of thousands of inburgeraars and every table of the schema
 * filled the way the app fills it, in minutes. Set-based SQL only: every table
 * is one `INSERT … SELECT` over generate_series and a few staging tables,
 * with pseudo-random choices from md5 of (seed, organisation, row): the same
 * seed gives the same data (dates relative to `now`). No row is sent from
 * Node one by one; the only values computed in Node are the users' TOTP
 * secrets (encrypted per user) and a few hundred gemeente settings.
 *
 * Runs in ONE transaction (all or nothing), with the user triggers of
 * Afspraak and ChecklistItem disabled during the load; the stored attention
 * fields are recomputed once at the end. Then ANALYZE, so the planner knows
 * the new sizes. For a scratch database only: see docs/bench-data.md.
 */

export const BENCH_ORGANISATIE = "Bench Nederland";
export const BENCH_DOMEIN = "bench.wegwijs.test";

export interface BenchOpties {
  personen: number;
  organisatie?: string;
  /** E-mail domain of the users: begeleider-1@<domein>. */
  domein?: string;
  seed?: number;
  /** Delete an existing organisation of this name first (else: refuse). */
  opnieuw?: boolean;
  now?: Date;
  /** Progress lines (the script prints them). */
  log?: (regel: string) => void;
}

export interface BenchStap {
  tabel: string;
  rijen: number;
  ms: number;
}

export interface BenchAccount {
  rol: "BEGELEIDER" | "VRIJWILLIGER" | "TEAMLEIDER" | "CONSULENT" | "BEHEERDER";
  email: string;
}

export interface BenchResultaat {
  organisatieId: string;
  stappen: BenchStap[];
  totaalMs: number;
  gebruikers: number;
  voorbeelden: BenchAccount[];
}

export class BenchBestaatAl extends Error {
  constructor(naam: string) {
    super(`De organisatie "${naam}" bestaat al in deze database. Gebruik --opnieuw om haar eerst te verwijderen.`);
    this.name = "BenchBestaatAl";
  }
}

/** Where each range starts when `lengtes` are laid end to end (the thresholds for width_bucket). */
const beginnen = (lengtes: readonly number[]) => {
  let som = 0;
  return lengtes.map((l) => {
    const begin = som;
    som += l;
    return begin;
  });
};

const LEEFGEBIEDEN = ["WONEN", "KINDEREN_SCHOOL", "FINANCIEN_ADMINISTRATIE", "SOCIAAL_NETWERK", "PARTICIPATIE", "HUISELIJKE_RELATIES", "ZORG_GEZONDHEID"] as const;
/** The first person past the opstartfase with a begeleider: rare rows are made for them too, so every table has rows in a small run. */
const EERSTE_MET_BEGELEIDER = `(SELECT min(n) FROM bp WHERE fase IN ('BEGELEIDINGSFASE', 'AFRONDING') AND begeleider IS NOT NULL)`;
const CASELOAD_MIN = 25;
const CASELOAD_MAX = 60;
const BEGELEIDERS_PER_TEAM = 12;

interface Sleutel {
  tabel: string;
  naam: string;
  def: string;
}

/**
 * Runs `fn` with every foreign key of the schema dropped, and adds them again
 * afterwards (in the same transaction). Adding a key checks all rows in one
 * set-based query, so the result is proven consistent; meanwhile no row pays a
 * per-row check. Deleting without it is quadratic: many keys to Gebruiker have
 * no index of their own, so every deleted user would scan the big tables.
 */
async function zonderSleutels<T>(tx: SqlConnection, fn: () => Promise<T>): Promise<T> {
  const sleutels = await tx.query<Sleutel>(
    `SELECT c.conrelid::regclass::text AS tabel, c.conname AS naam, pg_get_constraintdef(c.oid) AS def
       FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE c.contype = 'f' AND n.nspname = current_schema()`,
  );
  if (sleutels.length) await tx.exec(sleutels.map((k) => `ALTER TABLE ${k.tabel} DROP CONSTRAINT "${k.naam}";`).join("\n"));
  const uit = await fn();
  if (sleutels.length) await tx.exec(sleutels.map((k) => `ALTER TABLE ${k.tabel} ADD CONSTRAINT "${k.naam}" ${k.def};`).join("\n"));
  return uit;
}

/** The big tables of a load: their secondary (non-unique) indexes are built once after it, not row by row. */
const ZWARE_TABELLEN = ["Afspraak", "ChecklistItem", "AuditLog", "LeefgebiedScore", "Toestemming", "ToeslagAanvraag", "Actie", "Doel", "Toewijzing", "Huishoudlid", "Belpoging"];

async function zonderIndexen<T>(tx: SqlConnection, fn: () => Promise<T>): Promise<T> {
  const indexen = await tx.query<{ naam: string; def: string }>(
    `SELECT indexname AS naam, indexdef AS def FROM pg_indexes
      WHERE schemaname = current_schema() AND tablename = ANY($1::text[]) AND indexdef NOT LIKE 'CREATE UNIQUE%'`,
    [ZWARE_TABELLEN],
  );
  if (indexen.length) await tx.exec(indexen.map((i) => `DROP INDEX "${i.naam}";`).join("\n"));
  const uit = await fn();
  if (indexen.length) await tx.exec(indexen.map((i) => `${i.def};`).join("\n"));
  return uit;
}

/**
 * Deletes the organisation and everything in it, set-based, table by table (bench data only: the audit trail's
 * append-only trigger is lifted for this organisation's rows). One transaction.
 */
export async function verwijderBenchOrganisatie(sql: SqlConnection, naam: string): Promise<boolean> {
  return sql.transaction(async (tx) => {
    const [org] = await tx.query<{ id: string }>(`SELECT id FROM "Organisatie" WHERE naam = $1`, [naam]);
    if (!org) return false;
    const o = tekst(org.id);
    const P = `SELECT id FROM "Inburgeraar" WHERE "organisatieId" = ${o}`;
    const U = `SELECT id FROM "Gebruiker" WHERE "organisatieId" = ${o}`;
    const PL = `SELECT id FROM "Begeleidingsplan" WHERE "inburgeraarId" IN (${P})`;
    const S = `SELECT id FROM "Signaal" WHERE "inburgeraarId" IN (${P})`;
    const OV = `SELECT id FROM "Overleg" WHERE "organisatieId" = ${o}`;
    const AP = `SELECT id FROM "OverlegAgendapunt" WHERE "overlegId" IN (${OV}) OR "inburgeraarId" IN (${P})`;
    await tx.exec(`ALTER TABLE "Afspraak" DISABLE TRIGGER USER; ALTER TABLE "ChecklistItem" DISABLE TRIGGER USER; ALTER TABLE "Belpoging" DISABLE TRIGGER USER; ALTER TABLE "Toewijzing" DISABLE TRIGGER USER;`);
    await zonderSleutels(tx, () =>
      tx.exec(`
        DELETE FROM "ChecklistItem" WHERE "inburgeraarId" IN (${P});
        DELETE FROM "AfspraakDoel" WHERE "afspraakId" IN (SELECT id FROM "Afspraak" WHERE "inburgeraarId" IN (${P}));
        DELETE FROM "Afspraak" WHERE "inburgeraarId" IN (${P});
        DELETE FROM "LeefgebiedScore" WHERE "meetmomentId" IN (SELECT id FROM "Meetmoment" WHERE "planId" IN (${PL}));
        DELETE FROM "Meetmoment" WHERE "planId" IN (${PL});
        DELETE FROM "AfspraakDoel" WHERE "doelId" IN (SELECT id FROM "Doel" WHERE "planId" IN (${PL}));
        DELETE FROM "Actie" WHERE "doelId" IN (SELECT id FROM "Doel" WHERE "planId" IN (${PL}));
        DELETE FROM "Doel" WHERE "planId" IN (${PL});
        DELETE FROM "PlanLeefgebied" WHERE "planId" IN (${PL});
        DELETE FROM "PlanVersie" WHERE "planId" IN (${PL});
        DELETE FROM "Begeleidingsplan" WHERE "inburgeraarId" IN (${P});
        DELETE FROM "SignaalActie" WHERE "signaalId" IN (${S});
        DELETE FROM "Meldcode" WHERE "signaalId" IN (${S});
        DELETE FROM "Signaal" WHERE "inburgeraarId" IN (${P});
        DELETE FROM "Toestemming" WHERE "inburgeraarId" IN (${P});
        DELETE FROM "ToestemmingScan" WHERE "inburgeraarId" IN (${P});
        DELETE FROM "Voortgangsrapportage" WHERE "inburgeraarId" IN (${P});
        DELETE FROM "Verlenging" WHERE "inburgeraarId" IN (${P});
        DELETE FROM "Doorverwijzing" WHERE "inburgeraarId" IN (${P});
        DELETE FROM "Overdracht" WHERE "inburgeraarId" IN (${P});
        DELETE FROM "Belpoging" WHERE "inburgeraarId" IN (${P});
        DELETE FROM "ToeslagAanvraag" WHERE "inburgeraarId" IN (${P});
        DELETE FROM "Toewijzing" WHERE "inburgeraarId" IN (${P});
        DELETE FROM "Huishoudlid" WHERE "inburgeraarId" IN (${P});
        DELETE FROM "OverlegActie" WHERE "agendapuntId" IN (${AP});
        DELETE FROM "OverlegAgendapunt" WHERE id IN (${AP});
        DELETE FROM "OverlegDeelnemer" WHERE "overlegId" IN (${OV});
        DELETE FROM "Overleg" WHERE "organisatieId" = ${o};
        DELETE FROM "Inburgeraar" WHERE "organisatieId" = ${o};
        DELETE FROM "Sessie" WHERE "gebruikerId" IN (${U});
        DELETE FROM "TweestapsHerstelcode" WHERE "gebruikerId" IN (${U});
        DELETE FROM "GebruikerGemeente" WHERE "gebruikerId" IN (${U});
        DELETE FROM "VrijwilligerProfiel" WHERE "gebruikerId" IN (${U});
        DELETE FROM "LoginPoging" WHERE email IN (SELECT email FROM "Gebruiker" WHERE "organisatieId" = ${o});
        DELETE FROM "Gebruiker" WHERE "organisatieId" = ${o};
        DELETE FROM "ChecklistTemplateItem" WHERE "templateId" IN (SELECT t.id FROM "ChecklistTemplate" t JOIN "Gemeente" g ON g.id = t."gemeenteId" WHERE g."organisatieId" = ${o});
        DELETE FROM "ChecklistTemplate" WHERE "gemeenteId" IN (SELECT id FROM "Gemeente" WHERE "organisatieId" = ${o});
        DELETE FROM "SocialeKaartOrganisatie" WHERE "organisatieId" = ${o};
        DELETE FROM "Gemeente" WHERE "organisatieId" = ${o};
        DELETE FROM "Team" WHERE "organisatieId" = ${o};
        ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_append_only";
        DELETE FROM "AuditLog" WHERE "organisatieId" = ${o};
        ALTER TABLE "AuditLog" ENABLE TRIGGER "AuditLog_append_only";
        DELETE FROM "Organisatie" WHERE id = ${o};
      `),
    );
    await tx.exec(`ALTER TABLE "Afspraak" ENABLE TRIGGER USER; ALTER TABLE "ChecklistItem" ENABLE TRIGGER USER; ALTER TABLE "Belpoging" ENABLE TRIGGER USER; ALTER TABLE "Toewijzing" ENABLE TRIGGER USER;`);
    return true;
  });
}

/** Fills the database with the benchmark organisation. See the module comment. */
export async function genereerBenchData(database: Database, opties: BenchOpties): Promise<BenchResultaat> {
  const naam = opties.organisatie ?? BENCH_ORGANISATIE;
  const log = opties.log ?? (() => undefined);
  if (!Number.isInteger(opties.personen) || opties.personen < 1 || opties.personen > 1_000_000) {
    throw new Error("--personen moet een geheel getal tussen 1 en 1.000.000 zijn.");
  }
  await runMigrations(database.sql);
  const [bestaand] = await database.sql.query<{ id: string }>(`SELECT id FROM "Organisatie" WHERE naam = $1`, [naam]);
  if (bestaand) {
    if (!opties.opnieuw) throw new BenchBestaatAl(naam);
    const t = performance.now();
    await verwijderBenchOrganisatie(database.sql, naam);
    log(`Bestaande organisatie "${naam}" verwijderd in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  // Hashed once (argon2id is slow on purpose); every user shares the hash string.
  const wachtwoordHash = await hashPassword(DEMO_PASSWORD);
  const start = performance.now();
  const generator = new Generator(opties, naam, wachtwoordHash, log, database.engine);
  const resultaat = await database.sql.transaction((tx) => generator.run(tx));
  // Outside the transaction: the planner needs the new sizes before anything is measured, and on
  // PostgreSQL the visibility map that autovacuum keeps in production (index-only scans, decision 024;
  // a throwaway cluster runs without autovacuum).
  const t = performance.now();
  const opruimen = database.engine === "postgresql" ? "VACUUM (ANALYZE)" : "ANALYZE";
  await database.sql.exec(opruimen);
  generator.stappen.push({ tabel: `(${opruimen})`, rijen: 0, ms: performance.now() - t });
  return { ...resultaat, stappen: generator.stappen, totaalMs: performance.now() - start };
}

interface Gebruiker {
  id: string;
  rol: BenchAccount["rol"];
  email: string;
  naam: string;
  team: number | null;
  fte: number | null;
}

class Generator {
  readonly stappen: BenchStap[] = [];
  private readonly P: number;
  private readonly G: number;
  private readonly zout: string;
  private readonly domein: string;
  private readonly now: Date;
  /** SQL literals for "now" and "today" (Amsterdam). */
  private readonly NU: string;
  private readonly V: string;
  private readonly toeval: Toeval;
  private tx!: SqlConnection;
  private orgId = "";

  constructor(
    opties: BenchOpties,
    private readonly naam: string,
    private readonly wachtwoordHash: string,
    private readonly log: (regel: string) => void,
    private readonly engine: Database["engine"],
  ) {
    this.P = opties.personen;
    // About 130 people per gemeente, 300 at most (a national organisation), at least 3.
    this.G = Math.max(3, Math.min(300, Math.round(this.P / 130)));
    const seed = opties.seed ?? 13;
    this.zout = `${seed}:${naam}`;
    this.domein = opties.domein ?? BENCH_DOMEIN;
    this.now = opties.now ?? new Date();
    this.NU = `${tekst(this.now.toISOString().replace("T", " ").replace("Z", ""))}::timestamp`;
    this.V = `${tekst(vandaagIn(this.now))}::date`;
    this.toeval = new Toeval(seed * 7919 + 17);
  }

  // ── helpers ──

  private id(soort: string, sleutel: string) {
    return idSql(this.zout, soort, sleutel);
  }
  private hash(soort: string, sleutel: string) {
    return hashSql(this.zout, soort, sleutel);
  }
  /** The person's i-th draw (0–39): nine md5 hashes per person, four draws each. */
  private r(i: number, alias = "p") {
    return kans(`${alias}.h${Math.floor(i / 4) + 1}`, i % 4);
  }

  /** Runs an INSERT (or an INSERT … SELECT) and records its row count and time. */
  private async stap(tabel: string, insert: string): Promise<number> {
    const t = performance.now();
    const [rij] = await this.tx.query<{ n: number }>(`WITH ins AS (${insert} RETURNING 1) SELECT count(*)::int AS n FROM ins`);
    const ms = performance.now() - t;
    const rijen = rij?.n ?? 0;
    const eerder = this.stappen.find((s) => s.tabel === tabel);
    if (eerder) {
      eerder.rijen += rijen;
      eerder.ms += ms;
    } else {
      this.stappen.push({ tabel, rijen, ms });
    }
    this.log(`  ${tabel.padEnd(24)} ${String(rijen).padStart(9)} rijen  ${(ms / 1000).toFixed(1).padStart(6)} s`);
    return rijen;
  }

  /** Fresh statistics for tables read back by later steps (temporary tables are never analysed automatically; without this the planner takes them for empty and nests loops). */
  private async analyse(...tabellen: string[]) {
    const t = performance.now();
    await this.tx.exec(tabellen.map((x) => `ANALYZE ${x.startsWith("b") ? x : `"${x}"`};`).join(" "));
    const vorige = this.stappen.find((s) => s.tabel === "(ANALYZE tussendoor)");
    if (vorige) vorige.ms += performance.now() - t;
    else this.stappen.push({ tabel: "(ANALYZE tussendoor)", rijen: 0, ms: performance.now() - t });
  }

  /** A statement that is not an insert of the dataset (staging, updates): timed under its own name. */
  private async voerUit(naam: string, sql: string) {
    const t = performance.now();
    await this.tx.exec(sql);
    const ms = performance.now() - t;
    this.stappen.push({ tabel: `(${naam})`, rijen: 0, ms });
    this.log(`  ${`(${naam})`.padEnd(24)} ${"".padStart(9)}        ${(ms / 1000).toFixed(1).padStart(6)} s`);
  }

  private indexenVanaf = 0;
  private sleutelsVanaf = 0;

  private tijd(naam: string, vanaf: number) {
    const ms = performance.now() - vanaf;
    this.stappen.push({ tabel: naam, rijen: 0, ms });
    this.log(`  ${naam.padEnd(24)} ${"".padStart(9)}        ${(ms / 1000).toFixed(1).padStart(6)} s`);
  }

  /** Every table, in dependency order. */
  private async laden(): Promise<Gebruiker[]> {
    await this.organisatie();
    await this.personenStaging();
    await this.analyse("bp", "bg", "bdef");
    const gebruikers = await this.gebruikers();
    await this.analyse("bp", "bb", "bt", "bv", "Gebruiker");
    await this.inburgeraars();
    await this.analyse("Inburgeraar");
    await this.toewijzingen();
    await this.analyse("Toewijzing");
    await this.afspraken();
    await this.analyse("Afspraak");
    await this.checklist();
    await this.analyse("ChecklistItem");
    await this.plannen();
    await this.signalen();
    await this.toestemmingen();
    await this.overigDossier();
    await this.overleggen();
    await this.sessies(gebruikers);
    await this.audit();
    this.indexenVanaf = performance.now();
    return gebruikers;
  }

  async run(tx: SqlConnection): Promise<Omit<BenchResultaat, "stappen" | "totaalMs">> {
    this.tx = tx;
    this.log(`Bench-data: ${this.P} inburgeraars in ${this.G} gemeenten, organisatie "${this.naam}"`);
    // The stored attention fields are recomputed once at the end instead of by a trigger per row;
    // keys and the big tables' indexes are checked and built once at the end too.
    if (this.engine === "postgresql") await tx.exec("SET LOCAL jit = off");
    await tx.exec(`ALTER TABLE "Afspraak" DISABLE TRIGGER USER; ALTER TABLE "ChecklistItem" DISABLE TRIGGER USER; ALTER TABLE "Belpoging" DISABLE TRIGGER USER; ALTER TABLE "Toewijzing" DISABLE TRIGGER USER;`);
    const gebruikers = await zonderSleutels(tx, async () => {
      const lijst = await zonderIndexen(tx, () => this.laden());
      this.tijd("(indexen bouwen)", this.indexenVanaf);
      this.sleutelsVanaf = performance.now();
      return lijst;
    });
    this.tijd("(sleutels controleren)", this.sleutelsVanaf);
    await tx.exec(`ALTER TABLE "Afspraak" ENABLE TRIGGER USER; ALTER TABLE "ChecklistItem" ENABLE TRIGGER USER; ALTER TABLE "Belpoging" ENABLE TRIGGER USER; ALTER TABLE "Toewijzing" ENABLE TRIGGER USER;`);
    const t = performance.now();
    const standen = await herberekenStanden(tx, this.orgId);
    this.tijd("(aandacht herberekenen)", t);
    this.log(`  aandacht herberekend voor ${standen} inburgeraars`);
    const voorbeeld = (rol: BenchAccount["rol"], n: number) => gebruikers.filter((g) => g.rol === rol).slice(0, n).map((g) => ({ rol, email: g.email }));
    return {
      organisatieId: this.orgId,
      gebruikers: gebruikers.length,
      voorbeelden: [
        ...voorbeeld("BEGELEIDER", 2),
        ...voorbeeld("VRIJWILLIGER", 1),
        ...voorbeeld("TEAMLEIDER", 1),
        ...voorbeeld("CONSULENT", 1),
        ...voorbeeld("BEHEERDER", 1),
      ],
    };
  }

  // ── organisation, gemeenten, templates, sociale kaart ──

  private async organisatie() {
    this.orgId = idJs(this.zout, "org", 0);
    const O = tekst(this.orgId);
    await this.stap("Organisatie", `INSERT INTO "Organisatie" (id, naam) VALUES (${O}, ${tekst(this.naam)})`);

    const namen = gemeenteNamen(this.G);
    const t = this.toeval;
    const rijen = namen.map((naam, g) => {
      const looptijd = t.kies([12, 12, 12, 18, 24]);
      return [
        g,
        tekst(idJs(this.zout, "gemeente", g)),
        tekst(naam),
        looptijd,
        t.kies([8, 12, 12, 13, 16]),
        t.kies([14, 21, 21, 28, 30]),
        getalLijst(t.kies([[3, 8, 12], [6, 12], [3, 6, 9, 12], [4, 8, 12, 18]]).filter((m) => m <= looptijd + 6)),
        t.kies([null, 90, 90, 60]) ?? "NULL",
        // One in eight gemeenten keeps a separate nareizigers list.
        t.getal() < 0.125 ? "TRUE" : "FALSE",
      ].join(", ");
    });
    await this.tx.exec(`
      CREATE TEMP TABLE bg (g int PRIMARY KEY, id text, naam text, looptijd int, opstartweken int, contactnorm int, meetmaanden int[], bellijst int, nareizigers bool, consulent text, consulent2 text) ON COMMIT DROP;
      INSERT INTO bg (g, id, naam, looptijd, opstartweken, contactnorm, meetmaanden, bellijst, nareizigers) VALUES (${rijen.join("), (")});
    `);
    await this.stap(
      "Gemeente",
      `INSERT INTO "Gemeente" (id, "organisatieId", naam, "cbsCode", "looptijdMaanden", "opstartfaseWeken", "meetmomentenMaanden", "contactNormDagen", "bellijstIntervalDagen", taakstelling, spreekuur, "updatedAt")
       SELECT id, ${O}, naam, 'GM9' || lpad(g::text, 3, '0'), looptijd, opstartweken, meetmaanden, contactnorm, bellijst, NULL, 'Dinsdag 9.00–12.00 in het wijkcentrum', ${this.NU} FROM bg`,
    );

    // Checklist templates: the standard list everywhere, the nareizigers list where the gemeente keeps one.
    const definities = (lijst: string, items: readonly TemplateItemDefinitie[]) =>
      items.map((d, i) =>
        [tekst(lijst), tekst(d.code), tekst(d.titel), waarde(d.uitleg ?? null), tekstLijst(d.categorieen), waarde(d.verplicht), waarde(d.alleenMetKinderen ?? false), waarde(d.deadlineDagenNaBrp ?? null), (i + 1) * 10].join(", "),
      );
    await this.tx.exec(`
      CREATE TEMP TABLE bdef (lijst text, code text, titel text, uitleg text, categorieen text[], verplicht bool, kind bool, deadline int, volgorde int) ON COMMIT DROP;
      INSERT INTO bdef VALUES (${[...definities("S", STANDAARD_CHECKLIST), ...definities("N", NAREIZIGERS_CHECKLIST)].join("), (")});
    `);
    await this.stap(
      "ChecklistTemplate",
      `INSERT INTO "ChecklistTemplate" (id, "gemeenteId", naam, doelgroep, "updatedAt")
       SELECT ${this.id("tpl", "bg.g || ':' || l.lijst")}, bg.id, CASE l.lijst WHEN 'S' THEN 'Opstartfase standaard' ELSE 'Opstartfase nareizigers' END,
              CASE l.lijst WHEN 'N' THEN 'NAREIZIGER'::"Doelgroep" END, ${this.NU}
         FROM bg CROSS JOIN (VALUES ('S'), ('N')) l(lijst) WHERE l.lijst = 'S' OR bg.nareizigers`,
    );
    await this.stap(
      "ChecklistTemplateItem",
      `INSERT INTO "ChecklistTemplateItem" (id, "templateId", code, titel, uitleg, categorieen, verplicht, "alleenMetKinderen", "deadlineDagenNaBrp", volgorde)
       SELECT ${this.id("tpi", "bg.g || ':' || d.lijst || ':' || d.code")}, ${this.id("tpl", "bg.g || ':' || d.lijst")}, d.code, d.titel, d.uitleg,
              d.categorieen::"ChecklistCategorie"[], d.verplicht, d.kind, d.deadline, d.volgorde
         FROM bg JOIN bdef d ON d.lijst = 'S' OR bg.nareizigers`,
    );

    // The sociale kaart: the demo's organisations that exist in every gemeente.
    const kaart = SOCIALE_KAART.filter((s) => !s.alleen).map((s, i) =>
      [i, tekst(s.naam("§")), `${tekstLijst(s.leefgebieden)}`, tekst(s.omschrijving), tekstLijst(s.talen ?? []), waarde(s.openingstijden ?? null)].join(", "),
    );
    await this.tx.exec(`
      CREATE TEMP TABLE bsk (s int, naam text, leefgebieden text[], omschrijving text, talen text[], openingstijden text) ON COMMIT DROP;
      INSERT INTO bsk VALUES (${kaart.join("), (")});
    `);
    await this.stap(
      "SocialeKaartOrganisatie",
      `INSERT INTO "SocialeKaartOrganisatie" (id, "organisatieId", "gemeenteId", naam, leefgebieden, omschrijving, telefoon, email, talen, openingstijden, "updatedAt")
       SELECT ${this.id("sk", "bg.g || ':' || s.s")}, ${O}, bg.id, replace(s.naam, '§', bg.naam), s.leefgebieden::"Leefgebied"[], s.omschrijving,
              '0900-000' || lpad((bg.g * 10 + s.s)::text, 4, '0'), 'info-' || s.s || '@' || regexp_replace(lower(bg.naam), '[^a-z0-9]+', '-', 'g') || '.${this.domein}', s.talen, s.openingstijden, ${this.NU}
         FROM bg CROSS JOIN bsk s`,
    );
  }

  // ── the people, staged: every choice about a person is made once, here ──

  private async personenStaging() {
    const V = this.V;
    const r = (i: number) => this.r(i);
    const hashes = Array.from({ length: 10 }, (_, i) => `h${i + 1} text`).join(", ");
    await this.voerUit(
      "personen kiezen",
      `
      CREATE TEMP TABLE bp (
        n int PRIMARY KEY, id text, ${hashes},
        g int, fase text, leeftijd int, kinderen int, partner bool, nareiziger bool, herkomst int, tolk bool,
        verlengd bool, niet_gezien bool, actief_begeleid bool, heeft_maatje bool, oud_maatje bool, maatje_gewenst bool, ander_opstart bool,
        koppeling date, regeldag date, brp date, verhuis date, opstart_einde date, einddatum date, afgesloten date,
        contact_van date, contact_tot date, n_reg int, n_fut int,
        uitkering date, intake date, pip date, leerroute_start date, eerste_les date,
        rk int, b int, begeleider text, opstart text, team int, teamleider text,
        mk int, maatje text, maatje_vanaf date
      ) ON COMMIT DROP;
      INSERT INTO bp (n, id, h1) SELECT n, ${this.id("p", "n")}, ${this.hash("p", "n")} FROM generate_series(0, ${this.P - 1}) n;
      UPDATE bp SET h2 = md5(h1), h3 = md5(md5(h1)), h4 = md5(md5(md5(h1)));
      UPDATE bp SET h5 = md5(h4 || '5'), h6 = md5(h4 || '6'), h7 = md5(h4 || '7'), h8 = md5(h4 || '8'), h9 = md5(h4 || '9'), h10 = md5(h4 || '10');
      UPDATE bp p SET
        g = least(${this.G - 1}, floor(${this.G} * power(${r(0)}, 1.4))::int),
        fase = CASE WHEN ${r(1)} < 0.04 THEN 'AANGEMELD' WHEN ${r(1)} < 0.14 THEN 'OPSTARTFASE' WHEN ${r(1)} < 0.80 THEN 'BEGELEIDINGSFASE'
                    WHEN ${r(1)} < 0.88 THEN 'AFRONDING' ELSE 'AFGESLOTEN' END,
        leeftijd = 18 + floor(power(${r(2)}, 1.6) * 52)::int,
        kinderen = CASE WHEN ${r(3)} < 0.45 THEN 0 ELSE ${tussen(1, 4, r(4))} END,
        partner = ${r(5)} < 0.5,
        nareiziger = ${r(6)} < 0.08,
        herkomst = floor(${r(7)} * ${HERKOMST.length})::int,
        tolk = ${r(8)} < 0.55,
        verlengd = ${r(9)} < 0.05;
      UPDATE bp p SET
        einddatum = CASE p.fase WHEN 'AFRONDING' THEN ${V} - 10 + floor(${r(12)} * 40)::int WHEN 'AFGESLOTEN' THEN ${V} - 5 - floor(${r(12)} * 700)::int END,
        niet_gezien = p.fase IN ('BEGELEIDINGSFASE', 'AFRONDING') AND ${r(10)} < 0.07,
        actief_begeleid = p.fase IN ('OPSTARTFASE', 'BEGELEIDINGSFASE', 'AFRONDING') OR (p.fase = 'AANGEMELD' AND ${r(28)} < 0.5),
        heeft_maatje = p.fase IN ('BEGELEIDINGSFASE', 'AFRONDING') AND ${r(11)} < 0.45,
        oud_maatje = p.fase = 'AFGESLOTEN' AND ${r(11)} < 0.4;
      UPDATE bp p SET brp = CASE p.fase
          WHEN 'AANGEMELD' THEN NULL
          WHEN 'OPSTARTFASE' THEN ${V} - floor(${r(12)} * bg.opstartweken * 7)::int
          WHEN 'BEGELEIDINGSFASE' THEN ${V} - (bg.opstartweken * 7 + 5 + floor(${r(12)} * greatest(10, bg.looptijd * 30 - bg.opstartweken * 7 - 40))::int)
          ELSE (p.einddatum - make_interval(months => bg.looptijd + CASE WHEN p.verlengd THEN 6 ELSE 0 END))::date END
        FROM bg WHERE bg.g = p.g;
      UPDATE bp p SET
        einddatum = CASE WHEN p.fase IN ('OPSTARTFASE', 'BEGELEIDINGSFASE') THEN ${plusMaandenSql("p.brp", "bg.looptijd + CASE WHEN p.verlengd THEN 6 ELSE 0 END")} ELSE p.einddatum END,
        koppeling = CASE WHEN p.fase = 'AANGEMELD' THEN ${V} - ${tussen(3, 60, r(13))} ELSE p.brp - ${tussen(20, 80, r(13))} END,
        regeldag = CASE WHEN p.fase <> 'AANGEMELD' THEN ${werkdag(`p.brp - ${tussen(9, 15, r(14))}`)}
                        WHEN p.actief_begeleid AND ${r(34)} < 0.4 THEN ${werkdag(`${V} + ${tussen(3, 28, r(14))}`)} END,
        verhuis = p.brp - ${tussen(0, 2, r(35))},
        opstart_einde = CASE WHEN p.fase IN ('BEGELEIDINGSFASE', 'AFRONDING', 'AFGESLOTEN')
                             THEN least(p.brp + bg.opstartweken * 7 + ${tussen(-7, 14, r(15))}, ${V} - 1) END,
        uitkering = CASE WHEN p.brp + ${tussen(7, 20, r(20))} <= ${V} THEN p.brp + ${tussen(7, 20, r(20))} END,
        intake = CASE WHEN ${r(33)} >= 0.1 AND p.brp + ${tussen(25, 110, r(16))} <= ${V} THEN p.brp + ${tussen(25, 110, r(16))} END
        FROM bg WHERE bg.g = p.g;
      UPDATE bp p SET
        afgesloten = CASE WHEN p.fase = 'AFGESLOTEN' THEN least(p.einddatum + ${tussen(0, 14, r(29))}, ${V} - 1) END,
        pip = CASE WHEN p.intake + ${tussen(20, 50, r(17))} <= ${V} THEN p.intake + ${tussen(20, 50, r(17))} END;
      UPDATE bp p SET
        leerroute_start = CASE WHEN p.pip + ${tussen(14, 45, r(18))} <= ${V} THEN p.pip + ${tussen(14, 45, r(18))} END,
        ander_opstart = p.opstart_einde IS NOT NULL AND ${r(21)} < 0.25,
        maatje_gewenst = p.fase = 'BEGELEIDINGSFASE' AND NOT p.heeft_maatje AND ${r(22)} < 0.2,
        contact_van = CASE WHEN p.brp IS NOT NULL THEN p.brp + 2 WHEN p.actief_begeleid THEN p.koppeling + 5 END,
        contact_tot = CASE WHEN p.fase = 'AFGESLOTEN' THEN p.afgesloten
                           WHEN p.niet_gezien THEN ${V} - ${tussen(30, 75, r(30))}
                           ELSE ${V} END;
      UPDATE bp p SET
        eerste_les = CASE WHEN p.leerroute_start + ${tussen(0, 14, r(19))} <= ${V} THEN p.leerroute_start + ${tussen(0, 14, r(19))} END,
        -- Regular contacts: one every 7–13 days over the trajectory (a kennismaking for someone not yet housed).
        n_reg = CASE WHEN p.contact_van IS NULL OR p.contact_tot <= p.contact_van THEN 0
                     WHEN p.brp IS NULL THEN 1
                     ELSE least(80, greatest(1, round((p.contact_tot - p.contact_van) / (7 + ${r(31)} * 6))::int)) END,
        -- Planned ahead: the next one or two contacts, for most people who are guided now.
        n_fut = CASE WHEN p.fase = 'AFGESLOTEN' OR p.niet_gezien OR NOT p.actief_begeleid OR p.fase = 'AANGEMELD' THEN 0
                     WHEN ${r(32)} < 0.85 THEN CASE WHEN ${r(36)} < 0.4 THEN 2 ELSE 1 END ELSE 0 END;
      -- Caseload order: by gemeente, so a begeleider works in one or two neighbouring gemeenten.
      UPDATE bp p SET rk = s.rk FROM (SELECT n, (row_number() OVER (ORDER BY g, n) - 1)::int AS rk FROM bp WHERE actief_begeleid) s WHERE s.n = p.n;
      UPDATE bp p SET mk = s.mk FROM (SELECT n, (row_number() OVER (ORDER BY g, n) - 1)::int AS mk FROM bp WHERE heeft_maatje) s WHERE s.n = p.n;
      CREATE INDEX ON bp (rk);
      `,
    );
  }

  // ── users: begeleiders with caseloads of 25–60, teams, volunteers, consulenten, beheerders ──

  private async gebruikers(): Promise<Gebruiker[]> {
    const [telling] = await this.tx.query<{ a: number; m: number; v: number }>(
      `SELECT count(*) FILTER (WHERE actief_begeleid)::int AS a, count(*) FILTER (WHERE heeft_maatje)::int AS m FROM bp`,
    );
    const A = telling?.a ?? 0;
    const M = telling?.m ?? 0;
    const t = this.toeval;
    // Caseloads of 25–60 (≈ 42 on average); a tiny dataset gets one begeleider.
    const B = A < CASELOAD_MIN ? 1 : Math.min(Math.max(Math.round(A / 42.5), Math.ceil(A / CASELOAD_MAX)), Math.floor(A / CASELOAD_MIN));
    const caseloads = verdeel(A, B, CASELOAD_MIN, CASELOAD_MAX, t);
    const T = Math.max(1, Math.ceil(B / BEGELEIDERS_PER_TEAM));
    // Volunteers carry one to three maatjes; one in eight has none (new, paused or stopped).
    const capaciteit: number[] = [];
    for (let rest = M; rest > 0; ) {
      const c = Math.min(rest, t.kies([1, 1, 1, 1, 2, 2, 2, 3, 3]));
      capaciteit.push(c);
      rest -= c;
    }
    const zonder = Math.max(1, Math.round(capaciteit.length / 7));
    const VW = capaciteit.length + zonder;

    const naam = (i: number) => `${MEDEWERKER_VOORNAMEN[i % MEDEWERKER_VOORNAMEN.length]} ${MEDEWERKER_ACHTERNAMEN[Math.floor(i / MEDEWERKER_VOORNAMEN.length) % MEDEWERKER_ACHTERNAMEN.length]}`;
    const lijst: Gebruiker[] = [];
    const maak = (rol: Gebruiker["rol"], prefix: string, i: number, team: number | null, fte: number | null) =>
      lijst.push({ id: idJs(this.zout, `u-${prefix}`, i), rol, email: `${prefix}-${i + 1}@${this.domein}`, naam: naam(lijst.length + i), team, fte });
    for (let b = 0; b < B; b++) maak("BEGELEIDER", "begeleider", b, Math.floor(b / BEGELEIDERS_PER_TEAM), t.kies([0.6, 0.8, 0.8, 0.9, 1]));
    for (let i = 0; i < T; i++) maak("TEAMLEIDER", "teamleider", i, i, 1);
    // One consulent per gemeente; the biggest tenth (most people: low numbers) have two.
    const consulenten = this.G + Math.ceil(this.G / 10);
    for (let c = 0; c < consulenten; c++) maak("CONSULENT", "consulent", c, null, null);
    const beheerders = Math.max(2, Math.min(5, Math.round(this.P / 8000)));
    for (let i = 0; i < beheerders; i++) maak("BEHEERDER", "beheerder", i, null, 1);
    for (let v = 0; v < VW; v++) maak("VRIJWILLIGER", "vrijwilliger", v, null, null);

    // Staging tables for the assignments.
    let van = 0;
    const bb = caseloads.map((c, b) => {
      const rij = `${b}, ${tekst(lijst[b]!.id)}, ${Math.floor(b / BEGELEIDERS_PER_TEAM)}, ${van}, ${van + c}`;
      van += c;
      return rij;
    });
    const teamleiders = lijst.filter((g) => g.rol === "TEAMLEIDER");
    const consulentIds = lijst.filter((g) => g.rol === "CONSULENT").map((g) => g.id);
    const vrijwilligers = lijst.filter((g) => g.rol === "VRIJWILLIGER");
    let mvan = 0;
    const bv = vrijwilligers.map((g, v) => {
      const cap = capaciteit[v] ?? 0;
      const rij = `${v}, ${tekst(g.id)}, ${cap}, ${cap ? mvan : "NULL"}`;
      mvan += cap;
      return rij;
    });
    await this.voerUit(
      "gebruikers kiezen",
      `
      CREATE TEMP TABLE bb (b int PRIMARY KEY, id text, team int, van int, tot int) ON COMMIT DROP;
      INSERT INTO bb VALUES (${bb.join("), (")});
      CREATE TEMP TABLE bt (t int PRIMARY KEY, id text, naam text, teamleider text, van int, tot int) ON COMMIT DROP;
      INSERT INTO bt (t, id, teamleider) VALUES (${teamleiders.map((g, i) => `${i}, ${tekst(idJs(this.zout, "team", i))}, ${tekst(g.id)}`).join("), (")});
      UPDATE bt SET van = s.van, tot = s.tot FROM (SELECT team, min(van) AS van, max(tot) AS tot FROM bb GROUP BY team) s WHERE s.team = bt.t;
      CREATE TEMP TABLE bv (v int PRIMARY KEY, id text, cap int, van int, g int) ON COMMIT DROP;
      INSERT INTO bv VALUES (${bv.map((r) => `${r}, NULL`).join("), (")});
      UPDATE bg SET consulent = (${tekstLijst(consulentIds)})[g + 1], consulent2 = CASE WHEN g < ${consulenten - this.G} THEN (${tekstLijst(consulentIds)})[${this.G} + g + 1] END;
      -- Begeleiders: the caseload ranges; a closed dossier had a begeleider too (assignment ended).
      UPDATE bp p SET b = width_bucket(p.rk, ${getalLijst(beginnen(caseloads))}) - 1 WHERE p.rk IS NOT NULL;
      UPDATE bp p SET b = floor(${this.r(37)} * ${B})::int WHERE p.rk IS NULL AND p.fase = 'AFGESLOTEN';
      UPDATE bp p SET begeleider = bb.id, team = bb.team,
        opstart = CASE WHEN p.ander_opstart AND ${B} > 1 THEN (SELECT o.id FROM bb o WHERE o.b = (p.b + 1 + floor(${this.r(38)} * ${Math.max(1, B - 1)})::int) % ${B}) ELSE bb.id END
        FROM bb WHERE bb.b = p.b;
      UPDATE bp p SET teamleider = bt.teamleider FROM bt WHERE bt.t = p.team;
      -- Maatjes: the volunteers' capacity ranges (same gemeente order); closed dossiers had one before.
      UPDATE bp p SET maatje = bv.id FROM bv WHERE p.mk IS NOT NULL AND bv.v = width_bucket(p.mk, ${getalLijst(beginnen(capaciteit))}) - 1;
      UPDATE bp p SET maatje = bv.id FROM bv WHERE p.oud_maatje AND bv.v = floor(${this.r(39)} * ${VW})::int;
      UPDATE bp p SET maatje_vanaf = least(p.opstart_einde + ${tussen(7, 60, this.r(23))}, ${this.V} - 1) WHERE p.maatje IS NOT NULL;
      UPDATE bv SET g = s.g FROM (SELECT maatje, min(g) AS g FROM bp WHERE maatje IS NOT NULL GROUP BY maatje) s WHERE s.maatje = bv.id;
      UPDATE bv SET g = v % ${this.G} WHERE g IS NULL;
      `,
    );

    const O = tekst(this.orgId);
    const sinds = `${this.NU} - interval '200 days'`;
    await this.stap(
      "Team",
      `INSERT INTO "Team" (id, "organisatieId", naam) SELECT bt.id, ${O}, 'Team ' || (bt.t + 1) || ' ' || bg.naam
         FROM bt LEFT JOIN bp ON bp.rk = bt.van LEFT JOIN bg ON bg.g = bp.g`,
    );
    // The TOTP secret is encrypted per user (AES-GCM with a random IV): computed here, inserted in chunks.
    for (let i = 0; i < lijst.length; i += 2000) {
      const deel = lijst.slice(i, i + 2000).map((g) =>
        [
          tekst(g.id),
          g.team === null ? "NULL" : tekst(idJs(this.zout, "team", g.team)),
          tekst(g.email),
          tekst(g.naam),
          `${tekst(g.rol)}::"Rol"`,
          waarde(g.fte),
          tekst(versleutel(demoTweestapsGeheim(g.email), TWEESTAPS_GEHEIM_DOEL)),
        ].join(", "),
      );
      await this.stap(
        "Gebruiker",
        `INSERT INTO "Gebruiker" (id, "organisatieId", "teamId", email, naam, rol, fte, "tweestapsGeheim", "wachtwoordHash", "tweestapsSinds", "laatstIngelogdOp", "createdAt", "updatedAt")
         SELECT v.id, ${O}, v.team::text, v.email, v.naam, v.rol, v.fte::float8, v.geheim, ${tekst(this.wachtwoordHash)}, ${sinds}, ${this.NU} - interval '1 day', ${sinds}, ${sinds}
           FROM (VALUES (${deel.join("), (")})) v(id, team, email, naam, rol, fte, geheim)`,
      );
    }
    await this.stap(
      "VrijwilligerProfiel",
      `INSERT INTO "VrijwilligerProfiel" (id, "gebruikerId", talen, taken, "urenPerWeek", "maxMaatjes", "vogDatum", "trainingAfgerondOp", training, beschikbaarheid, "voorkeurDoelgroepen", status, "statusSinds", "updatedAt")
       SELECT ${this.id("vp", "bv.v")}, bv.id,
              CASE WHEN v.h < 0.3 THEN ARRAY['Nederlands', 'Engels', ${kies(HERKOMST.map(([, taal]) => taal), "v.h2")}] ELSE ARRAY['Nederlands', 'Engels'] END,
              CASE WHEN v.h < 0.15 THEN ARRAY['MAATJE', 'TOLK']::"VrijwilligerTaak"[] WHEN v.h < 0.25 THEN ARRAY['MAATJE', 'KANTOOR']::"VrijwilligerTaak"[] ELSE ARRAY['MAATJE']::"VrijwilligerTaak"[] END,
              ${tussen(2, 8, "v.h2")}, greatest(bv.cap, 1 + floor(v.h3 * 3)::int),
              CASE WHEN v.h3 < 0.05 THEN NULL ELSE (${this.V} - ${tussen(30, 1300, "v.h")}) END,
              CASE WHEN v.h3 < 0.1 THEN NULL ELSE (${this.V} - ${tussen(20, 900, "v.h2")}) END,
              CASE WHEN v.h3 < 0.1 THEN NULL WHEN v.h < 0.3 THEN 'Basistraining maatje, Omgaan met trauma' ELSE 'Basistraining maatje' END,
              ${kies(["Doordeweeks overdag", "Avonden en weekend", "Dinsdag en donderdag", "Flexibel"], "v.h3")},
              CASE WHEN v.h2 < 0.2 THEN ARRAY['JONGERE']::"Doelgroep"[] ELSE '{}'::"Doelgroep"[] END,
              (CASE WHEN bv.cap > 0 OR v.h < 0.6 THEN 'ACTIEF' WHEN v.h < 0.85 THEN 'GEPAUZEERD' ELSE 'GESTOPT' END)::"VrijwilligerStatus",
              ${this.V} - ${tussen(10, 400, "v.h2")}, ${this.NU}
         FROM bv CROSS JOIN LATERAL (SELECT ${kans(this.hash("vp", "bv.v"), 0)} AS h, ${kans(this.hash("vp", "bv.v"), 1)} AS h2, ${kans(this.hash("vp", "bv.v"), 2)} AS h3) v`,
    );
    await this.stap(
      "GebruikerGemeente",
      `INSERT INTO "GebruikerGemeente" ("gebruikerId", "gemeenteId")
       SELECT DISTINCT begeleider, bg.id FROM bp JOIN bg ON bg.g = bp.g WHERE bp.rk IS NOT NULL
       UNION SELECT DISTINCT bt.teamleider, bg.id FROM bp JOIN bt ON bt.t = bp.team JOIN bg ON bg.g = bp.g WHERE bp.rk IS NOT NULL
       UNION SELECT consulent, id FROM bg
       UNION SELECT consulent2, id FROM bg WHERE consulent2 IS NOT NULL
       UNION SELECT bv.id, bg.id FROM bv JOIN bg ON bg.g = bv.g`,
    );
    return lijst;
  }

  // ── Inburgeraar and household ──

  private async inburgeraars() {
    const O = tekst(this.orgId);
    const r = (i: number) => this.r(i);
    const ams = (d: string, min: number) => amsterdam(d, String(min));
    const talen = `(${tekstLijst(HERKOMST.map(([, t]) => t))})[p.herkomst + 1]`;
    await this.stap(
      "Inburgeraar",
      `INSERT INTO "Inburgeraar" (id, "organisatieId", "gemeenteId", voornaam, achternaam, geboortedatum, "vNummer", "landVanHerkomst", talen, "tolkNodig", "tolkTaal",
          telefoon, email, straat, huisnummer, postcode, woonplaats, verblijfsvergunning, doelgroepen, fase, "faseSinds", "koppelingDatum", "woningtoewijzingDatum",
          "verhuisDatum", "brpInschrijvingDatum", "uitkeringStartDatum", "bredeIntakeDatum", "pipVastgesteldDatum", "startLeerrouteDatum", leerroute, "eersteLesDatum",
          einddatum, "opstartAfgeslotenOp", "maatjeGewenstSinds", "afgeslotenOp", "isTestdata", "aangemaaktDoorId", "createdAt", "updatedAt")
       SELECT p.id, ${O}, bg.id, ${kies(VOORNAMEN, r(24))}, ${kies(ACHTERNAMEN, r(25))},
              (${this.V} - make_interval(years => p.leeftijd) - make_interval(days => ${tussen(0, 360, r(26))}))::date,
              (1000000000 + floor(${r(27)} * 8999999999))::bigint::text,
              (${tekstLijst(HERKOMST.map(([land]) => land))})[p.herkomst + 1],
              CASE WHEN ${r(8)} < 0.3 THEN ARRAY[${talen}, 'Engels'] ELSE ARRAY[${talen}] END,
              p.tolk, CASE WHEN p.tolk THEN ${talen} END,
              '06-0000' || lpad(${tussen(0, 9999, r(35))}::text, 4, '0'),
              CASE WHEN ${r(27)} < 0.4 THEN 'persoon-' || p.n || '@voorbeeld.test' END,
              CASE WHEN p.brp IS NOT NULL THEN ${kies(STRATEN, r(24))} END,
              CASE WHEN p.brp IS NOT NULL THEN ${tussen(1, 180, r(25))}::text END,
              CASE WHEN p.brp IS NOT NULL THEN (1000 + (p.g * 29) % 8900)::text || ' ' || ${kies(["AB", "CD", "EK", "GH", "LM", "PR", "ST", "XZ"], r(26))} END,
              CASE WHEN p.brp IS NOT NULL THEN bg.naam END,
              (CASE WHEN p.nareiziger THEN 'REGULIER_GEZIN_ASIEL_BEPAALDE_TIJD' WHEN ${r(23)} < 0.85 THEN 'ASIEL_BEPAALDE_TIJD' WHEN ${r(23)} < 0.95 THEN 'ASIEL_ONBEPAALDE_TIJD' ELSE 'REGULIER_GEZIN_NEDERLANDER' END)::"Verblijfsvergunning",
              array_remove(ARRAY[CASE WHEN p.nareiziger THEN 'NAREIZIGER' END, CASE WHEN p.leeftijd < 27 THEN 'JONGERE' END, CASE WHEN p.leeftijd > 60 THEN 'OUDERE' END,
                                 CASE WHEN p.kinderen > 0 AND NOT p.partner THEN 'ALLEENSTAANDE_OUDER' END], NULL)::"Doelgroep"[],
              p.fase::"Fase",
              ${ams(`CASE p.fase WHEN 'AANGEMELD' THEN p.koppeling WHEN 'OPSTARTFASE' THEN p.brp WHEN 'BEGELEIDINGSFASE' THEN p.opstart_einde
                                WHEN 'AFRONDING' THEN least(p.einddatum - 30, ${this.V} - 2) ELSE p.afgesloten END`, 720)},
              p.koppeling, p.regeldag, p.verhuis, p.brp, p.uitkering, p.intake, p.pip, p.leerroute_start,
              CASE WHEN p.leerroute_start IS NULL THEN NULL WHEN ${r(32)} < 0.6 THEN 'B1'::"Leerroute" WHEN ${r(32)} < 0.75 THEN 'ONDERWIJS'::"Leerroute" ELSE 'Z_ROUTE'::"Leerroute" END,
              p.eerste_les, p.einddatum,
              CASE WHEN p.opstart_einde IS NOT NULL THEN ${ams("p.opstart_einde", 960)} END,
              CASE WHEN p.maatje_gewenst THEN ${ams(`least(p.opstart_einde + ${tussen(3, 40, r(22))}, ${this.V})`, 600)} END,
              CASE WHEN p.afgesloten IS NOT NULL THEN ${ams("p.afgesloten", 990)} END,
              TRUE, coalesce(p.teamleider, bt.teamleider), ${ams("p.koppeling", 540)}, ${this.NU}
         FROM bp p JOIN bg ON bg.g = p.g LEFT JOIN bt ON bt.t = p.g % (SELECT count(*) FROM bt)`,
    );
    await this.stap(
      "Huishoudlid",
      `INSERT INTO "Huishoudlid" (id, "inburgeraarId", voornaam, achternaam, geboortedatum, relatie, "isNareiziger", "verwachteAankomst", school)
       SELECT ${this.id("hh", "p.n || ':' || k")}, p.id,
              ${kies(VOORNAMEN, kans(this.hash("hh", "p.n || ':' || k"), 0))},
              CASE WHEN k > 0 THEN i.achternaam END,
              CASE WHEN k = 0 THEN (${this.V} - make_interval(years => greatest(18, p.leeftijd + ${tussen(-5, 5, kans(this.hash("hh", "p.n || ':' || k"), 1))})))::date
                   ELSE (${this.V} - make_interval(years => ${tussen(0, 16, kans(this.hash("hh", "p.n || ':' || k"), 1))}))::date END,
              (CASE WHEN k = 0 THEN 'PARTNER' ELSE 'KIND' END)::"HuishoudRelatie",
              k = 0 AND ${kans(this.hash("hh", "p.n || ':' || k"), 2)} < 0.1,
              CASE WHEN k = 0 AND ${kans(this.hash("hh", "p.n || ':' || k"), 2)} < 0.1 THEN ${this.V} + ${tussen(20, 200, kans(this.hash("hh", "p.n || ':' || k"), 3))} END,
              CASE WHEN k > 0 AND ${kans(this.hash("hh", "p.n || ':' || k"), 3)} < 0.6 THEN 'Basisschool De Voorbeeldboom' END
         FROM bp p JOIN "Inburgeraar" i ON i.id = p.id
         CROSS JOIN LATERAL generate_series(CASE WHEN p.partner THEN 0 ELSE 1 END, p.kinderen) k`,
    );
  }

  // ── who guides whom ──

  private async toewijzingen() {
    const ams = (d: string, min: number) => amsterdam(d, String(min));
    const eind = `CASE WHEN p.afgesloten IS NOT NULL THEN ${ams("p.afgesloten", 1020)} END`;
    const opstartVanaf = ams("coalesce(least(p.regeldag, p.brp), p.koppeling + 3) - 2", 540);
    await this.stap(
      "Toewijzing",
      `INSERT INTO "Toewijzing" (id, "inburgeraarId", "gebruikerId", rol, vanaf, tot, "toegewezenDoorId", reden, "overdrachtNotitie", "overdrachtGelezenOp")
       SELECT ${this.id("tw", "p.n || ':o'")}, p.id, p.opstart, 'OPSTART'::"ToewijzingRol", ${opstartVanaf},
              CASE WHEN p.opstart_einde IS NOT NULL THEN ${ams("p.opstart_einde", 960)} ELSE ${eind} END, p.teamleider, NULL, NULL, NULL
         FROM bp p WHERE p.opstart IS NOT NULL
       UNION ALL
       SELECT ${this.id("tw", "p.n || ':b'")}, p.id, p.begeleider, 'BEGELEIDER'::"ToewijzingRol", ${ams("p.opstart_einde", 960)}, ${eind}, p.teamleider, NULL,
              CASE WHEN p.ander_opstart THEN 'Opstart afgerond; huurtoeslag loopt nog, zie checklist.' END,
              CASE WHEN p.ander_opstart THEN ${ams("p.opstart_einde + 2", 600)} END
         FROM bp p WHERE p.opstart_einde IS NOT NULL AND p.begeleider IS NOT NULL
       UNION ALL
       SELECT ${this.id("tw", "p.n || ':m'")}, p.id, p.maatje, 'MAATJE'::"ToewijzingRol", ${ams("p.maatje_vanaf", 600)}, ${eind}, p.teamleider, 'Gekoppeld op taal en beschikbaarheid', NULL, NULL
         FROM bp p WHERE p.maatje IS NOT NULL`,
    );
  }

  // ── afspraken: ≈ 30 per person ──

  private async afspraken() {
    const V = this.V;
    const NU = this.NU;
    const kolommen = `id, "inburgeraarId", "medewerkerId", start, "duurMinuten", type, locatie, "metTolk", "tolkTaal", status, onderwerp, verslag, leefgebieden,
                      "isEindgesprek", "deelMetMaatje", "gelogdDoorId", "gelogdOp", "createdAt", "updatedAt"`;
    /**
     * The INSERT over rows that carry: id, pid, med, rol ('O' opstart person, 'B' begeleider, 'M' maatje), dag, minuut,
     * type, duur, eind (the eindgesprek), the person's tolk/taal/gemeente/kinderen/heeft_maatje, and three hashes.
     * Draws: h 0 rol · 1 type · 2 minuut · 3 verslag; h2 0 onderwerp · 1 leefgebied · 2 delen · 3 log delay;
     * h3 0 status · 1 day · 2 duur · 3 created · (unlogged: h3 3).
     */
    const insert = (onderwerp: string, verslag: string, rijen: string) => `
      INSERT INTO "Afspraak" (${kolommen})
      SELECT y.id, y.pid, y.med, y.start, CASE WHEN y.status IN ('VOND_PLAATS', 'GEPLAND') THEN y.duur END, y.type::"AfspraakType",
             CASE y.type WHEN 'HUISBEZOEK' THEN 'Bij de inburgeraar thuis' WHEN 'TELEFONISCH' THEN NULL WHEN 'CHAT' THEN NULL
                         WHEN 'EXTERNE_AFSPRAAK' THEN 'Gemeentehuis / externe instantie' ELSE 'Kantoor ' || y.gemeente END,
             y.tolk AND y.type <> 'CHAT' AND y.rol <> 'M', CASE WHEN y.tolk AND y.type <> 'CHAT' AND y.rol <> 'M' THEN y.taal END,
             y.status::"AfspraakStatus", ${onderwerp},
             CASE y.status WHEN 'VOND_PLAATS' THEN ${verslag} WHEN 'NIET_VERSCHENEN' THEN 'Niet verschenen; later gebeld, niet bereikt.' END,
             CASE WHEN y.status = 'VOND_PLAATS' THEN ARRAY[(${tekstLijst(LEEFGEBIEDEN)})[1 + floor(${kans("y.h2", 1)} * ${LEEFGEBIEDEN.length})::int]]::"Leefgebied"[]
                  ELSE '{}'::"Leefgebied"[] END,
             y.eind AND y.status = 'VOND_PLAATS', y.rol = 'B' AND y.heeft_maatje AND ${kans("y.h2", 2)} < 0.2,
             CASE WHEN y.status <> 'GEPLAND' THEN y.med END,
             CASE WHEN y.status <> 'GEPLAND' THEN least(y.start + make_interval(mins => coalesce(y.duur, 0) + ${tussen(30, 240, kans("y.h2", 3))}), ${NU}) END,
             least(y.start, ${NU}) - make_interval(days => ${tussen(2, 10, kans("y.h3", 3))}), ${NU}
        FROM (SELECT x.*,
                     CASE WHEN x.start >= ${NU} THEN 'GEPLAND'
                          -- Some recent ones were never logged: the begeleider's to-do.
                          WHEN x.dag >= ${V} - 45 AND ${kans("x.h", 3)} < 0.06 THEN 'GEPLAND'
                          WHEN ${kans("x.h3", 0)} < 0.86 THEN 'VOND_PLAATS' WHEN ${kans("x.h3", 0)} < 0.93 THEN 'NIET_VERSCHENEN' ELSE 'GEANNULEERD' END AS status
                FROM (SELECT r.*, ${amsterdam("r.dag", "r.minuut")} AS start FROM (${rijen} OFFSET 0) r OFFSET 0) x OFFSET 0) y`;
    const persoon = `p.id AS pid, p.tolk, (${tekstLijst(HERKOMST.map(([, t]) => t))})[p.herkomst + 1] AS taal, bg.naam AS gemeente, p.kinderen, p.maatje IS NOT NULL AS heeft_maatje`;
    const typeVoor = (rol: string, u: string) => `CASE ${rol}
        WHEN 'O' THEN ${kies(["KANTOOR", "KANTOOR", "HUISBEZOEK"], u)}
        WHEN 'M' THEN ${kies(["HUISBEZOEK", "HUISBEZOEK", "EXTERNE_AFSPRAAK", "TELEFONISCH", "CHAT"], u)}
        ELSE ${kies(["KANTOOR", "KANTOOR", "KANTOOR", "HUISBEZOEK", "HUISBEZOEK", "TELEFONISCH", "TELEFONISCH", "TELEFONISCH", "SPREEKUUR", "SPREEKUUR", "GROEPSBIJEENKOMST", "EXTERNE_AFSPRAAK", "CHAT"], u)} END`;
    const duurVoor = (type: string, u: string) =>
      `CASE ${type} WHEN 'TELEFONISCH' THEN ${tussen(1, 3, u)} * 10 WHEN 'CHAT' THEN 10 WHEN 'SPREEKUUR' THEN 30 WHEN 'GROEPSBIJEENKOMST' THEN 120
                    WHEN 'EXTERNE_AFSPRAAK' THEN 90 ELSE (ARRAY[45, 60, 60, 90])[1 + floor(${u} * 4)::int] END`;
    /** Adds type and duration to rows `v` that have rol, h and h3. */
    // OFFSET 0 keeps each layer a subquery of its own: flattened, the planner would copy the layer's expressions
    // (md5 upon md5) into every place the next layer uses them, and the cost grows exponentially.
    const metType = (v: string) =>
      `SELECT t.*, ${duurVoor("t.type", kans("t.h3", 2))} AS duur FROM (SELECT v.*, ${typeVoor("v.rol", kans("v.h", 1))} AS type FROM (${v} OFFSET 0) v OFFSET 0) t`;
    const onderwerp = `CASE y.rol WHEN 'O' THEN ${kies(ONDERWERPEN.opstart, kans("y.h2", 0))} WHEN 'M' THEN ${kies(ONDERWERPEN.maatje, kans("y.h2", 0))}
                       ELSE CASE WHEN y.eind THEN 'Eindgesprek' ELSE ${kies(ONDERWERPEN.begeleiding, kans("y.h2", 0))} END END`;
    const verslag = `CASE y.rol WHEN 'O' THEN ${kies(VERSLAGEN.opstart, kans("y.h", 3))} WHEN 'M' THEN ${kies(VERSLAGEN.maatje, kans("y.h", 3))}
                     ELSE CASE WHEN y.eind THEN ${tekst(VERSLAGEN.eindgesprek)} WHEN y.kinderen > 0 AND ${kans("y.h", 3)} < 0.12 THEN ${tekst(VERSLAGEN.begeleidingMetKinderen[0]!)}
                     ELSE ${kies(VERSLAGEN.begeleiding, kans("y.h", 3))} END END`;
    const hashes = (sleutel: string) =>
      `${this.hash("afs", sleutel)} AS h, md5(${this.hash("afs", sleutel)}) AS h2, md5(md5(${this.hash("afs", sleutel)})) AS h3`;

    // 1. The regeldag (woningtoewijzing), held by the opstart person; or a kennismaking before housing.
    await this.stap(
      "Afspraak",
      insert(
        "CASE WHEN y.type = 'REGELDAG' THEN 'Regeldag: woningtoewijzing' ELSE 'Kennismaking en woning zoeken' END",
        `CASE WHEN y.type = 'REGELDAG' THEN ${tekst(VERSLAGEN.regeldag)} ELSE 'Kennismaking in het azc. Ingeschreven voor een woning.' END`,
        `SELECT ${this.id("afs", "p.n || ':r'")} AS id, ${persoon}, p.opstart AS med, 'O' AS rol,
                CASE WHEN p.regeldag IS NOT NULL THEN p.regeldag ELSE ${werkdag("p.koppeling + 7")} END AS dag,
                CASE WHEN p.regeldag IS NOT NULL THEN 570 ELSE 600 END AS minuut,
                CASE WHEN p.regeldag IS NOT NULL THEN 'REGELDAG' ELSE 'KANTOOR' END AS type,
                CASE WHEN p.regeldag IS NOT NULL THEN 180 ELSE 60 END AS duur, FALSE AS eind, ${hashes("p.n || ':r'")}
           FROM bp p JOIN bg ON bg.g = p.g
          WHERE p.opstart IS NOT NULL AND (p.regeldag IS NOT NULL OR p.koppeling + 7 <= ${V})`,
      ),
    );
    // 2. Regular contacts over the trajectory: the opstart person first, then the begeleider and (a third of the time) the maatje.
    const rol = `CASE WHEN p.opstart_einde IS NULL OR w.dag < p.opstart_einde THEN 'O' WHEN p.maatje IS NOT NULL AND w.dag >= p.maatje_vanaf AND ${kans("w.h", 0)} < 0.35 THEN 'M' ELSE 'B' END`;
    await this.stap(
      "Afspraak",
      insert(
        onderwerp,
        verslag,
        metType(`
          SELECT w.id, ${persoon}, w.dag, w.h, w.h2, w.h3, w.eind, ${rol} AS rol,
                 CASE ${rol} WHEN 'O' THEN p.opstart WHEN 'M' THEN p.maatje ELSE p.begeleider END AS med,
                 510 + 30 * floor(${kans("w.h", 2)} * 16)::int AS minuut
            FROM bp p JOIN bg ON bg.g = p.g
            CROSS JOIN LATERAL (
              SELECT z.*, ${werkdag(`p.contact_van + floor(((z.k - 1) + ${kans("z.h3", 1)}) * (p.contact_tot - p.contact_van) / p.n_reg)::int`)} AS dag,
                     p.fase = 'AFGESLOTEN' AND z.k = p.n_reg AS eind
                FROM (SELECT k, ${this.id("afs", "p.n || ':' || k")} AS id, ${hashes("p.n || ':' || k")} FROM generate_series(1, p.n_reg) k OFFSET 0) z
               OFFSET 0
            ) w
           WHERE p.n_reg > 0 AND p.brp IS NOT NULL`),
      ),
    );
    // 3. Planned ahead: the next contact in the coming three weeks, sometimes one after it (then often with the maatje).
    await this.stap(
      "Afspraak",
      insert(
        onderwerp,
        verslag,
        metType(`
          SELECT z.id, ${persoon}, z.h, z.h2, z.h3, FALSE AS eind,
                 ${werkdag(`${V} + CASE WHEN z.k = 1 THEN ${tussen(1, 20, kans("z.h3", 1))} ELSE ${tussen(22, 50, kans("z.h3", 1))} END`)} AS dag,
                 CASE WHEN p.opstart_einde IS NULL THEN 'O' WHEN p.maatje IS NOT NULL AND z.k = 2 THEN 'M' ELSE 'B' END AS rol,
                 CASE WHEN p.opstart_einde IS NULL THEN p.opstart WHEN p.maatje IS NOT NULL AND z.k = 2 THEN p.maatje ELSE p.begeleider END AS med,
                 510 + 30 * floor(${kans("z.h", 2)} * 16)::int AS minuut
            FROM bp p JOIN bg ON bg.g = p.g
            CROSS JOIN LATERAL (SELECT k, ${this.id("afs", "p.n || ':f' || k")} AS id, ${hashes("p.n || ':f' || k")} FROM generate_series(1, p.n_fut) k OFFSET 0) z
           WHERE p.n_fut > 0`),
      ),
    );
  }

  // ── the opstartfase checklist, from the gemeente's template ──

  private async checklist() {
    const V = this.V;
    const u = (i: number) => kans("x.h", i);
    await this.stap(
      "ChecklistItem",
      `INSERT INTO "ChecklistItem" (id, "inburgeraarId", "templateItemId", code, titel, categorieen, verplicht, deadline, volgorde, status, datum, notitie, "gewijzigdDoorId", "afspraakId", "updatedAt")
       SELECT x.id, x.pid, x.tpi, x.code, x.titel, x.categorieen::"ChecklistCategorie"[], x.verplicht, x.deadline, x.volgorde, x.status::"ChecklistStatus",
              CASE WHEN x.status IN ('GEREGELD', 'NVT') THEN least(x.brp + floor(${u(2)} * coalesce(x.dl, 60))::int, ${V}) END,
              CASE WHEN x.status = 'BEZIG' THEN 'Aangevraagd, wacht op antwoord.' WHEN x.status = 'NVT' THEN 'Niet nodig voor dit huishouden.' END,
              CASE WHEN x.status <> 'OPEN' THEN x.opstart END,
              CASE WHEN x.status = 'GEREGELD' AND x.code IN ('HV-BEZICHTIGING', 'HV-HUURCONTRACT') AND x.regeldag IS NOT NULL THEN ${this.id("afs", "x.n || ':r'")} END,
              ${amsterdam(`least(x.brp + coalesce(x.dl, 30), ${V})`, "600")}
         FROM (
           SELECT q.*,
                  CASE
                    -- After the opstartfase: nearly everything settled; what is left open is overdue.
                    WHEN q.fase <> 'OPSTARTFASE' THEN
                      CASE WHEN NOT q.verplicht AND ${kans("q.h", 0)} < 0.3 THEN 'NVT'
                           WHEN ${kans("q.h", 1)} < 0.95 THEN 'GEREGELD'
                           WHEN ${kans("q.h", 1)} < 0.975 THEN 'BEZIG' ELSE 'OPEN' END
                    -- In the opstartfase: items past their deadline mostly done; the rest by progress.
                    WHEN q.deadline < ${V} THEN
                      CASE WHEN ${kans("q.h", 1)} < 0.78 THEN 'GEREGELD'
                           WHEN ${kans("q.h", 1)} < 0.88 THEN 'BEZIG' ELSE 'OPEN' END
                    ELSE
                      CASE WHEN ${kans("q.h", 1)} < 0.7 * (${V} - q.brp) / (q.opstartweken * 7.0) THEN 'GEREGELD'
                           WHEN ${kans("q.h", 1)} < 0.7 * (${V} - q.brp) / (q.opstartweken * 7.0) + 0.15 THEN 'BEZIG'
                           WHEN NOT q.verplicht AND ${kans("q.h", 0)} < 0.1 THEN 'NVT' ELSE 'OPEN' END
                  END AS status
             FROM (
               SELECT p.n, p.id AS pid, p.brp, p.regeldag, p.opstart, p.fase, bg.opstartweken, ${this.id("ci", "p.n || ':' || d.code")} AS id,
                      ${this.id("tpi", "p.g || ':' || d.lijst || ':' || d.code")} AS tpi, d.code, d.titel, d.categorieen, d.verplicht, d.deadline AS dl,
                      p.brp + d.deadline AS deadline, d.volgorde, ${this.hash("ci", "p.n || ':' || d.code")} AS h
                 FROM bp p JOIN bg ON bg.g = p.g
                 JOIN bdef d ON d.lijst = CASE WHEN p.nareiziger AND bg.nareizigers THEN 'N' ELSE 'S' END AND (p.kinderen > 0 OR NOT d.kind)
                WHERE p.brp IS NOT NULL
               OFFSET 0
             ) q
           OFFSET 0
         ) x`,
    );
  }

  // ── begeleidingsplan: leefgebieden, meetmomenten with scores, doelen with acties, agreed versions ──

  private async plannen() {
    const V = this.V;
    const lg = LEEFGEBIEDEN.map((l, i) => {
      const doel = DOELEN[l];
      return [i, tekst(l), tekstLijst(PLAN_TEKSTEN[l].kanAl), tekstLijst(PLAN_TEKSTEN[l].hulpNodig), tekst(doel.omschrijving), tekstLijst(doel.acties.map((a) => a.omschrijving)), `ARRAY[${doel.acties.map((a) => a.isHuiswerk).join(", ")}]::bool[]`].join(", ");
    });
    await this.tx.exec(`
      CREATE TEMP TABLE blg (i int, lg text, kanal text[], hulp text[], doel text, acties text[], huiswerk bool[]) ON COMMIT DROP;
      INSERT INTO blg VALUES (${lg.join("), (")});
    `);
    // A plan for everyone past the opstartfase, and for half of the people in it (the nulmeting).
    const metPlan = `p.brp IS NOT NULL AND (p.opstart_einde IS NOT NULL OR ${this.r(36)} < 0.5)`;
    await this.stap(
      "Begeleidingsplan",
      `INSERT INTO "Begeleidingsplan" (id, "inburgeraarId", "focusLeefgebied", "createdAt", "updatedAt")
       SELECT ${this.id("plan", "p.n")}, p.id, CASE WHEN p.opstart_einde IS NOT NULL AND ${this.r(24)} < 0.7 THEN (${tekstLijst(LEEFGEBIEDEN)})[1 + floor(${this.r(25)} * 7)::int]::"Leefgebied" END,
              ${amsterdam("p.brp + 3", "600")}, ${this.NU}
         FROM bp p WHERE ${metPlan}`,
    );
    await this.stap(
      "PlanLeefgebied",
      `INSERT INTO "PlanLeefgebied" (id, "planId", leefgebied, "kanAl", "hulpNodig", "streefScore", "updatedAt")
       SELECT ${this.id("pl", "p.n || ':' || blg.i")}, ${this.id("plan", "p.n")}, blg.lg::"Leefgebied",
              blg.kanal[1 + floor(${kans(this.hash("pl", "p.n || ':' || blg.i"), 0)} * 2)::int], blg.hulp[1 + floor(${kans(this.hash("pl", "p.n || ':' || blg.i"), 1)} * 2)::int],
              ${tussen(3, 5, kans(this.hash("pl", "p.n || ':' || blg.i"), 2))}, ${this.NU}
         FROM bp p CROSS JOIN blg
        WHERE p.opstart_einde IS NOT NULL AND (blg.lg <> 'KINDEREN_SCHOOL' OR p.kinderen > 0) AND ${kans(this.hash("pl", "p.n || ':' || blg.i"), 3)} < 0.8`,
    );
    await this.analyse("Begeleidingsplan", "PlanLeefgebied");
    // Meetmomenten: the nulmeting at the BRP date and the gemeente's months; most that are due were recorded.
    await this.voerUit(
      "meetmomenten kiezen",
      `CREATE TEMP TABLE bmm ON COMMIT DROP AS
       SELECT p.n, p.g, m.maand, ${plusMaandenSql("p.brp", "m.maand")} AS gepland,
              coalesce(CASE WHEN p.opstart_einde IS NOT NULL AND m.maand > 0 THEN p.begeleider END, p.opstart) AS door, p.opstart_einde, p.brp,
              ${this.hash("mm", "p.n || ':' || m.maand")} AS h
         FROM bp p JOIN bg ON bg.g = p.g CROSS JOIN LATERAL unnest(ARRAY[0] || bg.meetmaanden) m(maand)
        WHERE ${metPlan} AND ${plusMaandenSql("p.brp", "m.maand")} <= ${V} - 3
          AND (p.afgesloten IS NULL OR ${plusMaandenSql("p.brp", "m.maand")} <= p.afgesloten)
          AND ${kans(this.hash("mm", "p.n || ':' || m.maand"), 0)} < CASE WHEN ${plusMaandenSql("p.brp", "m.maand")} > ${V} - 30 THEN 0.6 ELSE 0.92 END`,
    );
    await this.analyse("bmm");
    await this.stap(
      "Meetmoment",
      `INSERT INTO "Meetmoment" (id, "planId", "maandNaStart", "geplandOp", "afgenomenOp", "afgenomenDoorId", notitie)
       SELECT ${this.id("mm", "m.n || ':' || m.maand")}, ${this.id("plan", "m.n")}, m.maand, m.gepland,
              greatest(m.brp, least(m.gepland + ${tussen(-7, 14, kans("m.h", 1))}, ${V})), m.door,
              CASE WHEN ${kans("m.h", 2)} < 0.2 THEN 'Samen met tolk ingevuld.' END
         FROM bmm m`,
    );
    await this.stap(
      "LeefgebiedScore",
      `INSERT INTO "LeefgebiedScore" (id, "meetmomentId", leefgebied, score, "eigenScore", toelichting)
       SELECT ${this.id("ls", "m.n || ':' || m.maand || ':' || blg.i")}, ${this.id("mm", "m.n || ':' || m.maand")}, blg.lg::"Leefgebied",
              least(5, greatest(1, 1 + floor(${kans(this.hash("ls", "m.n || ':' || blg.i"), 0)} * 2.5 + m.maand / 6.0 + ${kans(this.hash("ls", "m.n || ':' || m.maand || ':' || blg.i"), 0)})::int)),
              CASE WHEN ${kans(this.hash("ls", "m.n || ':' || m.maand || ':' || blg.i"), 1)} < 0.6
                   THEN least(5, greatest(1, 1 + floor(${kans(this.hash("ls", "m.n || ':' || blg.i"), 0)} * 2.5 + m.maand / 6.0 + ${kans(this.hash("ls", "m.n || ':' || m.maand || ':' || blg.i"), 2)})::int)) END,
              NULL
         FROM bmm m CROSS JOIN blg`,
    );
    // Two to four doelen per plan, on different leefgebieden, each with the leefgebied's acties.
    await this.stap(
      "Doel",
      `INSERT INTO "Doel" (id, "planId", leefgebied, omschrijving, status, streefdatum, evaluatie, "createdAt", "updatedAt")
       SELECT ${this.id("doel", "p.n || ':' || j")}, ${this.id("plan", "p.n")}, blg.lg::"Leefgebied", blg.doel,
              (CASE WHEN p.fase = 'AFGESLOTEN' OR ${kans(this.hash("doel", "p.n || ':' || j"), 0)} < 0.35 THEN
                      CASE WHEN ${kans(this.hash("doel", "p.n || ':' || j"), 1)} < 0.85 THEN 'BEREIKT' ELSE 'GESTOPT' END
                    WHEN ${kans(this.hash("doel", "p.n || ':' || j"), 1)} < 0.6 THEN 'BEZIG' ELSE 'OPEN' END)::"DoelStatus",
              p.opstart_einde + ${tussen(60, 270, kans(this.hash("doel", "p.n || ':' || j"), 2))},
              CASE WHEN p.fase = 'AFGESLOTEN' OR ${kans(this.hash("doel", "p.n || ':' || j"), 0)} < 0.35 THEN 'Besproken bij de evaluatie.' END,
              ${amsterdam("p.opstart_einde + 3", "660")}, ${this.NU}
         FROM bp p CROSS JOIN LATERAL generate_series(1, ${tussen(2, 4, this.r(26))}) j
         JOIN blg ON blg.i = (floor(${this.r(27)} * 7)::int + j * 2) % 7
        WHERE p.opstart_einde IS NOT NULL`,
    );
    await this.analyse("Doel");
    await this.stap(
      "Actie",
      `INSERT INTO "Actie" (id, "doelId", omschrijving, "isHuiswerk", voor, organisatie, deadline, "afgerondOp", "socialeKaartId", "createdAt")
       SELECT ${this.id("actie", "d.id || ':' || a.k")}, d.id, blg.acties[a.k], blg.huiswerk[a.k],
              (CASE WHEN blg.huiswerk[a.k] THEN 'INBURGERAAR' WHEN p.maatje IS NOT NULL AND ${kans(this.hash("actie", "d.id || ':' || a.k"), 0)} < 0.25 THEN 'MAATJE'
                    WHEN ${kans(this.hash("actie", "d.id || ':' || a.k"), 0)} < 0.35 THEN 'ORGANISATIE' ELSE 'BEGELEIDER' END)::"ActieVoor",
              CASE WHEN NOT blg.huiswerk[a.k] AND NOT (p.maatje IS NOT NULL AND ${kans(this.hash("actie", "d.id || ':' || a.k"), 0)} < 0.25)
                        AND ${kans(this.hash("actie", "d.id || ':' || a.k"), 0)} < 0.35 THEN 'Sociaal wijkteam' END,
              d.streefdatum - ${tussen(0, 30, kans(this.hash("actie", "d.id || ':' || a.k"), 1))},
              CASE WHEN d.status IN ('BEREIKT', 'GESTOPT') OR ${kans(this.hash("actie", "d.id || ':' || a.k"), 2)} < 0.3
                   THEN least(d.streefdatum - ${tussen(0, 30, kans(this.hash("actie", "d.id || ':' || a.k"), 1))}, ${V}) END,
              NULL, d."createdAt"
         FROM "Doel" d JOIN "Begeleidingsplan" pl ON pl.id = d."planId" JOIN bp p ON p.id = pl."inburgeraarId"
         JOIN blg ON blg.lg = d.leefgebied::text
         CROSS JOIN LATERAL generate_series(1, array_length(blg.acties, 1)) a(k)`,
    );
    await this.stap(
      "PlanVersie",
      `INSERT INTO "PlanVersie" (id, "planId", nummer, "akkoordOp", wijze, "tolkTaal", toelichting, inhoud, "vastgelegdDoorId", "createdAt")
       SELECT ${this.id("pv", "p.n || ':' || v")}, ${this.id("plan", "p.n")}, v,
              least(p.opstart_einde + ${tussen(10, 40, this.r(28))} + (v - 1) * 120, ${V}),
              (CASE WHEN p.tolk THEN 'MONDELING_MET_TOLK' WHEN ${this.r(29)} < 0.5 THEN 'ONDERTEKEND' ELSE 'MONDELING' END)::"AkkoordWijze",
              CASE WHEN p.tolk THEN (${tekstLijst(HERKOMST.map(([, t]) => t))})[p.herkomst + 1] END, NULL,
              jsonb_build_object('focus', pl."focusLeefgebied",
                'leefgebieden', coalesce((SELECT jsonb_agg(jsonb_build_object('leefgebied', l.leefgebied, 'kanAl', l."kanAl", 'hulpNodig', l."hulpNodig", 'streefScore', l."streefScore", 'doelen', '[]'::jsonb) ORDER BY l.leefgebied)
                                          FROM "PlanLeefgebied" l WHERE l."planId" = pl.id), '[]'::jsonb)),
              p.begeleider, ${amsterdam(`least(p.opstart_einde + ${tussen(10, 40, this.r(28))} + (v - 1) * 120, ${V})`, "900")}
         FROM bp p JOIN "Begeleidingsplan" pl ON pl."inburgeraarId" = p.id
         CROSS JOIN LATERAL generate_series(1, CASE WHEN ${this.r(30)} < 0.25 AND p.opstart_einde + 170 < ${V} THEN 2 ELSE 1 END) v
        WHERE p.opstart_einde IS NOT NULL AND ${this.r(31)} < 0.9`,
    );
    await this.stap(
      "AfspraakDoel",
      `INSERT INTO "AfspraakDoel" ("afspraakId", "doelId")
       SELECT a.id, ${this.id("doel", "p.n || ':1'")}
         FROM "Afspraak" a JOIN bp p ON p.id = a."inburgeraarId"
        WHERE a.status = 'VOND_PLAATS' AND a."medewerkerId" = p.begeleider AND p.opstart_einde IS NOT NULL
          AND a.start > ${amsterdam("p.opstart_einde + 3", "660")} AND ${kans("md5(a.id)", 0)} < 0.15`,
    );
  }

  // ── signalen with follow-up and the Meldcode ──

  private async signalen() {
    const V = this.V;
    const cats = Object.keys(SIGNAAL_TEKSTEN);
    const s = (i: number) => kans("x.h", i);
    await this.voerUit(
      "signalen kiezen",
      `CREATE TEMP TABLE bs ON COMMIT DROP AS
       SELECT ${this.id("sig", "p.n || ':' || k")} AS id, p.n, p.id AS pid, p.begeleider, p.teamleider, p.fase,
              -- Every dataset, however small, has one signal under the Meldcode.
              CASE WHEN p.n = ${EERSTE_MET_BEGELEIDER} AND k = 1 THEN 'HUISELIJK_GEWELD' ELSE ${kies(["PSYCHISCH", "PSYCHISCH", "SCHULDEN", "SCHULDEN", "GEZONDHEID", "WONEN", "SCHOOLVERZUIM", "BURENRUZIE", "HUISELIJK_GEWELD", "KINDERMISHANDELING", "OVERIG"], kans(this.hash("sig", "p.n || ':' || k"), 0))} END AS categorie,
              least(coalesce(p.afgesloten, ${V}), coalesce(p.opstart_einde, p.brp) + ${tussen(5, 300, kans(this.hash("sig", "p.n || ':' || k"), 1))}) AS datum,
              ${this.hash("sig", "p.n || ':' || k")} AS h
         FROM bp p CROSS JOIN LATERAL generate_series(1, CASE WHEN ${this.r(32)} < 0.02 THEN 2 ELSE 1 END) k
        WHERE p.brp IS NOT NULL AND p.begeleider IS NOT NULL AND (${this.r(33)} < 0.1 OR p.n = ${EERSTE_MET_BEGELEIDER})`,
    );
    await this.analyse("bs");
    await this.stap(
      "Signaal",
      `INSERT INTO "Signaal" (id, "inburgeraarId", categorie, ernst, omschrijving, status, meldcode, "gedeeldMetConsulent", "doorverwezenNaar", "gemeldDoorId",
                              "afgeslotenOp", "opgepaktDoorId", "opgepaktOp", "gedeeldOp", "gedeeldGrond", "gedeeldReden", "createdAt", "updatedAt")
       SELECT x.id, x.pid, x.categorie::"SignaalCategorie",
              (CASE WHEN x.categorie IN ('HUISELIJK_GEWELD', 'KINDERMISHANDELING') THEN 'HOOG' WHEN ${s(0)} < 0.1 THEN 'HOOG' WHEN ${s(0)} < 0.4 THEN 'LAAG' ELSE 'MIDDEN' END)::"SignaalErnst",
              (${tekstLijst(cats.map((c) => SIGNAAL_TEKSTEN[c]!))})[array_position(${tekstLijst(cats)}, x.categorie)],
              x.status::"SignaalStatus", x.categorie IN ('HUISELIJK_GEWELD', 'KINDERMISHANDELING'),
              x.gedeeld, CASE WHEN x.status = 'DOORVERWEZEN' THEN 'Sociaal wijkteam' END, x.begeleider,
              CASE WHEN x.status = 'AFGESLOTEN' THEN ${amsterdam("least(x.datum + 40, " + V + ")", "900")} END,
              CASE WHEN x.status <> 'OPEN' THEN x.begeleider END, CASE WHEN x.status <> 'OPEN' THEN ${amsterdam(`least(x.datum + 1, ${V})`, "660")} END,
              CASE WHEN x.gedeeld THEN ${amsterdam(`least(x.datum + 3, ${V})`, "700")} END,
              CASE WHEN x.gedeeld THEN (CASE WHEN x.categorie IN ('HUISELIJK_GEWELD', 'KINDERMISHANDELING') THEN 'VEILIGHEID' ELSE 'TOESTEMMING' END)::"SignaalDeelGrond" END,
              CASE WHEN x.gedeeld AND x.categorie IN ('HUISELIJK_GEWELD', 'KINDERMISHANDELING') THEN 'Structurele onveiligheid; afgestemd met Veilig Thuis (testgegeven).' END,
              ${amsterdam("x.datum", "630")}, ${this.NU}
         FROM (SELECT bs.*, CASE WHEN bs.fase = 'AFGESLOTEN' OR bs.datum < ${V} - 120 THEN
                                   ${kies(["AFGESLOTEN", "AFGESLOTEN", "BESPROKEN", "DOORVERWEZEN"], kans("bs.h", 2))}
                                 ELSE ${kies(["OPEN", "OPGEPAKT", "OPGEPAKT", "BESPROKEN"], kans("bs.h", 2))} END AS status,
                      ${kans("bs.h", 3)} < 0.2 AS gedeeld
                 FROM bs) x`,
    );
    await this.stap(
      "SignaalActie",
      `INSERT INTO "SignaalActie" (id, "signaalId", omschrijving, datum, "opvolgOp", "doorId", "createdAt")
       SELECT ${this.id("sa", "bs.id || ':' || k")}, bs.id, ${kies(SIGNAAL_ACTIES, kans(this.hash("sa", "bs.id || ':' || k"), 0))},
              least(bs.datum + k * 7, ${V}), CASE WHEN k = 1 AND ${kans("bs.h", 1)} < 0.5 THEN least(bs.datum + 21, ${V} + 14) END,
              bs.begeleider, ${amsterdam(`least(bs.datum + k * 7, ${V})`, "720")}
         FROM bs CROSS JOIN LATERAL generate_series(1, ${tussen(1, 3, kans("bs.h", 0))}) k`,
    );
    await this.stap(
      "Meldcode",
      `INSERT INTO "Meldcode" (id, "signaalId", feiten, "feitenDatum", interpretatie, "stap1Op", "overlegMet", "overlegDatum", "veiligThuisGeraadpleegd", advies, "stap2Op",
                               "gesprekGevoerd", "gesprekDatum", "gesprekToelichting", "stap3Op", afweging, conclusie, "stap4Op", "createdAt", "updatedAt")
       SELECT ${this.id("mc", "bs.id")}, bs.id, 'Feiten vastgelegd (testgegeven).', bs.datum, 'Zorgen om de veiligheid thuis (testgegeven).', ${amsterdam("bs.datum", "700")},
              'Aandachtsfunctionaris', bs.datum + 2, TRUE, 'Gesprek voeren en hulp organiseren (testgegeven).', ${amsterdam("bs.datum + 2", "700")},
              CASE WHEN bs.datum + 7 <= ${V} THEN TRUE END, CASE WHEN bs.datum + 7 <= ${V} THEN bs.datum + 7 END,
              CASE WHEN bs.datum + 7 <= ${V} THEN 'Gesprek met tolk gevoerd (testgegeven).' END, CASE WHEN bs.datum + 7 <= ${V} THEN ${amsterdam("bs.datum + 7", "700")} END,
              CASE WHEN bs.datum + 14 <= ${V} THEN '{"antwoorden": ["ja", "ja", "nee", "nee", "nee"], "toelichtingen": ["", "", "", "", ""]}'::jsonb END,
              CASE WHEN bs.datum + 14 <= ${V} THEN 'HULP_BIEDEN'::"MeldcodeConclusie" END, CASE WHEN bs.datum + 14 <= ${V} THEN ${amsterdam("bs.datum + 14", "700")} END,
              ${amsterdam("bs.datum", "700")}, ${this.NU}
         FROM bs WHERE bs.categorie IN ('HUISELIJK_GEWELD', 'KINDERMISHANDELING')`,
    );
  }

  // ── consent, scans of forms, shared voortgangsrapportages ──

  private async toestemmingen() {
    const V = this.V;
    await this.voerUit(
      "toestemming kiezen",
      `CREATE TEMP TABLE bf ON COMMIT DROP AS
       SELECT p.n, p.id AS pid, p.opstart, p.begeleider, p.tolk, p.herkomst, p.fase, p.einddatum, bg.naam AS gemeente,
              least(p.brp + ${tussen(3, 30, this.r(34))}, ${V}) AS gegeven, ${this.hash("tf", "p.n")} AS h,
              -- A scan of the signed form for a few; at least one in every dataset.
              ${kans(this.hash("tf", "p.n"), 0)} < 0.03 OR p.n = min(p.n) OVER () AS scan
         FROM bp p JOIN bg ON bg.g = p.g
        WHERE p.brp IS NOT NULL AND p.opstart IS NOT NULL AND (${this.r(35)} < 0.8 OR p.n = ${EERSTE_MET_BEGELEIDER})`,
    );
    await this.analyse("bf");
    await this.stap(
      "ToestemmingScan",
      `INSERT INTO "ToestemmingScan" (id, "inburgeraarId", bestandsnaam, "mimeType", grootte, sha256, inhoud, "geuploadDoorId", "createdAt")
       SELECT ${this.id("scan", "f.n")}, f.pid, 'toestemming-' || f.n || '.pdf', 'application/pdf', 48, encode(sha256(convert_to('%PDF-1.4 bench ' || f.n, 'UTF8')), 'hex'),
              convert_to('%PDF-1.4 bench ' || f.n || E'\\n%%EOF', 'UTF8'), f.opstart, ${amsterdam("f.gegeven", "720")}
         FROM bf f WHERE f.scan`,
    );
    await this.stap(
      "Toestemming",
      `INSERT INTO "Toestemming" (id, "inburgeraarId", onderwerp, ontvanger, "socialeKaartId", "ontvangerNaam", wijze, "tolkTaal", "gegevenOp", "geldigTot",
                                  "ingetrokkenOp", "ingetrokkenDoorId", "intrekReden", "vastgelegdDoorId", toelichting, "scanId", "aanvraagSleutel", "createdAt")
       SELECT ${this.id("ts", "f.n || ':' || o.onderwerp")}, f.pid, o.onderwerp::"ToestemmingOnderwerp", 'CONSULENT_GEMEENTE'::"ToestemmingOntvanger", NULL, NULL,
              (CASE WHEN f.scan THEN 'FORMULIER_GETEKEND' WHEN f.tolk THEN 'MONDELING_MET_TOLK' ELSE 'MONDELING' END)::"ToestemmingWijze",
              CASE WHEN f.tolk THEN (${tekstLijst(HERKOMST.map(([, t]) => t))})[f.herkomst + 1] END,
              f.gegeven, CASE WHEN ${kans("f.h", 1)} < 0.3 THEN f.einddatum END,
              CASE WHEN ${kans("f.h", 2)} < 0.05 THEN least(f.gegeven + 90, ${V}) END,
              CASE WHEN ${kans("f.h", 2)} < 0.05 THEN f.begeleider END,
              CASE WHEN ${kans("f.h", 2)} < 0.05 THEN 'Wil dit niet meer delen.' END,
              f.opstart, NULL, CASE WHEN f.scan THEN ${this.id("scan", "f.n")} END, 'bench-' || f.pid, ${amsterdam("f.gegeven", "730")}
         FROM bf f CROSS JOIN (VALUES ('VOORTGANG', 1.0), ('CHECKLIST', 1.0), ('AFSPRAKEN', 1.0), ('BEGELEIDINGSPLAN', 1.0), ('CONTACTGEGEVENS', 0.5), ('SIGNALEN', 0.35), ('VERSLAGEN', 0.1)) o(onderwerp, kans)
        WHERE ${kans(this.hash("ts", "f.n || ':' || o.onderwerp"), 0)} < o.kans`,
    );
    await this.stap(
      "Voortgangsrapportage",
      `INSERT INTO "Voortgangsrapportage" (id, "inburgeraarId", versie, inhoud, toelichting, "gedeeldDoorId", "gedeeldOp", "aanvraagSleutel")
       SELECT ${this.id("rap", "f.n")}, f.pid, 1,
              jsonb_build_object('naam', i.voornaam || ' ' || i.achternaam, 'gemeente', f.gemeente, 'fase', f.fase, 'gemaaktOp', to_char(least(f.gegeven + 120, ${V}), 'YYYY-MM-DD'), 'onderdelen', '[]'::jsonb),
              'Gaat goed vooruit (testgegeven).', f.begeleider, ${amsterdam(`least(f.gegeven + 120, ${V})`, "800")}, 'bench-rap-' || f.pid
         FROM bf f JOIN "Inburgeraar" i ON i.id = f.pid
        WHERE f.fase <> 'OPSTARTFASE' AND f.begeleider IS NOT NULL AND (${kans("f.h", 3)} < 0.2 OR f.n = (SELECT min(n) FROM bf WHERE fase <> 'OPSTARTFASE' AND begeleider IS NOT NULL))`,
    );
  }

  // ── overdrachten, verlengingen, toeslagen, doorverwijzingen, bellijst ──

  private async overigDossier() {
    const V = this.V;
    const ams = (d: string, m: number) => amsterdam(d, String(m));
    await this.stap(
      "Overdracht",
      `INSERT INTO "Overdracht" (id, "inburgeraarId", type, status, "vanId", "naarGebruikerId", "naarSocialeKaartId", "naarGemeenteNaam", samenvatting, "verstuurdOp", "ontvangenOp", "ontvangenDoorId", "createdAt", "updatedAt")
       SELECT ${this.id("od", "p.n || ':i'")}, p.id, 'INTERN'::"OverdrachtType", 'ONTVANGEN'::"OverdrachtStatus", p.opstart, p.begeleider, NULL, NULL,
              'Opstartfase afgerond. Checklist bijna rond; huurtoeslag loopt nog.', ${ams("p.opstart_einde", 900)}, ${ams("p.opstart_einde + 2", 600)}, p.begeleider,
              ${ams("p.opstart_einde", 880)}, ${this.NU}
         FROM bp p WHERE p.ander_opstart AND p.opstart <> p.begeleider
       UNION ALL
       SELECT ${this.id("od", "p.n || ':c'")}, p.id, 'CONSULENT'::"OverdrachtType", (CASE WHEN ${this.r(36)} < 0.7 THEN 'ONTVANGEN' ELSE 'VERSTUURD' END)::"OverdrachtStatus",
              p.begeleider, bg.consulent, NULL, NULL, 'Eindoverdracht: doelen geëvalueerd, zelfredzaam op wonen en zorg.',
              ${ams("p.afgesloten", 840)}, CASE WHEN ${this.r(36)} < 0.7 THEN ${ams(`least(p.afgesloten + 3, ${V})`, 600)} END,
              CASE WHEN ${this.r(36)} < 0.7 THEN bg.consulent END, ${ams("p.afgesloten", 830)}, ${this.NU}
         FROM bp p JOIN bg ON bg.g = p.g WHERE p.fase = 'AFGESLOTEN'
       UNION ALL
       SELECT ${this.id("od", "p.n || ':w'")}, p.id, 'WARM'::"OverdrachtType", 'VERSTUURD'::"OverdrachtStatus", p.begeleider, NULL,
              ${this.id("sk", "p.g || ':1'")}, NULL, 'Warme overdracht naar het sociaal wijkteam.', ${ams(`least(p.opstart_einde + 60, ${V})`, 700)}, NULL, NULL,
              ${ams(`least(p.opstart_einde + 60, ${V})`, 690)}, ${this.NU}
         FROM bp p WHERE p.opstart_einde IS NOT NULL AND p.begeleider IS NOT NULL AND (${this.r(37)} < 0.03 OR p.n = ${EERSTE_MET_BEGELEIDER})`,
    );
    await this.stap(
      "Verlenging",
      `INSERT INTO "Verlenging" (id, "inburgeraarId", maanden, reden, status, "aangevraagdDoorId", "beoordeeldDoorId", "beoordeeldOp", toelichting, "createdAt")
       SELECT ${this.id("vl", "p.n")}, p.id, 6, 'Heeft meer tijd nodig voor financiën en werk.',
              (CASE WHEN p.verlengd THEN 'GOEDGEKEURD' WHEN ${this.r(38)} < 0.5 THEN 'AANGEVRAAGD' ELSE 'AFGEWEZEN' END)::"VerlengingStatus",
              p.begeleider, CASE WHEN p.verlengd OR ${this.r(38)} >= 0.5 THEN p.teamleider END,
              CASE WHEN p.verlengd OR ${this.r(38)} >= 0.5 THEN ${ams(`least(p.einddatum - (CASE WHEN p.verlengd THEN 200 ELSE 20 END), ${V})`, 800)} END,
              CASE WHEN NOT p.verlengd AND ${this.r(38)} >= 0.5 THEN 'Werk valt onder de Participatiewet; warme overdracht.' END,
              ${ams(`least(p.einddatum - (CASE WHEN p.verlengd THEN 210 ELSE 30 END), ${V})`, 700)}
         FROM bp p
        WHERE p.begeleider IS NOT NULL AND p.einddatum IS NOT NULL
          AND (p.verlengd OR (p.fase IN ('BEGELEIDINGSFASE', 'AFRONDING') AND (p.einddatum < ${V} + 60 AND ${this.r(39)} < 0.15 OR p.n = ${EERSTE_MET_BEGELEIDER})))`,
    );
    await this.stap(
      "ToeslagAanvraag",
      `INSERT INTO "ToeslagAanvraag" (id, "inburgeraarId", soort, "aangevraagdOp", "behandeltermijnDagen", "besluitOp", toegekend, notitie, "createdAt")
       SELECT ${this.id("tsl", "p.n || ':' || t.k")}, p.id, t.soort, least(p.brp + ${tussen(5, 30, kans(this.hash("tsl", "p.n || ':' || t.k"), 0))}, ${V}), 56,
              CASE WHEN p.brp + ${tussen(5, 30, kans(this.hash("tsl", "p.n || ':' || t.k"), 0))} + ${tussen(20, 80, kans(this.hash("tsl", "p.n || ':' || t.k"), 1))} <= ${V}
                        AND ${kans(this.hash("tsl", "p.n || ':' || t.k"), 2)} < 0.95
                   THEN p.brp + ${tussen(5, 30, kans(this.hash("tsl", "p.n || ':' || t.k"), 0))} + ${tussen(20, 80, kans(this.hash("tsl", "p.n || ':' || t.k"), 1))} END,
              CASE WHEN p.brp + ${tussen(5, 30, kans(this.hash("tsl", "p.n || ':' || t.k"), 0))} + ${tussen(20, 80, kans(this.hash("tsl", "p.n || ':' || t.k"), 1))} <= ${V}
                        AND ${kans(this.hash("tsl", "p.n || ':' || t.k"), 2)} < 0.95
                   THEN ${kans(this.hash("tsl", "p.n || ':' || t.k"), 3)} < 0.93 END,
              NULL, ${ams(`least(p.brp + 5, ${V})`, 600)}
         FROM bp p CROSS JOIN LATERAL (SELECT k, (${tekstLijst(TOESLAGEN)})[k] AS soort FROM generate_series(1, CASE WHEN p.kinderen > 0 THEN 3 ELSE 2 END) k) t
        WHERE p.brp IS NOT NULL`,
    );
    await this.stap(
      "Doorverwijzing",
      `INSERT INTO "Doorverwijzing" (id, "inburgeraarId", "socialeKaartId", datum, reden, uitkomst, "uitkomstToelichting", "uitkomstOp", "vastgelegdDoorId", "createdAt")
       SELECT ${this.id("dv", "p.n || ':' || k")}, p.id, ${this.id("sk", `p.g || ':' || ${tussen(0, SOCIALE_KAART.filter((s) => !s.alleen).length - 1, kans(this.hash("dv", "p.n || ':' || k"), 0))}`)},
              least(p.opstart_einde + ${tussen(10, 300, kans(this.hash("dv", "p.n || ':' || k"), 1))}, ${V}), 'Hulp nodig bij een vraag buiten de begeleiding.',
              CASE WHEN p.opstart_einde + ${tussen(10, 300, kans(this.hash("dv", "p.n || ':' || k"), 1))} < ${V} - 30 AND ${kans(this.hash("dv", "p.n || ':' || k"), 2)} < 0.85
                   THEN (${kies(["GEHOLPEN", "GEHOLPEN", "GEHOLPEN", "WACHTLIJST", "NIET_GEHOLPEN", "NIET_GEGAAN"], kans(this.hash("dv", "p.n || ':' || k"), 3))})::"DoorverwijzingUitkomst" END,
              NULL,
              CASE WHEN p.opstart_einde + ${tussen(10, 300, kans(this.hash("dv", "p.n || ':' || k"), 1))} < ${V} - 30 AND ${kans(this.hash("dv", "p.n || ':' || k"), 2)} < 0.85
                   THEN p.opstart_einde + ${tussen(10, 300, kans(this.hash("dv", "p.n || ':' || k"), 1))} + 21 END,
              p.begeleider, ${ams(`least(p.opstart_einde + ${tussen(10, 300, kans(this.hash("dv", "p.n || ':' || k"), 1))}, ${V})`, 640)}
         FROM bp p CROSS JOIN LATERAL generate_series(1, CASE WHEN ${this.r(12, "p")} < 0.05 THEN 2 ELSE 1 END) k
        WHERE p.opstart_einde IS NOT NULL AND p.begeleider IS NOT NULL AND (${this.r(13)} < 0.15 OR p.n = ${EERSTE_MET_BEGELEIDER})`,
    );
    // The bellijst: people without a maatje are called every interval (90 days by default).
    await this.stap(
      "Belpoging",
      `INSERT INTO "Belpoging" (id, "inburgeraarId", "gebruikerId", op, uitkomst, notitie)
       SELECT ${this.id("bel", "p.n || ':' || k")}, p.id, p.teamleider, least(${ams(`p.opstart_einde + k * coalesce(bg.bellijst, 90)`, 630)}, ${this.NU}),
              (${kies(["BEREIKT", "BEREIKT", "BEREIKT", "BEREIKT", "BEREIKT", "BEREIKT", "BEREIKT", "NIET_BEREIKT", "NIET_BEREIKT", "VERVOLG_NODIG"], kans(this.hash("bel", "p.n || ':' || k"), 0))})::"BelUitkomst",
              CASE WHEN ${kans(this.hash("bel", "p.n || ':' || k"), 1)} < 0.3 THEN 'Alles gaat goed.' END
         FROM bp p JOIN bg ON bg.g = p.g
         CROSS JOIN LATERAL generate_series(1, greatest(0, (coalesce(p.afgesloten, ${V}) - p.opstart_einde) / coalesce(bg.bellijst, 90))) k
        WHERE p.opstart_einde IS NOT NULL AND p.maatje IS NULL AND p.teamleider IS NOT NULL`,
    );
  }

  // ── casuïstiekoverleg: every four weeks per team ──

  private async overleggen() {
    const V = this.V;
    await this.stap(
      "Overleg",
      `INSERT INTO "Overleg" (id, "organisatieId", titel, datum, "organisatorId", "externeDeelnemers", "createdAt")
       SELECT ${this.id("ov", "bt.t || ':' || j")}, ${tekst(this.orgId)}, 'Casuïstiekoverleg team ' || (bt.t + 1), ${V} + 3 - 28 * j, bt.teamleider,
              CASE WHEN ${kans(this.hash("ov", "bt.t || ':' || j"), 0)} < 0.3 THEN ARRAY['Wmo-consulent gemeente'] ELSE '{}'::text[] END,
              ${amsterdam(`${V} - 28 * j - 7`, "600")}
         FROM bt CROSS JOIN generate_series(0, 12) j`,
    );
    await this.stap(
      "OverlegDeelnemer",
      `INSERT INTO "OverlegDeelnemer" ("overlegId", "gebruikerId")
       SELECT ${this.id("ov", "bt.t || ':' || j")}, bt.teamleider FROM bt CROSS JOIN generate_series(0, 12) j
       UNION ALL
       SELECT ${this.id("ov", "bb.team || ':' || j")}, bb.id FROM bb CROSS JOIN generate_series(0, 12) j`,
    );
    await this.stap(
      "OverlegAgendapunt",
      `INSERT INTO "OverlegAgendapunt" (id, "overlegId", "inburgeraarId", besluiten)
       SELECT ${this.id("oa", "bt.t || ':' || j || ':' || k")}, ${this.id("ov", "bt.t || ':' || j")}, p.id,
              CASE WHEN j > 0 THEN 'Besproken; begeleider zoekt uit wat er nodig is.' END
         FROM bt CROSS JOIN generate_series(0, 12) j CROSS JOIN generate_series(1, 4) k
         JOIN bp p ON p.rk = bt.van + floor(${kans(this.hash("oa", "bt.t || ':' || j || ':' || k"), 0)} * (bt.tot - bt.van))::int
       ON CONFLICT ("overlegId", "inburgeraarId") DO NOTHING`,
    );
    await this.analyse("Overleg", "OverlegAgendapunt");
    await this.stap(
      "OverlegActie",
      `INSERT INTO "OverlegActie" (id, "agendapuntId", omschrijving, "eigenaarId", deadline, "afgerondOp", "createdAt")
       SELECT ${this.id("oac", "a.id")}, a.id, 'Contact opnemen met het sociaal wijkteam.', p.begeleider, o.datum + 14,
              CASE WHEN o.datum + 14 < ${V} AND ${kans("md5(a.id)", 0)} < 0.8 THEN o.datum + ${tussen(3, 14, kans("md5(a.id)", 1))} END,
              ${amsterdam("o.datum", "720")}
         FROM "OverlegAgendapunt" a JOIN "Overleg" o ON o.id = a."overlegId" JOIN bp p ON p.id = a."inburgeraarId"
        WHERE o."organisatieId" = ${tekst(this.orgId)}`,
    );
  }

  // ── sessions, recovery codes, sign-in attempts ──

  private async sessies(gebruikers: Gebruiker[]) {
    const NU = this.NU;
    await this.tx.exec(`
      CREATE TEMP TABLE bu (i int, id text, email text, rol text) ON COMMIT DROP;
      INSERT INTO bu VALUES (${gebruikers.map((g, i) => `${i}, ${tekst(g.id)}, ${tekst(g.email)}, ${tekst(g.rol)}`).join("), (")});
    `);
    await this.analyse("bu");
    await this.stap(
      "Sessie",
      `INSERT INTO "Sessie" (id, "gebruikerId", "aangemaaktOp", "laatsteActiviteit", "verlooptOp", "beeindigdOp", ip, "userAgent", "tweestapsOp", "tweestapsMethode")
       SELECT ${this.id("ses", "bu.i || ':' || k")}, bu.id, s.begin, s.begin + make_interval(mins => s.duur), s.begin + interval '12 hours',
              CASE WHEN k > 0 THEN s.begin + make_interval(mins => s.duur) END, '192.0.2.' || (bu.i % 250 + 1),
              'Mozilla/5.0 (bench)', s.begin + interval '1 minute', 'TOTP'::"TweestapsMethode"
         FROM bu CROSS JOIN generate_series(0, 2) k
         CROSS JOIN LATERAL (SELECT CASE WHEN k = 0 THEN ${NU} - make_interval(mins => ${tussen(5, 300, kans(this.hash("ses", "bu.i || ':' || k"), 0))})
                                         ELSE ${NU} - make_interval(days => k * 3 + ${tussen(0, 3, kans(this.hash("ses", "bu.i || ':' || k"), 0))}) END AS begin,
                                    ${tussen(5, 240, kans(this.hash("ses", "bu.i || ':' || k"), 1))} AS duur) s
        WHERE k > 0 OR ${kans(this.hash("ses", "bu.i"), 0)} < 0.3`,
    );
    await this.analyse("Sessie");
    await this.stap(
      "TweestapsHerstelcode",
      `INSERT INTO "TweestapsHerstelcode" (id, "gebruikerId", hash, "aangemaaktOp", "gebruiktOp")
       SELECT ${this.id("hc", "bu.i || ':' || k")}, bu.id, encode(sha256(convert_to(${tekst(`${this.zout}:hc:`)} || bu.i || ':' || k, 'UTF8')), 'hex'),
              ${NU} - interval '200 days', CASE WHEN k = 1 AND bu.i % 10 = 0 THEN ${NU} - interval '30 days' END
         FROM bu CROSS JOIN generate_series(1, 10) k`,
    );
    await this.stap(
      "LoginPoging",
      `INSERT INTO "LoginPoging" (id, email, ip, gelukt, "createdAt")
       SELECT ${this.id("lp", "bu.i || ':' || k")}, bu.email, '192.0.2.' || (bu.i % 250 + 1), k > 0 OR ${kans(this.hash("lp", "bu.i"), 0)} >= 0.1,
              ${NU} - make_interval(days => k * 3, mins => 1)
         FROM bu CROSS JOIN generate_series(0, 2) k`,
    );
  }

  // ── the audit trail: what the app would have written for all of the above ──

  private async audit() {
    const O = tekst(this.orgId);
    // Every logged contact, as lib/afspraak writes it.
    await this.stap(
      "AuditLog",
      `INSERT INTO "AuditLog" ("createdAt", "organisatieId", "gebruikerId", actie, entiteit, "entiteitId", "inburgeraarId", details, ip)
       SELECT a."gelogdOp", ${O}, a."gelogdDoorId", 'afspraak.gelogd', 'Afspraak', a.id, a."inburgeraarId",
              jsonb_build_object('type', a.type, 'status', a.status, 'duurMinuten', a."duurMinuten", 'isEindgesprek', a."isEindgesprek"), '192.0.2.10'
         FROM "Afspraak" a JOIN bp p ON p.id = a."inburgeraarId" WHERE a.status <> 'GEPLAND'`,
    );
    // Checklist ticks (one in three: earlier ones were often ticked during the regeldag, not one by one).
    await this.stap(
      "AuditLog",
      `INSERT INTO "AuditLog" ("createdAt", "organisatieId", "gebruikerId", actie, entiteit, "entiteitId", "inburgeraarId", details, ip)
       SELECT c."updatedAt", ${O}, c."gewijzigdDoorId", 'checklist.gewijzigd', 'ChecklistItem', c.id, c."inburgeraarId",
              jsonb_build_object('titel', c.titel, 'code', c.code, 'categorieen', to_jsonb(c.categorieen), 'van', 'OPEN', 'naar', c.status, 'datum', to_char(c.datum, 'YYYY-MM-DD')), '192.0.2.10'
         FROM "ChecklistItem" c JOIN bp p ON p.id = c."inburgeraarId" WHERE c.status <> 'OPEN' AND ${kans("md5(c.id)", 0)} < 0.33`,
    );
    // Assignments.
    await this.stap(
      "AuditLog",
      `INSERT INTO "AuditLog" ("createdAt", "organisatieId", "gebruikerId", actie, entiteit, "entiteitId", "inburgeraarId", details, ip)
       SELECT t.vanaf, ${O}, t."toegewezenDoorId", 'toewijzing.gemaakt', 'Toewijzing', t.id, t."inburgeraarId",
              jsonb_build_object('rol', t.rol, 'naam', g.naam, 'vorige', '[]'::jsonb), '192.0.2.11'
         FROM "Toewijzing" t JOIN bp p ON p.id = t."inburgeraarId" JOIN "Gebruiker" g ON g.id = t."gebruikerId"`,
    );
    // Dossier views: about eight per person by who guides them, spread over the trajectory.
    await this.stap(
      "AuditLog",
      `INSERT INTO "AuditLog" ("createdAt", "organisatieId", "gebruikerId", actie, entiteit, "entiteitId", "inburgeraarId", details, ip)
       SELECT ${amsterdam(`p.contact_van + floor(${kans(this.hash("ab", "p.n || ':' || k"), 0)} * greatest(1, p.contact_tot - p.contact_van))::int`, `480 + floor(${kans(this.hash("ab", "p.n || ':' || k"), 1)} * 540)`)},
              ${O}, CASE WHEN p.maatje IS NOT NULL AND k % 4 = 0 THEN p.maatje WHEN p.opstart_einde IS NULL THEN p.opstart ELSE p.begeleider END,
              'inburgeraar.bekeken', 'Inburgeraar', p.id, p.id,
              jsonb_build_object('onderdeel', ${kies(["overzicht", "afspraken", "opstartfase", "plan", "tijdlijn"], kans(this.hash("ab", "p.n || ':' || k"), 2))}), '192.0.2.12'
         FROM bp p CROSS JOIN generate_series(1, 8) k WHERE p.opstart IS NOT NULL AND p.contact_van IS NOT NULL`,
    );
    await this.stap(
      "AuditLog",
      `INSERT INTO "AuditLog" ("createdAt", "organisatieId", "gebruikerId", actie, entiteit, "entiteitId", ip)
       SELECT s."aangemaaktOp", ${O}, s."gebruikerId", 'login.gelukt', 'Sessie', s.id, s.ip FROM "Sessie" s JOIN bu ON bu.id = s."gebruikerId"`,
    );
  }


}
