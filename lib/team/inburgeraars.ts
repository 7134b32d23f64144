import "server-only";
import { assertCan, dossierZicht, type SessionUser } from "@/lib/authz";
import { inburgeraarScopeSql } from "@/lib/authz/sql-scope";
import { leesCaseloadRijen } from "@/lib/caseload/queries";
import { beoordeel, type Aandachtspunt } from "@/lib/caseload/rules";
import { amsDatum } from "@/lib/caseload/stand";
import { enumLijstSql, leesSql } from "@/lib/db/lees";
import { Prisma } from "@/lib/db/generated/client";
import type { Fase } from "@/lib/db/generated/enums";
import { wettelijkeKlokken } from "@/lib/inburgeraar/klokken";
import { GEMEENTE_KEUZE_MAX } from "@/lib/gemeente/rules";
import { huidigMeetmomentVan } from "@/lib/plan/feiten";
import { bevatPatroon } from "@/lib/tekst";
import { dateKolomNaarKalenderdatum, naarKalenderdatum, vandaag as vandaagIn } from "@/lib/tijd";

export const TEAMLIJST_PER_PAGINA = 25;

export type TeamSortering = "aandacht" | "naam" | "contact";

export interface TeamLijstFilters {
  zoek?: string;
  fase?: Fase;
  gemeenteId?: string;
  /** Part of the gemeente's name: the filter when there are too many gemeenten to choose from (GEMEENTE_KEUZE_MAX). */
  gemeenteNaam?: string;
  /** Part of the name of whoever guides them now: begeleider, opstart person or maatje. */
  door?: string;
  /** Only people without a begeleider (or opstart person) / without a maatje. */
  zonder?: "begeleider" | "maatje";
  /** Only people with no contact for longer than their gemeente's norm. */
  teLangGeenContact?: boolean;
  sortering?: TeamSortering;
  pagina?: number;
}

export interface TeamLijstRij {
  id: string;
  naam: string;
  fase: Fase;
  gemeente: string;
  begeleider: string | null;
  maatje: string | null;
  dagenSindsContact: number | null;
  aandacht: Aandachtspunt[];
}

/** The first planned start (epoch ms, sorted) from now on. */
function volgende(geplandeStarts: readonly number[], now: Date): Date | null {
  const ms = geplandeStarts.find((s) => s >= now.getTime());
  return ms === undefined ? null : new Date(ms);
}

const kd = (d: Date | null) => (d ? dateKolomNaarKalenderdatum(d) : null);

/**
 * The teamleider's Inburgeraars list: search, filters and sorting run in SQL
 * and only one page is loaded; the attention column is then judged for that
 * page with the caseload's rules (lib/caseload/rules.ts). A constant number of
 * queries per page, whatever the organisation's size.
 */
