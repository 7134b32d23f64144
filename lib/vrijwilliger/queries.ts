import "server-only";
import { actieveToewijzing, assertCan, can, gebruikerScope, inburgeraarScope, type SessionUser } from "@/lib/authz";
import { db } from "@/lib/db";
import { Prisma as PrismaSql, type Prisma } from "@/lib/db/generated/client";
import { leesSql } from "@/lib/db/lees";
import { gebruikerScopeSql } from "@/lib/authz/sql-scope";
import type { VrijwilligerStatus } from "@/lib/db/generated/enums";
import { notFound } from "@/lib/errors";
import { dateKolomNaarKalenderdatum, plusMaanden, plusDagen, vandaag as vandaagIn, kalenderdatumNaarDate } from "@/lib/tijd";
import { letterlijk } from "@/lib/tekst";
import { VOG_GELDIG_MAANDEN, VOG_WAARSCHUWING_DAGEN, vogOordeel, vrijePlekken, type VogOordeel } from "./rules";

export const VRIJWILLIGERS_PER_PAGINA = 25;

export interface VrijwilligerFilters {
  zoek?: string;
  status?: VrijwilligerStatus;
  /** Only volunteers whose VOG is missing, expired or expires within 60 days. */
  vogAandacht?: boolean;
  pagina?: number;
}

const kd = (d: Date | null) => (d ? dateKolomNaarKalenderdatum(d) : null);

/** A VOG issued on this day or before needs attention today: expired, or expiring within the warning period. */
function vogAandachtGrensDag(now: Date) {
  return plusMaanden(plusDagen(vandaagIn(now), VOG_WAARSCHUWING_DAGEN), -VOG_GELDIG_MAANDEN);
}

function vogAandachtGrens(now: Date): Date {
  return kalenderdatumNaarDate(vogAandachtGrensDag(now));
}

/**
 * The organisation's volunteers with status, languages, capacity and VOG,
 * paged in SQL. Teamleiders and beheerders.
 */
export async function listVrijwilligers(user: SessionUser, filters: VrijwilligerFilters = {}, now = new Date()) {
  assertCan(user, "vrijwilliger:beheren");
  const vandaag = vandaagIn(now);
  const zoek = filters.zoek?.trim().slice(0, 100);
  const where: Prisma.GebruikerWhereInput = {
    AND: [
      gebruikerScope(user),
      { rol: "VRIJWILLIGER" },
      zoek
        ? {
            OR: [
              { naam: { contains: letterlijk(zoek), mode: "insensitive" } },
              { vrijwilligerProfiel: { talen: { has: zoek.charAt(0).toLocaleUpperCase("nl") + zoek.slice(1).toLocaleLowerCase("nl") } } },
            ],
          }
        : {},
      filters.status ? { vrijwilligerProfiel: { status: filters.status } } : {},
      filters.vogAandacht
        ? { vrijwilligerProfiel: { status: { not: "GESTOPT" }, OR: [{ vogDatum: null }, { vogDatum: { lte: vogAandachtGrens(now) } }] } }
        : {},
    ],
  };
  const pagina = Math.max(1, Math.floor(filters.pagina ?? 1));
  const [totaal, rijen, vogAandacht] = await Promise.all([
    db().gebruiker.count({ where }),
    db().gebruiker.findMany({
      where,
      // Active first, stopped and disabled accounts last.
      orderBy: [{ actief: "desc" }, { vrijwilligerProfiel: { status: "asc" } }, { naam: "asc" }],
      skip: (pagina - 1) * VRIJWILLIGERS_PER_PAGINA,
      take: VRIJWILLIGERS_PER_PAGINA,
      select: {
        id: true,
        naam: true,
        actief: true,
        team: { select: { naam: true } },
        gemeenten: { select: { gemeente: { select: { naam: true } } } },
        vrijwilligerProfiel: {
          select: { talen: true, taken: true, status: true, vogDatum: true, maxMaatjes: true, urenPerWeek: true, trainingAfgerondOp: true },
        },
        _count: { select: { toewijzingen: { where: { rol: "MAATJE", ...actieveToewijzing(now) } } } },
      },
    }),
    db().vrijwilligerProfiel.count({
      where: {
        gebruiker: { ...gebruikerScope(user), actief: true },
        status: { not: "GESTOPT" },
        OR: [{ vogDatum: null }, { vogDatum: { lte: vogAandachtGrens(now) } }],
      },
    }),
  ]);
  return {
    totaal,
    pagina,
    paginas: Math.max(1, Math.ceil(totaal / VRIJWILLIGERS_PER_PAGINA)),
    vogAandacht,
    rijen: rijen.map((r) => {
      const p = r.vrijwilligerProfiel;
      const maxMaatjes = p?.maxMaatjes ?? 0;
      return {
        id: r.id,
        naam: r.naam,
        accountActief: r.actief,
        team: r.team?.naam ?? null,
        gemeenten: r.gemeenten.map((g) => g.gemeente.naam),
        talen: p?.talen ?? [],
        taken: p?.taken ?? [],
        status: p?.status ?? "ACTIEF",
        urenPerWeek: p?.urenPerWeek ?? null,
        getraind: Boolean(p?.trainingAfgerondOp),
        maatjes: r._count.toewijzingen,
        maxMaatjes,
        vrij: vrijePlekken(maxMaatjes, r._count.toewijzingen),
        vog: vogOordeel(kd(p?.vogDatum ?? null), vandaag),
      };
    }),
  };
}

