import "server-only";
import { assertCan, can, overlegDossierScope, overlegScope, type SessionUser } from "@/lib/authz";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { notFound } from "@/lib/errors";
import { dateKolomNaarKalenderdatum } from "@/lib/tijd";
import { letterlijk } from "@/lib/tekst";
import { deelnemerScope } from "./mutations";

const MAX_OVERLEGGEN = 100;
/** Dossiers offered at once on the form; more are found by searching on name. */
export const MAX_KEUZE_DOSSIERS = 50;

/** The overleggen I organise or take part in, newest first; per overleg only the agenda items I may see are counted. */
export async function listOverleggen(user: SessionUser) {
  assertCan(user, "overleg:deelnemen");
  const rijen = await db().overleg.findMany({
    where: overlegScope(user),
    orderBy: [{ datum: "desc" }, { createdAt: "desc" }],
    take: MAX_OVERLEGGEN,
    select: {
      id: true,
      titel: true,
      datum: true,
      organisator: { select: { naam: true } },
      _count: { select: { agendapunten: { where: { inburgeraar: overlegDossierScope(user) } } } },
    },
  });
  return rijen.map((r) => ({ id: r.id, titel: r.titel, datum: dateKolomNaarKalenderdatum(r.datum), organisator: r.organisator.naam, dossiers: r._count.agendapunten }));
}

/**
 * One overleg and its minutes, as far as this participant may see: an agenda
 * item (with its decisions and actions) only for a dossier in their scope with
 * the plan visible. Someone who is not organiser or participant gets "not found".
 */
export async function getOverleg(user: SessionUser, id: string) {
  assertCan(user, "overleg:deelnemen");
  const o = await db().overleg.findFirst({
    where: { id, ...overlegScope(user) },
    select: {
      id: true,
      titel: true,
      datum: true,
      externeDeelnemers: true,
      organisatorId: true,
      organisator: { select: { naam: true } },
      deelnemers: { orderBy: { gebruiker: { naam: "asc" } }, select: { gebruiker: { select: { id: true, naam: true } } } },
      agendapunten: {
        where: { inburgeraar: overlegDossierScope(user) },
        orderBy: { inburgeraar: { achternaam: "asc" } },
        select: {
          id: true,
          besluiten: true,
          version: true,
          inburgeraar: { select: { id: true, voornaam: true, achternaam: true } },
          acties: {
            orderBy: [{ deadline: "asc" }, { createdAt: "asc" }],
            select: { id: true, omschrijving: true, deadline: true, afgerondOp: true, eigenaar: { select: { id: true, naam: true } } },
          },
        },
      },
    },
  });
  if (!o) throw notFound();
  const magSchrijven = can(user, "overleg:organiseren");
  return {
    ...o,
    datum: dateKolomNaarKalenderdatum(o.datum),
    magSchrijven,
    agendapunten: o.agendapunten.map((p) => ({
      ...p,
      naam: `${p.inburgeraar.voornaam} ${p.inburgeraar.achternaam}`,
      acties: p.acties.map((a) => ({ ...a, deadline: dateKolomNaarKalenderdatum(a.deadline), afgerondOp: a.afgerondOp ? dateKolomNaarKalenderdatum(a.afgerondOp) : null, isVanMij: a.eigenaar.id === user.id })),
    })),
  };
}

/**
 * For the form: colleagues who can take part, and the dossiers I may put on the
 * agenda: those matching `zoek` (part of the name), at most MAX_KEUZE_DOSSIERS;
 * `meer` says more matched (a teamleider may see thousands).
 */
export async function overlegKeuzes(user: SessionUser, opties: { zoek?: string } = {}) {
  assertCan(user, "overleg:organiseren");
  const woorden = (opties.zoek ?? "").trim().slice(0, 100).split(/\s+/).filter(Boolean).slice(0, 4);
  const opNaam: Prisma.InburgeraarWhereInput[] = woorden.map((w) => ({
    OR: [{ voornaam: { contains: letterlijk(w), mode: "insensitive" } }, { achternaam: { contains: letterlijk(w), mode: "insensitive" } }],
  }));
  const [collegas, dossiers] = await Promise.all([
    db().gebruiker.findMany({ where: { AND: [deelnemerScope(user), { id: { not: user.id } }] }, orderBy: { naam: "asc" }, select: { id: true, naam: true, rol: true } }),
    db().inburgeraar.findMany({
      where: { AND: [overlegDossierScope(user), { fase: { not: "AFGESLOTEN" } }, ...opNaam] },
      orderBy: [{ achternaam: "asc" }, { voornaam: "asc" }, { id: "asc" }],
      take: MAX_KEUZE_DOSSIERS + 1,
      select: { id: true, voornaam: true, achternaam: true, gemeente: { select: { naam: true } } },
    }),
  ]);
  return {
    collegas,
    dossiers: dossiers.slice(0, MAX_KEUZE_DOSSIERS).map((d) => ({ id: d.id, naam: `${d.voornaam} ${d.achternaam}`, gemeente: d.gemeente.naam })),
    meer: dossiers.length > MAX_KEUZE_DOSSIERS,
  };
}