export async function listTeamInburgeraars(user: SessionUser, filters: TeamLijstFilters = {}, now = new Date(), perPagina = TEAMLIJST_PER_PAGINA) {
  assertCan(user, "team:bekijken");
  const vandaag = vandaagIn(now);
  const pagina = Math.max(1, Math.floor(filters.pagina ?? 1));
  const zoek = filters.zoek?.trim().slice(0, 100);
  const actief = (rollen: string[], naamPatroon?: string) => Prisma.sql`EXISTS (
    SELECT 1 FROM "Toewijzing" t
      ${naamPatroon ? Prisma.sql`JOIN "Gebruiker" u ON u.id = t."gebruikerId" AND u.naam ILIKE ${naamPatroon}` : Prisma.empty}
     WHERE t."inburgeraarId" = i.id AND t.rol IN (${enumLijstSql("ToewijzingRol", rollen)})
      AND (t.tot IS NULL OR t.tot > ${now}))`;
  // The stored attention facts (lib/caseload/stand.ts): no aggregate over the afspraken per row.
  const laatsteContact = amsDatum(Prisma.sql`i."laatsteContactOp"`);
  const contactKlok = Prisma.sql`COALESCE(${laatsteContact}, i."brpInschrijvingDatum", ${amsDatum(Prisma.sql`i."createdAt"`)})`;
  const voorwaarden: Prisma.Sql[] = [
    inburgeraarScopeSql(user, now, "i"),
    filters.fase ? Prisma.sql`i.fase = ${filters.fase}::"Fase"` : Prisma.sql`i.fase <> 'AFGESLOTEN'`,
  ];
  if (zoek) {
    const patroon = bevatPatroon(zoek);
    voorwaarden.push(
      Prisma.sql`(i.voornaam ILIKE ${patroon} OR i.achternaam ILIKE ${patroon} OR (i.voornaam || ' ' || i.achternaam) ILIKE ${patroon} OR i."vNummer" = ${zoek})`,
    );
  }
  if (filters.gemeenteId) voorwaarden.push(Prisma.sql`i."gemeenteId" = ${filters.gemeenteId}`);
  const gemeenteNaam = filters.gemeenteNaam?.trim().slice(0, 100);
  if (gemeenteNaam) {
    voorwaarden.push(
      Prisma.sql`i."gemeenteId" IN (SELECT gz.id FROM "Gemeente" gz WHERE gz."organisatieId" = ${user.organisatieId} AND gz.naam ILIKE ${bevatPatroon(gemeenteNaam)})`,
    );
  }
  const door = filters.door?.trim().slice(0, 100);
  if (door) voorwaarden.push(actief(["BEGELEIDER", "OPSTART", "MAATJE"], bevatPatroon(door)));
  if (filters.zonder === "begeleider") voorwaarden.push(Prisma.sql`NOT ${actief(["BEGELEIDER", "OPSTART"])}`);
  if (filters.zonder === "maatje") voorwaarden.push(Prisma.sql`NOT ${actief(["MAATJE"])}`);
  // The sort keys, named so the list can also sort the output of the per-gemeente read below.
  const sleutels: [Prisma.Sql, "ASC" | "DESC"][] =
    filters.sortering === "contact"
      ? [[contactKlok, "ASC"], [Prisma.sql`i.achternaam`, "ASC"], [Prisma.sql`i.id`, "ASC"]]
      : filters.sortering === "naam"
        ? [[Prisma.sql`i.achternaam`, "ASC"], [Prisma.sql`i.voornaam`, "ASC"], [Prisma.sql`i.id`, "ASC"]]
        : // Who needs attention first: the stored urgency (lib/caseload/stand.ts), on its index; then by name.
          [[Prisma.sql`i.aandachtsscore`, "DESC"], [Prisma.sql`i.achternaam`, "ASC"], [Prisma.sql`i.voornaam`, "ASC"], [Prisma.sql`i.id`, "ASC"]];
  const waar = Prisma.join(voorwaarden, " AND ");
  const paginaSql = Prisma.sql`LIMIT ${perPagina} OFFSET ${(pagina - 1) * perPagina}`;
  let leesPagina: (metTelling: boolean) => Promise<{ id: string; totaal?: bigint | number }[]>;
  let telAlles: () => Promise<{ totaal: bigint | number }[]>;
  if (filters.teLangGeenContact) {
    // "Te lang geen contact" reads, per gemeente of the organisation, the range of
    // "Inburgeraar_contactklok_gemeente_idx" past that gemeente's own norm (decision 029): exactly who is
    // overdue (a few thousand at 40,000 people), not everyone whose clock passes the smallest norm. The
    // lateral subquery (OFFSET 0 keeps it one) makes PostgreSQL read one index range per gemeente; it
    // returns the sort keys, and the few thousand rows are sorted after. An inburgeraar's gemeente is
    // always one of the organisation's own (gemeenteScope when registering).
    const teLaat = Prisma.sql`
      FROM "Gemeente" g CROSS JOIN LATERAL (
        SELECT i.id, ${Prisma.join(sleutels.map(([expr], n) => Prisma.sql`${expr} AS ${Prisma.raw(`s${n}`)}`))}
          FROM "Inburgeraar" i
         WHERE i."gemeenteId" = g.id AND ${waar} AND ${contactKlok} < ${vandaag}::date - g."contactNormDagen"
        OFFSET 0) t
     WHERE g."organisatieId" = ${user.organisatieId}`;
    leesPagina = (metTelling) =>
      leesSql(Prisma.sql`
        SELECT t.id ${metTelling ? Prisma.sql`, count(*) OVER () AS totaal` : Prisma.empty} ${teLaat}
         ORDER BY ${Prisma.join(sleutels.map(([, richting], n) => Prisma.raw(`t.s${n} ${richting}`)))} ${paginaSql}`);
    telAlles = () => leesSql(Prisma.sql`SELECT count(*) AS totaal ${teLaat}`);
  } else {
    // The count of a whole organisation is an index-only scan of the small (organisatieId, fase) index.
    telAlles = () => leesSql(Prisma.sql`SELECT count(*) AS totaal FROM "Inburgeraar" i WHERE ${waar}`);
    leesPagina = (metTelling) =>
      leesSql(Prisma.sql`
        SELECT i.id ${metTelling ? Prisma.sql`, count(*) OVER () AS totaal` : Prisma.empty}
          FROM "Inburgeraar" i
         WHERE ${waar}
         ORDER BY ${Prisma.join(sleutels.map(([expr, richting]) => Prisma.sql`${expr} ${Prisma.raw(richting)}`))} ${paginaSql}`);
  }
  // By urgency (without "te lang geen contact") the page comes from the urgency index, so the page and
  // the count are two queries (a window count would make PostgreSQL read every row before the LIMIT).
  // Otherwise the sort reads every row anyway, and one pass gives the page and the count.
  const viaIndex = !filters.teLangGeenContact && (!filters.sortering || filters.sortering === "aandacht");
  const [pagineIds, telling] = viaIndex ? await Promise.all([leesPagina(false), telAlles()]) : [await leesPagina(true), null];
  const totaal = Number(
    telling
      ? (telling[0]?.totaal ?? 0)
      : pagineIds.length > 0 || pagina === 1
        ? (pagineIds[0]?.totaal ?? 0)
        : ((await telAlles())[0]?.totaal ?? 0), // a page past the end has no row to carry the total
  );
  const ids = pagineIds.map((r) => r.id);
  if (ids.length === 0) return { pagina, totaal, paginas: Math.max(1, Math.ceil(totaal / perPagina)), rijen: [] as TeamLijstRij[] };

  // The facts for the attention column, for this page only (ids ≤ one page).
  // The caseload's raw read of a page (decision 020), with who guides each person by name and their
  // checklist counts and open deadlines (stored on the row, lib/caseload/stand.ts).
  // Financial facts (the legal clocks) only with that part of the dossier visible, as in the caseload.
  const rows = await leesCaseloadRijen(user, ids, now, { financieel: dossierZicht(user, []).financieel, magMeten: true, namen: true });
  const perId = new Map(rows.map((r) => [r.id, r]));
  const rijen = ids
    .map((id) => perId.get(id))
    .filter((r): r is NonNullable<typeof r> => Boolean(r))
    .map((r): TeamLijstRij => {
      const oordeel = beoordeel(
        {
          fase: r.fase,
          contactNormDagen: r.gemeente.contactNormDagen,
          laatsteContact: r.laatsteContactOp === null ? null : naarKalenderdatum(new Date(r.laatsteContactOp)),
          volgendeAfspraak: volgende(r.geplandeStarts, now),
          startdatum: kd(r.brpInschrijvingDatum) ?? naarKalenderdatum(r.createdAt),
          checklist: r.checklist,
          // Past afspraken never logged, by whoever held them: the teamleider follows them up.
          nietVastgelegd: r.geplandeStarts.filter((ms) => ms < now.getTime()).length,
          meetmoment: huidigMeetmomentVan(r, vandaag),
          klokken: wettelijkeKlokken(
            {
              uitkeringStartDatum: kd(r.uitkeringStartDatum),
              einddatum: kd(r.einddatum),
              toeslagen: r.toeslagen.map((t) => ({
                soort: t.soort,
                aangevraagdOp: dateKolomNaarKalenderdatum(t.aangevraagdOp),
                behandeltermijnDagen: t.behandeltermijnDagen,
                besluitOp: kd(t.besluitOp),
              })),
            },
            vandaag,
          ),
        },
        vandaag,
      );
      return {
        id: r.id,
        naam: `${r.voornaam} ${r.achternaam}`,
        fase: r.fase,
        gemeente: r.gemeente.naam,
        begeleider: r.actieveToewijzingen.find((t) => t.rol === "BEGELEIDER")?.naam ?? r.actieveToewijzingen.find((t) => t.rol === "OPSTART")?.naam ?? null,
        maatje: r.actieveToewijzingen.find((t) => t.rol === "MAATJE")?.naam ?? null,
        dagenSindsContact: oordeel.dagenSindsContact,
        aandacht: oordeel.aandacht,
      };
    });
  return { pagina, totaal, paginas: Math.max(1, Math.ceil(totaal / perPagina)), rijen };
}


/**
 * The choices for the filters: the gemeenten, or null when there are more than
 * GEMEENTE_KEUZE_MAX (then they are searched by name). Who guides someone is always searched by
 * name ("begeleid door"): a national organisation has hundreds of paid staff and thousands of
 * volunteers, too many for a list to choose from (and to send with every page).
 */
export async function teamLijstKeuzes(user: SessionUser): Promise<{ gemeenten: { id: string; naam: string }[] | null }> {
  assertCan(user, "team:bekijken");
  const gemeenten = await leesSql<{ id: string; naam: string }[]>(Prisma.sql`
    SELECT g.id, g.naam FROM "Gemeente" g WHERE g."organisatieId" = ${user.organisatieId} ORDER BY g.naam ASC LIMIT ${GEMEENTE_KEUZE_MAX + 1}`);
  return { gemeenten: gemeenten.length > GEMEENTE_KEUZE_MAX ? null : gemeenten };
}
