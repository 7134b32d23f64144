import "server-only";
import { z } from "zod";
import { assertCan, type SessionUser } from "@/lib/authz";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { isKalenderdatum, kalenderdatumNaarDate, plusDagen } from "@/lib/tijd";
import { letterlijk } from "@/lib/tekst";
import { AUDIT_SOORTEN } from "./soorten";
import { labelVoorAudit, zinVoorAudit } from "./zinnen";

export const PAGINA_GROOTTE = 50;
/** At most this many accounts match a gebruiker search; a wider search asks for a more precise term. */
export const GEBRUIKER_ZOEK_MAX = 20;

export const auditFilterSchema = z.object({
  /** Part of a name or e-mail address: the rows of the matching users of the organisation. */
  gebruiker: z.string().trim().max(100).optional().catch(undefined),
  inburgeraarId: z.string().max(40).optional().catch(undefined),
  /** A kind from AUDIT_SOORTEN ("checklist", "geweigerd" …). */
  soort: z.enum(AUDIT_SOORTEN.map((s) => s.waarde) as [string, ...string[]]).optional().catch(undefined),
  van: z.string().refine(isKalenderdatum).optional().catch(undefined),
  tot: z.string().refine(isKalenderdatum).optional().catch(undefined),
  /** Rows older than this id: the next page. */
  voor: z.string().regex(/^\d{1,19}$/).optional().catch(undefined),
});

export type AuditFilter = z.output<typeof auditFilterSchema>;

/**
 * The audit trail of the user's organisation, newest first, for a beheerder or
 * privacy officer: who looked at or changed what, when, from where.
 * Dates are calendar days (the `tot` day included).
 */
export async function listAudit(user: SessionUser, filter: AuditFilter) {
  assertCan(user, "audit:bekijken");
  const createdAt: Prisma.DateTimeFilter = {};
  if (filter.van) createdAt.gte = kalenderdatumNaarDate(filter.van);
  if (filter.tot) createdAt.lt = kalenderdatumNaarDate(plusDagen(filter.tot, 1));
  // A search, not a list of every account (2,000 in a national organisation): at most
  // GEBRUIKER_ZOEK_MAX matching accounts, so the filter below is a bounded `in` list.
  const zoekGebruiker = filter.gebruiker || undefined;
  const gevonden = zoekGebruiker
    ? await db().gebruiker.findMany({
        where: {
          organisatieId: user.organisatieId,
          OR: [{ naam: { contains: letterlijk(zoekGebruiker), mode: "insensitive" } }, { email: { contains: letterlijk(zoekGebruiker), mode: "insensitive" } }],
        },
        orderBy: [{ naam: "asc" }, { id: "asc" }],
        take: GEBRUIKER_ZOEK_MAX + 1,
        select: { id: true, naam: true },
      })
    : null;
  const rows = await db().auditLog.findMany({
    where: {
      organisatieId: user.organisatieId,
      ...(gevonden ? { gebruikerId: { in: gevonden.slice(0, GEBRUIKER_ZOEK_MAX).map((g) => g.id) } } : {}),
      // A dossier's rows, and refused attempts on it (those name it only as entiteitId).
      ...(filter.inburgeraarId
        ? { OR: [{ inburgeraarId: filter.inburgeraarId }, { entiteit: "Inburgeraar", entiteitId: filter.inburgeraarId }] }
        : {}),
      ...(filter.soort ? { actie: { in: [...(AUDIT_SOORTEN.find((s) => s.waarde === filter.soort)?.acties ?? [])] } } : {}),
      ...(filter.van || filter.tot ? { createdAt } : {}),
      ...(filter.voor ? { id: { lt: BigInt(filter.voor) } } : {}),
    },
    orderBy: { id: "desc" },
    take: PAGINA_GROOTTE + 1,
    select: { id: true, createdAt: true, actie: true, entiteit: true, entiteitId: true, inburgeraarId: true, gebruikerId: true, details: true, ip: true },
  });
  const pagina = rows.slice(0, PAGINA_GROOTTE);
  // Names for the page only (at most one page of ids), always inside the own organisation.
  // A beheerder cannot open dossiers; the trail names the dossier a row concerns, nothing more.
  const dossierId = (r: (typeof pagina)[number]) => r.inburgeraarId ?? (r.entiteit === "Inburgeraar" ? r.entiteitId : null);
  const uniek = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => Boolean(x)))];
  const gebruikerIds = uniek([...pagina.map((r) => r.gebruikerId), ...pagina.map((r) => (r.entiteit === "Gebruiker" ? r.entiteitId : null))]);
  const dossierIds = uniek([...pagina.map(dossierId), filter.inburgeraarId ?? null]);
  const gemeenteIds = uniek(pagina.map((r) => (r.entiteit === "Gemeente" ? r.entiteitId : null)));
  const [gebruikers, dossiers, gemeenten] = await Promise.all([
    db().gebruiker.findMany({ where: { id: { in: gebruikerIds }, organisatieId: user.organisatieId }, select: { id: true, naam: true } }),
    db().inburgeraar.findMany({ where: { id: { in: dossierIds }, organisatieId: user.organisatieId }, select: { id: true, voornaam: true, achternaam: true } }),
    db().gemeente.findMany({ where: { id: { in: gemeenteIds }, organisatieId: user.organisatieId }, select: { id: true, naam: true } }),
  ]);
  const naam = new Map(gebruikers.map((g) => [g.id, g.naam]));
  const dossierNaam = new Map(dossiers.map((d) => [d.id, `${d.voornaam} ${d.achternaam}`]));
  const gemeenteNaam = new Map(gemeenten.map((g) => [g.id, g.naam]));
  return {
    rijen: pagina.map((r) => {
      const details = (r.details ?? {}) as Record<string, unknown>;
      const dossier = dossierId(r);
      const betreft =
        r.entiteit === "Gebruiker" && r.entiteitId && r.entiteitId !== r.gebruikerId
          ? (naam.get(r.entiteitId) ?? null)
          : r.entiteit === "Gemeente" && r.entiteitId
            ? (gemeenteNaam.get(r.entiteitId) ?? null)
            : null;
      return {
        id: r.id.toString(),
        createdAt: r.createdAt,
        actie: r.actie,
        soort: labelVoorAudit(r.actie),
        zin: zinVoorAudit(r),
        wie: r.gebruikerId ? (naam.get(r.gebruikerId) ?? "onbekend") : "—",
        /** The dossier concerned, by name when it is in the own organisation (id kept for the filter). */
        dossier: dossier && dossierNaam.has(dossier) ? { id: dossier, naam: dossierNaam.get(dossier)! } : null,
        /** The account or gemeente a beheer event concerns. */
        betreft,
        onderdeel: typeof details.onderdeel === "string" ? details.onderdeel : null,
        ip: r.ip,
      };
    }),
    volgende: rows.length > PAGINA_GROOTTE ? pagina.at(-1)!.id.toString() : null,
    /** The accounts the gebruiker search matched (null: no search); `meer`: more matched than were used. */
    gebruikerFilter: gevonden ? { namen: gevonden.slice(0, GEBRUIKER_ZOEK_MAX).map((g) => g.naam), meer: gevonden.length > GEBRUIKER_ZOEK_MAX } : null,
    /** The dossier the list is filtered on, by name. */
    dossierFilter: filter.inburgeraarId ? { id: filter.inburgeraarId, naam: dossierNaam.get(filter.inburgeraarId) ?? null } : null,
  };
}
