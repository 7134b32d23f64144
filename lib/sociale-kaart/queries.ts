import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { Leefgebied } from "@/lib/db/generated/enums";
import { assertCan, can, gemeenteScope, socialeKaartScope, type SessionUser } from "@/lib/authz";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { GEMEENTE_KEUZE_MAX } from "@/lib/gemeente/rules";
import { letterlijk } from "@/lib/tekst";
import { kiesbaarVoorGemeente } from "./scope";

export interface KaartFilters {
  gemeenteId?: string;
  /** Part of the gemeente's name, when there are too many gemeenten to choose from (decision 030). */
  gemeenteNaam?: string;
  leefgebied?: Leefgebied;
  zoek?: string;
  /** Also entries that are no longer active (for who maintains the kaart). */
  metInactief?: boolean;
}

const KAART_SELECT = {
  id: true,
  naam: true,
  leefgebieden: true,
  omschrijving: true,
  adres: true,
  telefoon: true,
  email: true,
  website: true,
  talen: true,
  openingstijden: true,
  notities: true,
  actief: true,
  version: true,
  gemeenteId: true,
  gemeente: { select: { naam: true } },
} satisfies Prisma.SocialeKaartOrganisatieSelect;

export const PAGINA_GROOTTE = 50;

function filterWhere(user: SessionUser, f: KaartFilters): Prisma.SocialeKaartOrganisatieWhereInput {
  const zoek = f.zoek?.trim().slice(0, 100);
  return {
    AND: [
      socialeKaartScope(user),
      f.metInactief && can(user, "sociale-kaart:beheren") ? {} : { actief: true },
      f.gemeenteId
        ? { OR: [{ gemeenteId: f.gemeenteId }, { gemeenteId: null }] }
        : f.gemeenteNaam?.trim()
          ? { OR: [{ gemeente: { naam: { contains: letterlijk(f.gemeenteNaam.trim().slice(0, 100)), mode: "insensitive" } } }, { gemeenteId: null }] }
          : {},
      f.leefgebied ? { leefgebieden: { has: f.leefgebied } } : {},
      zoek
        ? { OR: [{ naam: { contains: letterlijk(zoek), mode: "insensitive" } }, { omschrijving: { contains: letterlijk(zoek), mode: "insensitive" } }, { talen: { has: zoek } }] }
        : {},
    ],
  };
}

/** The sociale kaart, filtered and paged in SQL. */
export async function listSocialeKaart(user: SessionUser, filters: KaartFilters = {}, pagina = 1) {
  assertCan(user, "sociale-kaart:lezen");
  const where = filterWhere(user, filters);
  const [rijen, totaal] = await Promise.all([
    db().socialeKaartOrganisatie.findMany({ where, orderBy: [{ naam: "asc" }, { id: "asc" }], skip: (pagina - 1) * PAGINA_GROOTTE, take: PAGINA_GROOTTE, select: KAART_SELECT }),
    db().socialeKaartOrganisatie.count({ where }),
  ]);
  return { rijen, totaal };
}

export async function getSocialeKaartOrganisatie(user: SessionUser, id: string) {
  assertCan(user, "sociale-kaart:lezen");
  const org = await db().socialeKaartOrganisatie.findFirst({ where: { id, ...socialeKaartScope(user) }, select: KAART_SELECT });
  if (!org) throw notFound();
  return org;
}

/**
 * The gemeente filter of the kaart. Up to GEMEENTE_KEUZE_MAX gemeenten: a list to choose from. With more
 * (a national organisation, decision 030): a field for the name. A name that is exactly one gemeente's,
 * or part of only one, chooses that gemeente (so the CSV can be for it); part of several filters on all
 * of them. Only the user's own gemeenten (gemeenteScope).
 */
export async function kaartGemeenteFilter(user: SessionUser, invoer: { gemeente?: string; gemeentenaam?: string }) {
  assertCan(user, "sociale-kaart:lezen");
  const keuzes = await db().gemeente.findMany({ where: gemeenteScope(user), orderBy: { naam: "asc" }, take: GEMEENTE_KEUZE_MAX + 1, select: { id: true, naam: true } });
  if (keuzes.length <= GEMEENTE_KEUZE_MAX) {
    const gekozen = keuzes.find((g) => g.id === invoer.gemeente);
    return { keuzes, gemeenteId: gekozen?.id, gemeenteNaam: undefined, treffers: gekozen ? 1 : 0 };
  }
  const naam = invoer.gemeentenaam?.trim().slice(0, 100);
  if (!naam) {
    // A link with ?gemeente=<id> still chooses that gemeente.
    const gekozen = invoer.gemeente ? await db().gemeente.findFirst({ where: { id: invoer.gemeente, ...gemeenteScope(user) }, select: { id: true, naam: true } }) : null;
    return { keuzes: null, gemeenteId: gekozen?.id, gemeenteNaam: gekozen?.naam, treffers: gekozen ? 1 : 0 };
  }
  // Prisma compares "insensitive" with ILIKE and does not escape: the text is taken literally (lib/tekst).
  const [precies, deels] = await Promise.all([
    db().gemeente.findFirst({ where: { ...gemeenteScope(user), naam: { equals: letterlijk(naam), mode: "insensitive" } }, select: { id: true, naam: true } }),
    db().gemeente.findMany({ where: { ...gemeenteScope(user), naam: { contains: letterlijk(naam), mode: "insensitive" } }, orderBy: { naam: "asc" }, take: 2, select: { id: true, naam: true } }),
  ]);
  const gekozen = precies ?? (deels.length === 1 ? deels[0] : undefined);
  return { keuzes: null, gemeenteId: gekozen?.id, gemeenteNaam: gekozen?.naam ?? naam, treffers: gekozen ? 1 : deels.length };
}

/** The gemeenten a kaart entry can be for (the filter and the forms). */
export async function kaartGemeenten(user: SessionUser) {
  assertCan(user, "sociale-kaart:lezen");
  return db().gemeente.findMany({ where: gemeenteScope(user), orderBy: { naam: "asc" }, select: { id: true, naam: true } });
}

/** The export: every active entry of one gemeente (and those for all gemeenten), or all of them. */
export async function socialeKaartVoorExport(user: SessionUser, gemeenteId: string | null) {
  assertCan(user, "sociale-kaart:lezen");
  return db().socialeKaartOrganisatie.findMany({
    where: { AND: [socialeKaartScope(user), { actief: true }, gemeenteId ? { OR: [{ gemeenteId }, { gemeenteId: null }] } : {}] },
    orderBy: [{ naam: "asc" }, { id: "asc" }],
    select: KAART_SELECT,
  });
}

/** The picker for one person: what can be chosen in a plan actie, a doorverwijzing or a warme overdracht. */
export async function kaartKeuzesVoorGemeente(user: SessionUser, gemeenteId: string) {
  return db().socialeKaartOrganisatie.findMany({
    where: kiesbaarVoorGemeente(user, gemeenteId),
    orderBy: { naam: "asc" },
    select: { id: true, naam: true, leefgebieden: true },
  });
}
