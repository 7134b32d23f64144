/**
 * The hot lists lean on indexes that only work while a query's text matches
 * their definition: partial indexes (their WHERE must follow from the query's),
 * an expression index (the query must use the same expression) and covering
 * indexes (the query may read only the columns they hold). Decisions 024–027
 * say so; this test checks it, so an edit of a query cannot quietly lose its index.
 *
 * Per index: the page's own loader runs, the statement it sends is caught where
 * it leaves lib/db/lees, and PostgreSQL plans it again with every other
 * (non-unique) index of the table dropped and sequential scans switched off,
 * inside a transaction that is rolled back. An index the query can use is then
 * always chosen; one it cannot use leaves a sequential scan in the plan. This
 * checks that the index *can* be used, not which plan the real data gets: that
 * is what the load test measures (docs/performance.md).
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/authz";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";
import { laadCaseloadStart, laadTeamStart, laadVoortgangStart } from "@/lib/pagina/start";
import { maakGebruiker, maakInburgeraar, maakOrganisatie, sessionUser, wijsToe } from "../factories";

const { gevangen } = vi.hoisted(() => ({ gevangen: [] as Prisma.Sql[] }));

vi.mock("@/lib/db/lees", async (importOriginal) => {
  const echt = await importOriginal<typeof import("@/lib/db/lees")>();
  return {
    ...echt,
    leesSql: (query: Prisma.Sql) => {
      gevangen.push(query);
      return echt.leesSql(query);
    },
  };
});

interface Wereld {
  begeleider: SessionUser;
  teamleider: SessionUser;
  consulent: SessionUser;
}

const DAG = 86_400_000;

async function maakWereld(): Promise<Wereld> {
  const { organisatie, gemeente } = await maakOrganisatie();
  const [begeleider, teamleider, consulent] = await Promise.all([
    maakGebruiker(organisatie.id, "BEGELEIDER"),
    maakGebruiker(organisatie.id, "TEAMLEIDER"),
    maakGebruiker(organisatie.id, "CONSULENT", { gemeenteIds: [gemeente.id] }),
  ]);
  const nu = Date.now();
  // Volunteers for the VOG list: one without a VOG, one expiring, one fine, one stopped.
  for (const profiel of [{ vogDatum: null }, { vogDatum: new Date(nu - 1070 * DAG) }, {}, { status: "GESTOPT" as const }]) {
    await maakGebruiker(organisatie.id, "VRIJWILLIGER", { profiel });
  }
  for (let i = 0; i < 4; i++) {
    const p = await maakInburgeraar(organisatie.id, gemeente.id, {
      fase: i % 2 === 0 ? "OPSTARTFASE" : "BEGELEIDINGSFASE",
      brpInschrijvingDatum: new Date(nu - (40 + i * 30) * DAG).toISOString().slice(0, 10),
    });
    await wijsToe(p.id, begeleider.id, "BEGELEIDER");
    await db().afspraak.create({ data: { inburgeraarId: p.id, medewerkerId: begeleider.id, start: new Date(nu - DAG), type: "HUISBEZOEK", status: "GEPLAND" } });
  }
  return { begeleider: await sessionUser(begeleider.id), teamleider: await sessionUser(teamleider.id), consulent: await sessionUser(consulent.id) };
}

class Terug extends Error {}

/** The plan of `query` when of `tabel`'s non-unique indexes only `houden` remain and sequential scans are off. */
async function planMetAlleen(tabel: string, houden: string[], query: Prisma.Sql, alleenIndex = false): Promise<string> {
  let plan = "";
  // The visibility map filled, as autovacuum keeps it in production: otherwise every index-only scan
  // is costed as reading every row, and PostgreSQL 15 may then take another index.
  if (alleenIndex) await db().$executeRawUnsafe(`VACUUM "${tabel}"`);
  await db()
    .$transaction(async (tx) => {
      const weg = await tx.$queryRaw<{ naam: string }[]>(Prisma.sql`
        SELECT c.relname::text AS naam FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid
         WHERE x.indrelid = ${`"${tabel}"`}::regclass AND NOT x.indisunique AND NOT (c.relname = ANY(${houden}::text[]))`);
      for (const { naam } of weg) await tx.$executeRawUnsafe(`DROP INDEX "${naam}"`);
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      // A covering index: no bitmap scan (which always reads the rows), and the table was vacuumed, so an
      // index-only scan is the cheapest way when the index holds every column the query reads.
      if (alleenIndex) await tx.$executeRawUnsafe("SET LOCAL enable_bitmapscan = off");
      const rijen = await tx.$queryRaw<Record<string, unknown>[]>(Prisma.sql`EXPLAIN (FORMAT JSON) ${query}`);
      plan = JSON.stringify(rijen);
      throw new Terug();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Terug)) throw error;
    });
  return plan;
}

