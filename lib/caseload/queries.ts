import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { inburgeraarScopeSql } from "@/lib/authz/sql-scope";
import { actieveToewijzing, assertCan, can, dossierZicht, inburgeraarScope, type SessionUser } from "@/lib/authz";
import { db } from "@/lib/db";
import type { AfspraakType, Fase, ToewijzingRol } from "@/lib/db/generated/enums";
import { wettelijkeKlokken } from "@/lib/inburgeraar/klokken";
import { OPVOLGEN_NA_DAGEN } from "@/lib/doorverwijzing/rules";
import { dateKolomNaarKalenderdatum, kalenderdatumNaarDate, naarKalenderdatum, plusDagen, vandaag as vandaagIn } from "@/lib/tijd";
import { moetNaarBegeleider, NIET_BEREIKT_GRENS } from "@/lib/bellijst/rules";
import { huidigMeetmomentVan } from "@/lib/plan/feiten";
import { beoordeel, type CaseloadOordeel } from "./rules";
import { checklistStanden, GEEN_CHECKLIST } from "./stand";

export interface CaseloadFilters {
  zoek?: string;
  fase?: Fase;
  gemeenteId?: string;
  alleenAandacht?: boolean;
}

export interface CaseloadRij extends CaseloadOordeel {
  id: string;
  naam: string;
  fase: Fase;
  gemeente: string;
  mijnRol: ToewijzingRol | null;
  laatsteContact: string | null;
  volgendeAfspraak: Date | null;
  /** My planned afspraken with this person whose time has passed and that were never logged (oldest first). */
  nietVastgelegd: NietVastgelegd[];
}

export interface NietVastgelegd {
  id: string;
  start: Date;
  type: AfspraakType;
}

/** At most this many unlogged afspraken per caseload are listed (the count beyond shows as attention anyway). */
const MAX_NIET_VASTGELEGD = 500;

/** A begeleider's whole caseload (25–60 people) fits on one page; an organisation-wide scope is paged. */
export const CASELOAD_PER_PAGINA = 100;

const kolom = (d: Date | null) => (d ? dateKolomNaarKalenderdatum(d) : null);

export interface CaseloadPagina {
  rijen: CaseloadRij[];
  totaal: number;
  pagina: number;
  paginas: number;
}

/** The first page of the caseload (for a begeleider or maatje: all of it). */
export async function getCaseload(user: SessionUser, filters: CaseloadFilters = {}, now = new Date()): Promise<CaseloadRij[]> {
  return (await getCaseloadPagina(user, filters, now)).rijen;
}

/**
 * "Mijn inburgeraars": everyone in the user's scope (for begeleiders and
 * volunteers: assigned to them), with what needs attention first. The page is
 * chosen in SQL, most urgent first by the stored attention facts
 * (lib/caseload/stand.ts); the rows of that page are then judged with all the
 * rules (lib/caseload/rules.ts) and ordered by them. A constant number of
 * queries, whatever the caseload's size.
 */
