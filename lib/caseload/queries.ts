import "server-only";
import { vergelijkNl } from "@/lib/tekst";
import { Prisma } from "@/lib/db/generated/client";
import { inburgeraarScopeSql } from "@/lib/authz/sql-scope";
import { actieveToewijzing, assertCan, can, dossierZicht, inburgeraarScope, type SessionUser } from "@/lib/authz";
import { epochMsSql as ms, leesSql } from "@/lib/db/lees";
import type { AfspraakType, BelUitkomst, Fase, ToewijzingRol } from "@/lib/db/generated/enums";
import { wettelijkeKlokken } from "@/lib/inburgeraar/klokken";
import { OPVOLGEN_NA_DAGEN } from "@/lib/doorverwijzing/rules";
import { dateKolomNaarKalenderdatum, kalenderdatumNaarDate, naarKalenderdatum, plusDagen, vandaag as vandaagIn } from "@/lib/tijd";
import { moetNaarBegeleider, NIET_BEREIKT_GRENS } from "@/lib/bellijst/rules";
import { huidigMeetmomentVan } from "@/lib/plan/feiten";
import { bevatPatroon } from "@/lib/tekst";
import { beoordeel, type CaseloadOordeel } from "./rules";
import { checklistStandSql, checklistStandVan, type ChecklistStandKolommen } from "./stand";

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
    const patroon = bevatPatroon(zoek);
    voorwaarden.push(
      Prisma.sql`(i.voornaam ILIKE ${patroon} OR i.achternaam ILIKE ${patroon} OR (i.voornaam || ' ' || i.achternaam) ILIKE ${patroon}
        ${zicht.identiteit ? Prisma.sql`OR i."vNummer" = ${zoek}` : Prisma.empty})`,
    );
  }
  // Searching by V-nummer would let someone who may not see it probe for it: only with zicht.identiteit.
  const pagineIds = await leesSql<{ id: string; totaal: bigint | number }[]>(Prisma.sql`
    SELECT i.id, count(*) OVER () AS totaal
      FROM "Inburgeraar" i JOIN "Gemeente" g ON g.id = i."gemeenteId"
     WHERE ${Prisma.join(voorwaarden, " AND ")}
     ORDER BY i.aandachtsscore DESC, i.achternaam ASC, i.voornaam ASC, i.id ASC
     LIMIT ${CASELOAD_PER_PAGINA} OFFSET ${(pagina - 1) * CASELOAD_PER_PAGINA}`);
  const ids = pagineIds.map((r) => r.id);
  const totaal = Number(pagineIds[0]?.totaal ?? 0);
  const paginas = Math.max(1, Math.ceil(totaal / CASELOAD_PER_PAGINA));
  if (ids.length === 0) return { rijen: [], totaal, pagina, paginas };

  const volgtDoorverwijzingen = can(user, "doorverwijzing:vastleggen");
  const [rows, openLog, openDoorverwijzingen, mijnOverlegActies] = await Promise.all([
    // With each person's checklist counts and open deadlines (stored on the row, lib/caseload/stand.ts).
    leesCaseloadRijen(user, ids, now, { financieel: zicht.financieel, magMeten }),
    // My own afspraken with the people on this page whose time has passed without a log: my to-do,
    // with a link to log each. Raw SQL like the rows above (decision 020); the scope again, and the page's ids.
    leesSql<{ id: string; start: Date; type: AfspraakType; inburgeraarId: string }[]>(Prisma.sql`
      SELECT a.id, a.start, a.type::text AS type, a."inburgeraarId"
        FROM "Afspraak" a JOIN "Inburgeraar" i ON i.id = a."inburgeraarId"
       WHERE a."medewerkerId" = ${user.id} AND a.status = 'GEPLAND' AND a.start < ${now}
         AND a."inburgeraarId" = ANY(${ids}::text[]) AND ${inburgeraarScopeSql(user, now, "i")}
       ORDER BY a.start ASC
       LIMIT ${MAX_NIET_VASTGELEGD}`),
    // Doorverwijzingen without outcome, for who writes the plan.
    volgtDoorverwijzingen
      ? leesSql<{ inburgeraarId: string; datum: string; organisatie: string }[]>(Prisma.sql`
          SELECT d."inburgeraarId", to_char(d.datum, 'YYYY-MM-DD') AS datum, sk.naam AS organisatie
            FROM "Doorverwijzing" d
            JOIN "SocialeKaartOrganisatie" sk ON sk.id = d."socialeKaartId"
            JOIN "Inburgeraar" i ON i.id = d."inburgeraarId"
           WHERE d.uitkomst IS NULL AND d.datum <= ${plusDagen(vandaag, -OPVOLGEN_NA_DAGEN)}::date
             AND d."inburgeraarId" = ANY(${ids}::text[]) AND ${inburgeraarScopeSql(user, now, "i")}
           ORDER BY d.datum ASC
           LIMIT ${MAX_NIET_VASTGELEGD}`)
      : Promise.resolve([]),
    // My own open actions from a casuïstiekoverleg.
    leesSql<{ omschrijving: string; deadline: string; inburgeraarId: string }[]>(Prisma.sql`
      SELECT oa.omschrijving, to_char(oa.deadline, 'YYYY-MM-DD') AS deadline, ap."inburgeraarId"
        FROM "OverlegActie" oa
        JOIN "OverlegAgendapunt" ap ON ap.id = oa."agendapuntId"
        JOIN "Inburgeraar" i ON i.id = ap."inburgeraarId"
       WHERE oa."eigenaarId" = ${user.id} AND oa."afgerondOp" IS NULL
         AND ap."inburgeraarId" = ANY(${ids}::text[]) AND ${inburgeraarScopeSql(user, now, "i")}
       ORDER BY oa.deadline ASC
       LIMIT ${MAX_NIET_VASTGELEGD}`),
  ]);
  const doorverwijzingen = new Map<string, { organisatie: string; datum: string }[]>();
  for (const d of openDoorverwijzingen) {
    const lijst = doorverwijzingen.get(d.inburgeraarId) ?? [];
    lijst.push({ organisatie: d.organisatie, datum: d.datum });
    doorverwijzingen.set(d.inburgeraarId, lijst);
  }
  const overlegActies = new Map<string, { omschrijving: string; deadline: string }[]>();
  for (const a of mijnOverlegActies) {
    const lijst = overlegActies.get(a.inburgeraarId) ?? [];
    lijst.push({ omschrijving: a.omschrijving, deadline: a.deadline });
    overlegActies.set(a.inburgeraarId, lijst);
  }
  const nietVastgelegd = new Map<string, NietVastgelegd[]>();
  for (const a of openLog) {
    const lijst = nietVastgelegd.get(a.inburgeraarId) ?? [];
    lijst.push({ id: a.id, start: a.start, type: a.type });
    nietVastgelegd.set(a.inburgeraarId, lijst);
  }

  const result = rows.map((r): CaseloadRij => {
    const volgendeMs = r.geplandeStarts.find((ms) => ms >= now.getTime());
    const volgendeStart = volgendeMs === undefined ? null : new Date(volgendeMs);
    const laatsteContact = r.laatsteContactOp === null ? null : naarKalenderdatum(new Date(r.laatsteContactOp));
    const teLoggen = nietVastgelegd.get(r.id) ?? [];
    const oordeel = beoordeel(
      {
        fase: r.fase,
        contactNormDagen: r.gemeente.contactNormDagen,
        laatsteContact,
        volgendeAfspraak: volgendeStart,
        startdatum: kolom(r.brpInschrijvingDatum) ?? naarKalenderdatum(r.createdAt),
        checklist: r.checklist,
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
    .sort((a, b) => b.urgentie - a.urgentie || vergelijkNl(a.naam, b.naam));
  // "Alleen met aandacht" is judged with all the rules on the page: on a single page the count is what is shown.
  return { rijen, totaal: filters.alleenAandacht && paginas === 1 ? rijen.length : totaal, pagina, paginas };
}

/** The gemeenten that occur in the user's caseload, for the filter. */
export async function caseloadGemeenten(user: SessionUser, now = new Date()) {
  assertCan(user, "inburgeraar:lezen");
  // The gemeenten the user's people live in, for the filter. Raw SQL, as the caseload's other reads (decision 020).
  return leesSql<{ id: string; naam: string }[]>(Prisma.sql`
    SELECT g.id, g.naam FROM "Gemeente" g
     WHERE g."organisatieId" = ${user.organisatieId}
       AND EXISTS (SELECT 1 FROM "Inburgeraar" i WHERE i."gemeenteId" = g.id AND ${inburgeraarScopeSql(user, now, "i")})
     ORDER BY g.naam ASC`);
}

/**
 * The facts of one page of a caseload, in one raw statement. Prisma 6 compiles each query in its
 * Wasm query compiler on every call (no plan cache before Prisma 7.4): for this nested read that
 * was half the CPU of the whole caseload (docs/decisions/020). The scope is applied again here
 * (lib/authz/sql-scope), next to the ids the page query chose within it; financial facts only with
 * zicht.financieel, meetmomenten and verlengingen only for who records meetmomenten, as before.
 */
export async function leesCaseloadRijen(
  user: SessionUser,
  ids: readonly string[],
  now: Date,
  mag: { financieel: boolean; magMeten: boolean; /** Who guides each person now, by name (the teamleider's list). */ namen?: boolean },
) {
  const dag = (kolom: Prisma.Sql) => Prisma.sql`to_char(${kolom}, 'YYYY-MM-DD')`;
  // My roles per person come from my own active Toewijzingen, read once through the index on
  // ("gebruikerId", tot) into one jsonb object keyed by person (an InitPlan that runs once), instead
  // of a subquery per person through the index on "inburgeraarId" (≈300 of the statement's ≈1,800
  // buffer reads for 60 people). Empty for who has no Toewijzingen (the teamleider's list).
  const rijen = await leesSql<CaseloadRuweRij[]>(Prisma.sql`
    WITH mijn AS (
      SELECT jsonb_object_agg(x.id, x.rollen) AS o FROM (
        SELECT t."inburgeraarId" AS id, jsonb_agg(t.rol ORDER BY t.vanaf) AS rollen FROM "Toewijzing" t
         WHERE t."gebruikerId" = ${user.id} AND (t.tot IS NULL OR t.tot > ${now})
         GROUP BY t."inburgeraarId") x)
    SELECT i.id, i.voornaam, i.achternaam, i.fase::text AS fase,
           ${ms(Prisma.sql`i."createdAt"`)} AS "createdAt",
           ${dag(Prisma.sql`i."brpInschrijvingDatum"`)} AS "brpInschrijvingDatum",
           ${ms(Prisma.sql`i."laatsteContactOp"`)} AS "laatsteContactOp",
           ${checklistStandSql("i")},
           ARRAY(SELECT ${ms(Prisma.sql`s`)} FROM unnest(i."geplandeStarts") AS s ORDER BY s) AS "geplandeStarts",
           ${mag.financieel ? dag(Prisma.sql`i."uitkeringStartDatum"`) : Prisma.sql`NULL::text`} AS "uitkeringStartDatum",
           ${mag.financieel ? dag(Prisma.sql`i.einddatum`) : Prisma.sql`NULL::text`} AS einddatum,
           g.naam AS "gemeenteNaam", g."contactNormDagen", COALESCE(g."meetmomentenMaanden", ARRAY[]::int[]) AS "meetmomentenMaanden", g."looptijdMaanden",
           COALESCE((SELECT o FROM mijn) -> i.id, '[]'::jsonb)::json AS "mijnRollen",
           ${
             mag.namen
               ? Prisma.sql`COALESCE((SELECT json_agg(json_build_object('rol', t.rol, 'naam', u.naam) ORDER BY t.vanaf)
                    FROM "Toewijzing" t JOIN "Gebruiker" u ON u.id = t."gebruikerId"
                   WHERE t."inburgeraarId" = i.id AND (t.tot IS NULL OR t.tot > ${now})), '[]'::json)`
               : Prisma.sql`'[]'::json`
           } AS "actieveToewijzingen",
           ${
             mag.magMeten
               ? Prisma.sql`COALESCE((SELECT json_agg(json_build_object('maand', m."maandNaStart", 'gepland', ${dag(Prisma.sql`m."geplandOp"`)}, 'afgenomen', ${dag(Prisma.sql`m."afgenomenOp"`)}))
                    FROM "Meetmoment" m JOIN "Begeleidingsplan" p ON p.id = m."planId"
                   WHERE p."inburgeraarId" = i.id AND m."afgenomenOp" IS NOT NULL), '[]'::json)`
               : Prisma.sql`'[]'::json`
           } AS meetmomenten,
           ${
             mag.magMeten
               ? Prisma.sql`ARRAY(SELECT v.maanden FROM "Verlenging" v WHERE v."inburgeraarId" = i.id AND v.status = 'GOEDGEKEURD' ORDER BY v."beoordeeldOp" ASC NULLS LAST)`
               : Prisma.sql`ARRAY[]::int[]`
           } AS verlengingen,
           ${
             mag.financieel
               ? Prisma.sql`COALESCE((SELECT json_agg(json_build_object('soort', ta.soort, 'aangevraagdOp', ${dag(Prisma.sql`ta."aangevraagdOp"`)}, 'behandeltermijnDagen', ta."behandeltermijnDagen", 'besluitOp', ${dag(Prisma.sql`ta."besluitOp"`)}))
                    FROM "ToeslagAanvraag" ta WHERE ta."inburgeraarId" = i.id), '[]'::json)`
               : Prisma.sql`'[]'::json`
           } AS toeslagen,
           COALESCE((SELECT json_agg(json_build_object('uitkomst', b.uitkomst, 'op', b.op) ORDER BY b.op DESC)
                       FROM (SELECT bp.uitkomst::text AS uitkomst, ${ms(Prisma.sql`bp.op`)} AS op FROM "Belpoging" bp
                              WHERE bp."inburgeraarId" = i.id ORDER BY bp.op DESC LIMIT ${NIET_BEREIKT_GRENS}) b), '[]'::json) AS belpogingen
      FROM "Inburgeraar" i JOIN "Gemeente" g ON g.id = i."gemeenteId"
     WHERE i.id = ANY(${[...ids]}::text[]) AND ${inburgeraarScopeSql(user, now, "i")}`);
  const datum = (d: string | null) => (d === null ? null : kalenderdatumNaarDate(d));
  return rijen.map((r) => ({
    id: r.id,
    voornaam: r.voornaam,
    achternaam: r.achternaam,
    fase: r.fase,
    createdAt: new Date(r.createdAt),
    brpInschrijvingDatum: datum(r.brpInschrijvingDatum),
    laatsteContactOp: r.laatsteContactOp,
    checklist: checklistStandVan(r),
    geplandeStarts: r.geplandeStarts,
    uitkeringStartDatum: datum(r.uitkeringStartDatum),
    einddatum: datum(r.einddatum),
    gemeente: { naam: r.gemeenteNaam, contactNormDagen: r.contactNormDagen, meetmomentenMaanden: r.meetmomentenMaanden, looptijdMaanden: r.looptijdMaanden },
    toewijzingen: r.mijnRollen.map((rol) => ({ rol })),
    actieveToewijzingen: r.actieveToewijzingen,
    plan: { meetmomenten: r.meetmomenten.map((m) => ({ maandNaStart: m.maand, geplandOp: kalenderdatumNaarDate(m.gepland), afgenomenOp: datum(m.afgenomen) })) },
    verlengingen: r.verlengingen.map((maanden) => ({ maanden })),
    toeslagen: r.toeslagen.map((t) => ({ soort: t.soort, aangevraagdOp: kalenderdatumNaarDate(t.aangevraagdOp), behandeltermijnDagen: t.behandeltermijnDagen, besluitOp: datum(t.besluitOp) })),
    belpogingen: r.belpogingen.map((b) => ({ uitkomst: b.uitkomst, op: new Date(b.op) })),
  }));
}

/** One row of leesCaseloadRijen's statement: instants as epoch milliseconds, calendar dates as "YYYY-MM-DD". */
interface CaseloadRuweRij extends ChecklistStandKolommen {
  id: string;
  voornaam: string;
  achternaam: string;
  fase: Fase;
  createdAt: number;
  brpInschrijvingDatum: string | null;
  laatsteContactOp: number | null;
  geplandeStarts: number[];
  uitkeringStartDatum: string | null;
  einddatum: string | null;
  gemeenteNaam: string;
  contactNormDagen: number;
  meetmomentenMaanden: number[];
  looptijdMaanden: number;
  mijnRollen: ToewijzingRol[];
  actieveToewijzingen: { rol: ToewijzingRol; naam: string }[];
  meetmomenten: { maand: number; gepland: string; afgenomen: string | null }[];
  verlengingen: number[];
  toeslagen: { soort: string; aangevraagdOp: string; behandeltermijnDagen: number; besluitOp: string | null }[];
  belpogingen: { uitkomst: BelUitkomst; op: number }[];
}