/** Every scan in a plan (EXPLAIN FORMAT JSON) as "<node type> <index name>". */
function scans(plan: string): string[] {
  const uit: string[] = [];
  const loop = (knoop: unknown) => {
    if (Array.isArray(knoop)) return knoop.forEach(loop);
    if (!knoop || typeof knoop !== "object") return;
    const k = knoop as Record<string, unknown>;
    if (typeof k["Index Name"] === "string") uit.push(`${String(k["Node Type"])} ${k["Index Name"]}`);
    Object.values(k).forEach(loop);
  };
  loop(JSON.parse(plan));
  return uit;
}

/** The "Index Cond" of every scan of index `naam` in a plan: what PostgreSQL looks up in it. */
function indexCondities(plan: string, naam: string): string[] {
  const uit: string[] = [];
  const loop = (knoop: unknown) => {
    if (Array.isArray(knoop)) return knoop.forEach(loop);
    if (!knoop || typeof knoop !== "object") return;
    const k = knoop as Record<string, unknown>;
    if (k["Index Name"] === naam) uit.push(String(k["Index Cond"] ?? ""));
    Object.values(k).forEach(loop);
  };
  loop(JSON.parse(plan));
  return uit;
}

/** Runs a page's loader and returns the one statement it sent whose text contains `kenmerk`. */
async function statementVan(laad: () => Promise<unknown>, kenmerk: string): Promise<Prisma.Sql> {
  gevangen.length = 0;
  await laad();
  const gevonden = gevangen.filter((q) => q.sql.includes(kenmerk));
  expect(gevonden, `statements met "${kenmerk}": ${gevangen.map((q) => q.sql.replace(/\s+/g, " ").slice(0, 100)).join(" | ")}`).toHaveLength(1);
  return gevonden[0]!;
}