export async function getCaseloadPagina(
  user: SessionUser,
  filters: CaseloadFilters & { pagina?: number } = {},
  now = new Date(),
): Promise<CaseloadPagina> {
  assertCan(user, "inburgeraar:lezen");
  const vandaag = vandaagIn(now);
  // A caseload is the user's own people: the role decides what is visible, not consent.
  // A volunteer's attention points are only what a maatje can act on (contact, afspraken, checklist).
  const zicht = dossierZicht(user, []);
  const magMeten = can(user, "meetmoment:vastleggen");
  const pagina = Math.max(1, Math.floor(filters.pagina ?? 1));
  const voorwaarden: Prisma.Sql[] = [
    inburgeraarScopeSql(user, now, "i"),
    filters.fase ? Prisma.sql`i.fase = ${filters.fase}::"Fase"` : Prisma.sql`i.fase <> 'AFGESLOTEN'`,
  ];
  if (filters.gemeenteId) voorwaarden.push(Prisma.sql`i."gemeenteId" = ${filters.gemeenteId}`);
  const zoek = filters.zoek?.trim().slice(0, 100);
  if (zoek) {
    const patroon = `%${zoek.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    voorwaarden.push(
      Prisma.sql`(i.voornaam ILIKE ${patroon} OR i.achternaam ILIKE ${patroon} OR (i.voornaam || ' ' || i.achternaam) ILIKE ${patroon}
        ${zicht.identiteit ? Prisma.sql`OR i."vNummer" = ${zoek}` : Prisma.empty})`,
    );
  }
  // Searching by V-nummer would let someone who may not see it probe for it: only with zicht.identiteit.
  const pagineIds = await db().$queryRaw<{ id: string; totaal: bigint | number }[]>`
    SELECT i.id, count(*) OVER () AS totaal
      FROM "Inburgeraar" i JOIN "Gemeente" g ON g.id = i."gemeenteId"
     WHERE ${Prisma.join(voorwaarden, " AND ")}
     ORDER BY i.aandachtsscore DESC, i.achternaam ASC, i.voornaam ASC, i.id ASC
     LIMIT ${CASELOAD_PER_PAGINA} OFFSET ${(pagina - 1) * CASELOAD_PER_PAGINA}`;
  const ids = pagineIds.map((r) => r.id);
  const totaal = Number(pagineIds[0]?.totaal ?? 0);
  const paginas = Math.max(1, Math.ceil(totaal / CASELOAD_PER_PAGINA));
  if (ids.length === 0) return { rijen: [], totaal, pagina, paginas };

  const volgtDoorverwijzingen = can(user, "doorverwijzing:vastleggen");
  const [rows, checklisten, openLog, openDoorverwijzingen, mijnOverlegActies] = await Promise.all([
    db().inburgeraar.findMany({
    // The ids of one page (≤ CASELOAD_PER_PAGINA), and the scope again.
    where: { AND: [{ id: { in: ids } }, inburgeraarScope(user, now)] },
    select: {
      id: true,
      voornaam: true,
      achternaam: true,
      fase: true,
      createdAt: true,
      brpInschrijvingDatum: true,
      laatsteContactOp: true,
      geplandeStarts: true,
      // Financial data and the legal clocks only for who may see and act on them (lib/authz).
      uitkeringStartDatum: zicht.financieel,
      einddatum: zicht.financieel,
      gemeente: { select: { naam: true, contactNormDagen: true, meetmomentenMaanden: true, looptijdMaanden: true } },
      toewijzingen: { where: { gebruikerId: user.id, ...actieveToewijzing(now) }, select: { rol: true } },
      // Meetmomenten only for those who record them; the schedule itself is computed (lib/plan/rules).
      plan: { select: { meetmomenten: { where: magMeten ? { afgenomenOp: { not: null } } : { id: { in: [] } }, select: { maandNaStart: true, geplandOp: true, afgenomenOp: true } } } },
      verlengingen: { where: magMeten ? { status: "GOEDGEKEURD" } : { id: { in: [] } }, orderBy: { beoordeeldOp: "asc" }, select: { maanden: true } },
      toeslagen: {
        where: zicht.financieel ? {} : { id: { in: [] } },
        select: { soort: true, aangevraagdOp: true, behandeltermijnDagen: true, besluitOp: true },
      },
      // The last calls from the bellijst, to raise "three times not reached" to the begeleider.
      belpogingen: { orderBy: { op: "desc" }, take: NIET_BEREIKT_GRENS, select: { uitkomst: true, op: true } },
    },
    }),
    // The checklist counts and open deadlines of the page, in one statement.
    checklistStanden(ids),
    // Doorverwijzingen without outcome, for who writes the plan; my own open actions from a casuïstiekoverleg.
    // My own afspraken whose time has passed without a log: my to-do, with a link to log each.
    db().afspraak.findMany({
      where: { medewerkerId: user.id, status: "GEPLAND", start: { lt: now }, inburgeraar: inburgeraarScope(user, now) },
      orderBy: { start: "asc" },
      take: MAX_NIET_VASTGELEGD,
      select: { id: true, start: true, type: true, inburgeraarId: true },
    }),
    volgtDoorverwijzingen
      ? db().doorverwijzing.findMany({
          where: { uitkomst: null, datum: { lte: kalenderdatumNaarDate(plusDagen(vandaag, -OPVOLGEN_NA_DAGEN)) }, inburgeraar: inburgeraarScope(user, now) },
          orderBy: { datum: "asc" },
          take: MAX_NIET_VASTGELEGD,
          select: { inburgeraarId: true, datum: true, socialeKaart: { select: { naam: true } } },
        })
      : Promise.resolve([]),
    db().overlegActie.findMany({
      where: { eigenaarId: user.id, afgerondOp: null, agendapunt: { inburgeraar: inburgeraarScope(user, now) } },
      orderBy: { deadline: "asc" },
      take: MAX_NIET_VASTGELEGD,
      select: { omschrijving: true, deadline: true, agendapunt: { select: { inburgeraarId: true } } },
    }),
  ]);
  const doorverwijzingen = new Map<string, { organisatie: string; datum: string }[]>();
  for (const d of openDoorverwijzingen) {
    const lijst = doorverwijzingen.get(d.inburgeraarId) ?? [];
    lijst.push({ organisatie: d.socialeKaart.naam, datum: dateKolomNaarKalenderdatum(d.datum) });
    doorverwijzingen.set(d.inburgeraarId, lijst);
  }
  const overlegActies = new Map<string, { omschrijving: string; deadline: string }[]>();
  for (const a of mijnOverlegActies) {
    const lijst = overlegActies.get(a.agendapunt.inburgeraarId) ?? [];
    lijst.push({ omschrijving: a.omschrijving, deadline: dateKolomNaarKalenderdatum(a.deadline) });
    overlegActies.set(a.agendapunt.inburgeraarId, lijst);
  }
  const nietVastgelegd = new Map<string, NietVastgelegd[]>();
  for (const a of openLog) {
    const lijst = nietVastgelegd.get(a.inburgeraarId) ?? [];
    lijst.push({ id: a.id, start: a.start, type: a.type });
    nietVastgelegd.set(a.inburgeraarId, lijst);
  }

  const result = rows.map((r): CaseloadRij => {
    const volgendeStart = r.geplandeStarts.find((s) => s >= now) ?? null;
    const laatsteContact = r.laatsteContactOp ? naarKalenderdatum(r.laatsteContactOp) : null;
    const teLoggen = nietVastgelegd.get(r.id) ?? [];
    const oordeel = beoordeel(
      {
        fase: r.fase,
        contactNormDagen: r.gemeente.contactNormDagen,
        laatsteContact,
        volgendeAfspraak: volgendeStart,
        startdatum: kolom(r.brpInschrijvingDatum) ?? naarKalenderdatum(r.createdAt),
        checklist: checklisten.get(r.id) ?? GEEN_CHECKLIST,
        meetmoment: magMeten ? huidigMeetmomentVan(r, vandaag) : null,
        klokken: !zicht.financieel
          ? []
          : wettelijkeKlokken(
          {
            uitkeringStartDatum: kolom(r.uitkeringStartDatum ?? null),
            einddatum: kolom(r.einddatum ?? null),
            toeslagen: r.toeslagen.map((t) => ({
              soort: t.soort,
              aangevraagdOp: dateKolomNaarKalenderdatum(t.aangevraagdOp),
              behandeltermijnDagen: t.behandeltermijnDagen,
              besluitOp: kolom(t.besluitOp),
            })),
          },
          vandaag,
        ),
        nietVastgelegd: teLoggen.length,
        doorverwijzingen: doorverwijzingen.get(r.id) ?? [],
        overlegActies: overlegActies.get(r.id) ?? [],
        belNaarBegeleider:
          r.toewijzingen.some((t) => t.rol !== "MAATJE") &&
          moetNaarBegeleider(
            r.belpogingen.map((p) => ({ uitkomst: p.uitkomst, op: naarKalenderdatum(p.op) })),
            laatsteContact,
          ),
      },
      vandaag,
    );
    return {
      ...oordeel,
      id: r.id,
      naam: `${r.voornaam} ${r.achternaam}`,
      fase: r.fase,
      gemeente: r.gemeente.naam,
      mijnRol: r.toewijzingen[0]?.rol ?? null,
      laatsteContact,
      volgendeAfspraak: volgendeStart,
      nietVastgelegd: teLoggen,
    };
  });

  const rijen = result
    .filter((r) => !filters.alleenAandacht || r.aandacht.length > 0)
    .sort((a, b) => b.urgentie - a.urgentie || a.naam.localeCompare(b.naam, "nl"));
  // "Alleen met aandacht" is judged with all the rules on the page: on a single page the count is what is shown.
  return { rijen, totaal: filters.alleenAandacht && paginas === 1 ? rijen.length : totaal, pagina, paginas };
}

/** The gemeenten that occur in the user's caseload, for the filter. */
export async function caseloadGemeenten(user: SessionUser) {
  assertCan(user, "inburgeraar:lezen");
  return db().gemeente.findMany({
    where: { organisatieId: user.organisatieId, inburgeraars: { some: inburgeraarScope(user) } },
    orderBy: { naam: "asc" },
    select: { id: true, naam: true },
  });
}
