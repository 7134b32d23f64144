import type { Prisma } from "@/lib/db/generated/client";
import type { Rol, ToestemmingOnderwerp } from "@/lib/db/generated/enums";
import { forbidden } from "@/lib/errors";
import type { SessionUser } from "./user";

/**
 * The one policy: who may do what to which record. Record-level access is
 * expressed as Prisma where-clauses (scopes) so a record outside a user's reach
 * is never loaded; `can` answers the role-level question.
 */
export type Permission =
  | "inburgeraar:lezen"
  | "inburgeraar:aanmelden"
  | "inburgeraar:bewerken"
  | "inburgeraar:bsn-zien"
  | "inburgeraar:fase-wijzigen"
  | "afspraak:plannen"
  | "afspraak:loggen"
  | "checklist:bijwerken"
  | "verlenging:aanvragen"
  | "verlenging:beoordelen"
  | "toewijzing:beheren"
  | "team:bekijken"
  | "gebruiker:beheren"
  | "gemeente:beheren"
  | "checklist-template:beheren"
  | "audit:bekijken"
  | "agenda:eigen";

const ROLE_PERMISSIONS: Record<Rol, readonly Permission[]> = {
  BEGELEIDER: [
    "inburgeraar:lezen",
    "inburgeraar:aanmelden",
    "inburgeraar:bewerken",
    "inburgeraar:bsn-zien",
    "inburgeraar:fase-wijzigen",
    "afspraak:plannen",
    "afspraak:loggen",
    "checklist:bijwerken",
    "verlenging:aanvragen",
    "agenda:eigen",
  ],
  // Volunteers log contacts and notes for their own maatjes; no BSN, no phases.
  VRIJWILLIGER: ["inburgeraar:lezen", "afspraak:plannen", "afspraak:loggen", "checklist:bijwerken", "agenda:eigen"],
  TEAMLEIDER: [
    "inburgeraar:lezen",
    "inburgeraar:aanmelden",
    "inburgeraar:bewerken",
    "inburgeraar:bsn-zien",
    "inburgeraar:fase-wijzigen",
    "afspraak:plannen",
    "afspraak:loggen",
    "checklist:bijwerken",
    "verlenging:aanvragen",
    "verlenging:beoordelen",
    "toewijzing:beheren",
    "team:bekijken",
    "agenda:eigen",
  ],
  CONSULENT: ["inburgeraar:lezen"],
  BEHEERDER: ["gebruiker:beheren", "gemeente:beheren", "checklist-template:beheren", "audit:bekijken"],
};

export function can(user: Pick<SessionUser, "rol">, permission: Permission): boolean {
  return ROLE_PERMISSIONS[user.rol].includes(permission);
}

export function assertCan(user: Pick<SessionUser, "rol">, permission: Permission): void {
  if (!can(user, permission)) throw forbidden();
}

/** Active assignments: no end date, or one in the future. */
export function actieveToewijzing(now = new Date()): Prisma.ToewijzingWhereInput {
  return { OR: [{ tot: null }, { tot: { gt: now } }] };
}

/**
 * The inburgeraars a user may load at all. Always inside their organisation;
 * begeleiders and volunteers only those assigned to them; consulenten only
 * their own gemeenten (what they see of a dossier is further limited by
 * consent); beheerders none (they manage the application, not dossiers).
 */
export function inburgeraarScope(user: SessionUser, now = new Date()): Prisma.InburgeraarWhereInput {
  const org = { organisatieId: user.organisatieId };
  switch (user.rol) {
    case "TEAMLEIDER":
      return org;
    case "BEGELEIDER":
      return { ...org, toewijzingen: { some: { gebruikerId: user.id, ...actieveToewijzing(now) } } };
    case "VRIJWILLIGER":
      return { ...org, toewijzingen: { some: { gebruikerId: user.id, rol: "MAATJE", ...actieveToewijzing(now) } } };
    case "CONSULENT":
      return { ...org, gemeenteId: { in: user.gemeenteIds } };
    case "BEHEERDER":
      return { id: { in: [] } };
  }
}

/** Users a user may see or manage: always inside their organisation. */
export function gebruikerScope(user: SessionUser): Prisma.GebruikerWhereInput {
  return { organisatieId: user.organisatieId };
}

export function gemeenteScope(user: SessionUser): Prisma.GemeenteWhereInput {
  if (user.rol === "CONSULENT") return { organisatieId: user.organisatieId, id: { in: user.gemeenteIds } };
  return { organisatieId: user.organisatieId };
}

/**
 * A part of a dossier (checklist, afspraken, plan …) beyond name, gemeente and
 * fase. Consulenten see it only while the inburgeraar's consent for that part,
 * given to the gemeente, is in force; the people who guide the person always do.
 * Combine with inburgeraarScope: `{ id, ...inburgeraarScope(user), ...dossierOnderdeelScope(user, "AFSPRAKEN") }`.
 */
export function dossierOnderdeelScope(
  user: SessionUser,
  onderwerp: ToestemmingOnderwerp,
  now = new Date(),
): Prisma.InburgeraarWhereInput {
  if (user.rol !== "CONSULENT") return {};
  // Consent dates are calendar dates (00:00 UTC); compare with today's date in Amsterdam.
  const today = new Date(`${new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(now)}T00:00:00Z`);
  return {
    toestemmingen: {
      some: {
        onderwerp,
        ontvanger: "CONSULENT_GEMEENTE",
        gegevenOp: { lte: today },
        OR: [{ ingetrokkenOp: null }, { ingetrokkenOp: { gt: today } }],
      },
    },
  };
}