const GEVALLEN: {
  index: string[];
  tabel: string;
  pagina: string;
  kenmerk: string;
  laad: (w: Wereld) => Promise<unknown>;
  /** A covering index: the query reads this table's rows from the index alone (an index-only scan). */
  dekkend?: true;
  /** Part of the lookup the index must do (its "Index Cond"), for an index on an expression: a covering
   * index could otherwise be read whole, with the expression as a filter, and the test would not notice
   * that the query's expression no longer matches the index's. */
  conditie?: string;
}[] = [
  {
    index: ["Inburgeraar_wacht_opstart_idx", "Inburgeraar_wacht_begeleider_idx", "Inburgeraar_wacht_maatje_idx"],
    tabel: "Inburgeraar",
    pagina: "wachtlijst (startpagina teamleider, decision 026)",
    kenmerk: `"openOpstart"`,
    dekkend: true,
    laad: (w) => laadTeamStart(w.teamleider),
  },
  {
    index: ["Inburgeraar_contactklok_gemeente_idx"],
    tabel: "Inburgeraar",
    pagina: "te lang geen contact (startpagina teamleider, decision 029)",
    kenmerk: `- g."contactNormDagen"`,
    dekkend: true,
    conditie: "COALESCE",
    laad: (w) => laadTeamStart(w.teamleider),
  },
  {
    index: ["Inburgeraar_belklok_idx"],
    tabel: "Inburgeraar",
    pagina: "bellijst (startpagina teamleider, decision 029)",
    kenmerk: "WITH gr AS MATERIALIZED",
    conditie: "GREATEST",
    dekkend: true,
    laad: (w) => laadTeamStart(w.teamleider),
  },
  {
    index: ["Inburgeraar_organisatieId_belReeks_idx"],
    tabel: "Inburgeraar",
    pagina: "naar de begeleider (startpagina teamleider, decision 029)",
    kenmerk: `"belReeks" >=`,
    laad: (w) => laadTeamStart(w.teamleider),
  },
  {
    index: ["VrijwilligerProfiel_vog_aandacht_idx"],
    tabel: "VrijwilligerProfiel",
    pagina: "VOG's die aandacht vragen (startpagina teamleider, decision 029)",
    kenmerk: `'-infinity'::date) <=`,
    dekkend: true,
    conditie: "COALESCE",
    laad: (w) => laadTeamStart(w.teamleider),
  },
  {
    index: ["Signaal_ernst_createdAt_id_idx"],
    tabel: "Signaal",
    pagina: "open signalen (startpagina teamleider, decision 025)",
    kenmerk: `FROM "Signaal" s`,
    laad: (w) => laadTeamStart(w.teamleider),
  },
  {
    index: ["Inburgeraar_gemeente_idx"],
    tabel: "Inburgeraar",
    pagina: "voortgang (startpagina consulent, decision 027)",
    kenmerk: "WITH pagina AS",
    dekkend: true,
    laad: (w) => laadVoortgangStart(w.consulent, {}),
  },
  {
    index: ["Inburgeraar_gemeente_idx"],
    tabel: "Inburgeraar",
    pagina: "tijdige-start-markers (startpagina consulent, decision 027)",
    kenmerk: "WITH p AS MATERIALIZED",
    dekkend: true,
    laad: (w) => laadVoortgangStart(w.consulent, {}),
  },
  {
    index: ["Inburgeraar_gemeente_idx"],
    tabel: "Inburgeraar",
    pagina: "recente rapportages (startpagina consulent, decision 027)",
    kenmerk: `FROM "Voortgangsrapportage" r JOIN`,
    dekkend: true,
    laad: (w) => laadVoortgangStart(w.consulent, {}),
  },
  {
    index: ["Inburgeraar_gemeente_idx"],
    tabel: "Inburgeraar",
    pagina: "overdrachten voor de consulent (startpagina consulent, decision 027)",
    kenmerk: `o."naarGemeenteNaam"`,
    dekkend: true,
    laad: (w) => laadVoortgangStart(w.consulent, {}),
  },
  {
    index: ["Afspraak_medewerkerId_gepland_start_idx"],
    tabel: "Afspraak",
    pagina: "niet vastgelegde afspraken (caseload begeleider)",
    kenmerk: `a.status = 'GEPLAND' AND a.start <`,
    laad: (w) => laadCaseloadStart(w.begeleider, {}),
  },
];

describe("de hete lijsten kunnen hun index gebruiken", () => {
  let w: Wereld;
  beforeAll(async () => {
    w = await maakWereld();
  }, 60_000);

  it.each(GEVALLEN)("$pagina: $index", async ({ index, tabel, kenmerk, laad, dekkend, conditie }) => {
    const query = await statementVan(() => laad(w), kenmerk);
    const plan = await planMetAlleen(tabel, index, query, dekkend);
    for (const naam of index) {
      expect(scans(plan), plan).toContainEqual(dekkend ? `Index Only Scan ${naam}` : expect.stringMatching(new RegExp(` ${naam}$`)));
      if (conditie) expect(indexCondities(plan, naam), plan).toContainEqual(expect.stringContaining(conditie));
    }
  });

  it("de test merkt het als een query zijn index niet kan gebruiken", async () => {
    // The same wachtlijst statement with the partial indexes' condition taken out of its text.
    const query = await statementVan(() => laadTeamStart(w.teamleider), `"openOpstart"`);
    const zonderVoorwaarde = (s: string) => s.replaceAll(`NOT i."openOpstart"`, "true").replaceAll(`NOT i."openBegeleider"`, "true").replaceAll(`NOT i."openMaatje"`, "true");
    const zonder = new Prisma.Sql(query.strings.map(zonderVoorwaarde), query.values);
    expect(zonder.sql).not.toContain(`"openOpstart"`);
    const plan = await planMetAlleen("Inburgeraar", ["Inburgeraar_wacht_opstart_idx"], zonder);
    expect(scans(plan).join("\n")).not.toContain("Inburgeraar_wacht_opstart_idx");
  });
});