export type VrijwilligerRij = Awaited<ReturnType<typeof listVrijwilligers>>["rijen"][number];

/**
 * The first volunteers whose VOG needs attention, in the order of listVrijwilligers with
 * `vogAandacht`, and how many there are: the teamleider's start page. One raw statement
 * (decision 024) instead of the full list's Prisma reads of team, gemeenten and maatjes.
 */
export async function vogAandachtStart(user: SessionUser, aantal: number, now = new Date()) {
  assertCan(user, "vrijwilliger:beheren");
  const vandaag = vandaagIn(now);
  const rijen = await leesSql<{ id: string; naam: string; vogDatum: string | null; totaal: bigint | number }[]>(PrismaSql.sql`
    SELECT u.id, u.naam, to_char(p."vogDatum", 'YYYY-MM-DD') AS "vogDatum", count(*) OVER () AS totaal
      FROM "Gebruiker" u JOIN "VrijwilligerProfiel" p ON p."gebruikerId" = u.id
     WHERE ${gebruikerScopeSql(user, "u")} AND u.rol = 'VRIJWILLIGER' AND p.status <> 'GESTOPT'
       -- Missing or expiring soon, as one range of "VrijwilligerProfiel_vog_aandacht_idx" (decision 029).
       AND COALESCE(p."vogDatum", '-infinity'::date) <= ${vogAandachtGrensDag(now)}::date
     ORDER BY u.actief DESC, p.status ASC, u.naam ASC, u.id ASC
     LIMIT ${aantal}`);
  return {
    totaal: Number(rijen[0]?.totaal ?? 0),
    rijen: rijen.map((r) => ({ id: r.id, naam: r.naam, vog: vogOordeel(r.vogDatum, vandaag) })),
  };
}

const PROFIEL_SELECT = {
  id: true,
  talen: true,
  taken: true,
  urenPerWeek: true,
  maxMaatjes: true,
  vogDatum: true,
  trainingAfgerondOp: true,
  training: true,
  beschikbaarheid: true,
  voorkeurDoelgroepen: true,
  voorkeuren: true,
  status: true,
  statusSinds: true,
  statusReden: true,
  version: true,
} as const;

export interface ProfielWeergave {
  talen: string[];
  taken: string[];
  urenPerWeek: number | null;
  maxMaatjes: number;
  vogDatum: string | null;
  vog: VogOordeel;
  trainingAfgerondOp: string | null;
  training: string | null;
  beschikbaarheid: string | null;
  voorkeurDoelgroepen: string[];
  voorkeuren: string | null;
  status: VrijwilligerStatus;
  statusSinds: string | null;
  statusReden: string | null;
  version: number;
}

function weergave(p: Prisma.VrijwilligerProfielGetPayload<{ select: typeof PROFIEL_SELECT }>, now: Date): ProfielWeergave {
  return {
    ...p,
    vogDatum: kd(p.vogDatum),
    vog: vogOordeel(kd(p.vogDatum), vandaagIn(now)),
    trainingAfgerondOp: kd(p.trainingAfgerondOp),
    statusSinds: kd(p.statusSinds),
  };
}

/**
 * One volunteer's profile for a teamleider or beheerder, with the gemeenten to
 * choose from. Whose maatje they are is shown only to who may see the team's
 * dossiers (a beheerder sees the count, not the names).
 */
export async function getVrijwilligerProfiel(user: SessionUser, gebruikerId: string, now = new Date()) {
  assertCan(user, "vrijwilliger:beheren");
  const g = await db().gebruiker.findFirst({
    where: { id: gebruikerId, ...gebruikerScope(user), rol: "VRIJWILLIGER" },
    select: {
      id: true,
      naam: true,
      email: true,
      actief: true,
      team: { select: { naam: true } },
      gemeenten: { select: { gemeenteId: true } },
      vrijwilligerProfiel: { select: PROFIEL_SELECT },
      toewijzingen: {
        where: { rol: "MAATJE", ...actieveToewijzing(now) },
        orderBy: { vanaf: "asc" },
        select: { id: true, vanaf: true, inburgeraar: { select: { id: true, voornaam: true, achternaam: true } } },
      },
    },
  });
  if (!g || !g.vrijwilligerProfiel) throw notFound();
  const magDossiersZien = can(user, "team:bekijken");
  // Names only for dossiers inside the user's own scope (defence in depth on top of the permission).
  const zichtbaar = magDossiersZien
    ? new Set(
        (
          await db().inburgeraar.findMany({
            where: { id: { in: g.toewijzingen.map((t) => t.inburgeraar.id) }, ...inburgeraarScope(user, now) },
            select: { id: true },
          })
        ).map((r) => r.id),
      )
    : new Set<string>();
  const gemeenten = await db().gemeente.findMany({ where: { organisatieId: user.organisatieId }, orderBy: { naam: "asc" }, select: { id: true, naam: true } });
  return {
    id: g.id,
    naam: g.naam,
    email: g.email,
    accountActief: g.actief,
    team: g.team?.naam ?? null,
    gemeenteIds: g.gemeenten.map((x) => x.gemeenteId),
    profiel: weergave(g.vrijwilligerProfiel, now),
    aantalMaatjes: g.toewijzingen.length,
    maatjes: g.toewijzingen
      .filter((t) => zichtbaar.has(t.inburgeraar.id))
      .map((t) => ({ id: t.inburgeraar.id, naam: `${t.inburgeraar.voornaam} ${t.inburgeraar.achternaam}`, sinds: t.vanaf })),
    keuzes: { gemeenten },
  };
}

/** The signed-in volunteer's own profile (what they may change, and what the teamleider set). */
export async function getEigenProfiel(user: SessionUser, now = new Date()) {
  assertCan(user, "vrijwilliger:eigen-profiel");
  const g = await db().gebruiker.findUnique({
    where: { id: user.id },
    select: { naam: true, gemeenten: { select: { gemeente: { select: { naam: true } } } }, vrijwilligerProfiel: { select: PROFIEL_SELECT } },
  });
  if (!g?.vrijwilligerProfiel) throw notFound("Er is nog geen vrijwilligersprofiel voor jou. Vraag je teamleider om het aan te maken.");
  return { naam: g.naam, gemeenten: g.gemeenten.map((x) => x.gemeente.naam), profiel: weergave(g.vrijwilligerProfiel, now) };
}
