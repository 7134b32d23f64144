import type { Prisma } from "@/lib/db/generated/client";
import type { Rol } from "@/lib/db/generated/enums";
import { forbidden } from "@/lib/errors";
import type { SessionUser } from "./user";
import { deelScope } from "./zicht";

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
  | "plan:bewerken"
  | "plan:actie-afronden"
  | "verlenging:aanvragen"
  | "verlenging:beoordelen"
  | "toewijzing:beheren"
  | "team:bekijken"
  | "gebruiker:beheren"
  | "gemeente:beheren"
  | "checklist-template:beheren"
  | "audit:bekijken"
  | "agenda:eigen"
  | "verslag:delen-met-maatje"
  | "toewijzing:zien"
  | "meetmoment:vastleggen"
  | "vrijwilliger:beheren"
  | "vrijwilliger:eigen-profiel"
  | "wachtlijst:bekijken"
  | "bellijst:bellen"
  | "capaciteit:bekijken"
  | "toestemming:vastleggen"
  | "toestemming:scan-zien"
  | "voortgang:gemeente"
  | "inburgering:datums-vastleggen"
  | "rapportage:delen"
  | "rapportage:lezen"
  | "overdracht:maken"
  | "overdracht:ontvangen"
  | "overdracht:intern-ontvangen"
  | "overdracht:alle-open-zien"
  | "avg:inzage"
  | "avg:bewaartermijn"
  | "signaal:melden"
  | "signaal:opvolgen"
  | "signaal:delen"
  | "meldcode:doorlopen"
  // issue 11b: the sociale kaart, doorverwijzingen and the casuïstiekoverleg (docs/decisions/013)
  | "sociale-kaart:lezen"
  | "sociale-kaart:beheren"
  | "doorverwijzing:vastleggen"
  | "overleg:organiseren"
  | "overleg:deelnemen";

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
    "plan:bewerken",
    "plan:actie-afronden",
    "verlenging:aanvragen",
    "agenda:eigen",
    "verslag:delen-met-maatje",
    "toewijzing:zien",
    "meetmoment:vastleggen",
    "bellijst:bellen",
    "toestemming:vastleggen",
    "toestemming:scan-zien",
    "rapportage:delen",
    "rapportage:lezen",
    "overdracht:maken",
    "overdracht:ontvangen",
    "overdracht:intern-ontvangen",
    "signaal:melden",
    "signaal:opvolgen",
    "signaal:delen",
    "meldcode:doorlopen",
    "sociale-kaart:lezen",
    "doorverwijzing:vastleggen",
    "overleg:organiseren",
    "overleg:deelnemen",
  ],
  // Volunteers log contacts and notes for their own maatjes; no BSN, no phases. A new maatje receives
  // the intern overdracht of the one before. Of the plan they tick off only the acties for the maatje
  // and the huiswerk (planZicht).
  VRIJWILLIGER: [
    "inburgeraar:lezen",
    "afspraak:plannen",
    "afspraak:loggen",
    "checklist:bijwerken",
    "plan:actie-afronden",
    "agenda:eigen",
    "toewijzing:zien",
    // Their own availability and languages; never other profiles.
    "vrijwilliger:eigen-profiel",
    "overdracht:ontvangen",
    "overdracht:intern-ontvangen",
    // They report a worry and see that it was received and who picked it up: never the signal itself (signaalZicht).
    "signaal:melden",
  ],
  TEAMLEIDER: [
    "inburgeraar:lezen",
    "inburgeraar:aanmelden",
    "inburgeraar:bewerken",
    "inburgeraar:bsn-zien",
    "inburgeraar:fase-wijzigen",
    "afspraak:plannen",
    "afspraak:loggen",
    "checklist:bijwerken",
    "plan:bewerken",
    "plan:actie-afronden",
    "verlenging:aanvragen",
    "verlenging:beoordelen",
    "toewijzing:beheren",
    "team:bekijken",
    "agenda:eigen",
    "verslag:delen-met-maatje",
    "toewijzing:zien",
    "meetmoment:vastleggen",
    "vrijwilliger:beheren",
    "wachtlijst:bekijken",
    "bellijst:bellen",
    "capaciteit:bekijken",
    "toestemming:vastleggen",
    "toestemming:scan-zien",
    "rapportage:delen",
    "rapportage:lezen",
    "overdracht:maken",
    "overdracht:ontvangen",
    "overdracht:intern-ontvangen",
    "overdracht:alle-open-zien",
    // Answers an inzageverzoek (AVG art. 15) for the organisation: the one role that sees every dossier.
    "avg:inzage",
    "signaal:melden",
    "signaal:opvolgen",
    "signaal:delen",
    "meldcode:doorlopen",
    "sociale-kaart:lezen",
    "sociale-kaart:beheren",
    "doorverwijzing:vastleggen",
    "overleg:organiseren",
    "overleg:deelnemen",
  ],
  // The gemeente: reads within consent, records its own inburgering dates, receives the eindoverdracht.
  // A consulent takes part in a casuïstiekoverleg (Woerden) and sees there only the dossiers consent allows.
  CONSULENT: ["inburgeraar:lezen", "voortgang:gemeente", "inburgering:datums-vastleggen", "rapportage:lezen", "overdracht:ontvangen", "overleg:deelnemen"],
  // Beheerders manage volunteer profiles as accounts (no dossiers: they never see whose maatje someone is).
  BEHEERDER: ["gebruiker:beheren", "gemeente:beheren", "checklist-template:beheren", "audit:bekijken", "vrijwilliger:beheren", "avg:bewaartermijn", "sociale-kaart:lezen", "sociale-kaart:beheren"],
};

export function can(user: Pick<SessionUser, "rol">, permission: Permission): boolean {
  return ROLE_PERMISSIONS[user.rol].includes(permission);
}

/** The roles that have a permission (for where-clauses on users, e.g. who can receive an intern overdracht). */
export function rollenMet(permission: Permission): Rol[] {
  return (Object.keys(ROLE_PERMISSIONS) as Rol[]).filter((rol) => ROLE_PERMISSIONS[rol].includes(permission));
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

/**
 * The afspraken a user may move or change: their own (they hold them), of
 * people still in their scope. Logging afterwards is wider: anyone who guides
 * the person may log a planned afspraak (see lib/afspraak/mutations.ts).
 */
export function eigenAfspraakScope(user: SessionUser, now = new Date()): Prisma.AfspraakWhereInput {
  return { medewerkerId: user.id, inburgeraar: inburgeraarScope(user, now) };
}

/**
 * Who the header says a user works for: a consulent works for the gemeente
 * (or gemeenten), everyone else for their organisation.
 */
export function werktVoor(user: Pick<SessionUser, "rol" | "organisatieNaam" | "gemeenteNamen">): string {
  if (user.rol === "CONSULENT" && user.gemeenteNamen.length > 0) return `Gemeente ${user.gemeenteNamen.join(", ")}`;
  return user.organisatieNaam;
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
 * The sociale kaart a user may read: their organisation's, for every gemeente
 * they work in (an entry without gemeente serves all). Readers only.
 */
export function socialeKaartScope(user: SessionUser): Prisma.SocialeKaartOrganisatieWhereInput {
  if (!can(user, "sociale-kaart:lezen")) return { id: { in: [] } };
  return { organisatieId: user.organisatieId };
}

/**
 * The casuïstiekoverleggen a user may open: in their organisation, as organiser
 * or participant. What they see of each agenda item is decided per dossier
 * (lib/overleg/queries: inburgeraarScope AND the "plan" part).
 */
export function overlegScope(user: SessionUser): Prisma.OverlegWhereInput {
  if (!can(user, "overleg:deelnemen")) return { id: { in: [] } };
  return { organisatieId: user.organisatieId, OR: [{ organisatorId: user.id }, { deelnemers: { some: { gebruikerId: user.id } } }] };
}

/**
 * The dossiers a user may see in a casuïstiekoverleg (agenda, decisions,
 * actions): in their scope AND with the plan visible (a consulent only with
 * consent for the plan). Applied to the organiser when the agenda is set, to
 * every reader of the minutes, and to an action's owner.
 */
export function overlegDossierScope(user: SessionUser, now = new Date()): Prisma.InburgeraarWhereInput {
  return { AND: [inburgeraarScope(user, now), deelScope(user, "plan", now)] };
}

/** Which home page a user lands on. */
export type Startpagina = "caseload" | "maatjes" | "team" | "gemeente" | "beheer";

const STARTPAGINA: Record<Rol, Startpagina> = {
  BEGELEIDER: "caseload",
  VRIJWILLIGER: "maatjes",
  TEAMLEIDER: "team",
  CONSULENT: "gemeente",
  BEHEERDER: "beheer",
};

export function startpaginaVan(user: Pick<SessionUser, "rol">): Startpagina {
  return STARTPAGINA[user.rol];
}

export interface NavItem {
  href: string;
  label: string;
}

const START_LABEL: Record<Startpagina, string> = {
  caseload: "Mijn inburgeraars",
  maatjes: "Mijn maatjes",
  team: "Team",
  gemeente: "Voortgang",
  beheer: "Gebruikers",
};

/**
 * The main menu: the home page, then every page the user's permissions open.
 * Showing a link is a convenience; each page checks access itself.
 */
export function navigatieVoor(user: Pick<SessionUser, "rol">): NavItem[] {
  const items: { href: string; label: string; permission: Permission }[] = [
    { href: "/inburgeraars", label: "Inburgeraars", permission: "team:bekijken" },
    { href: "/wachtlijst", label: "Wachtlijst", permission: "wachtlijst:bekijken" },
    { href: "/bellijst", label: "Bellijst", permission: "bellijst:bellen" },
    { href: "/vrijwilligers", label: "Vrijwilligers", permission: "vrijwilliger:beheren" },
    { href: "/capaciteit", label: "Capaciteit", permission: "capaciteit:bekijken" },
    { href: "/agenda", label: "Agenda", permission: "agenda:eigen" },
    { href: "/verlengingen", label: "Verlengingen", permission: "verlenging:beoordelen" },
    { href: "/profiel", label: "Mijn profiel", permission: "vrijwilliger:eigen-profiel" },
    { href: "/overdrachten", label: "Overdrachten", permission: "overdracht:ontvangen" },
    { href: "/toestemmingen", label: "Toestemmingen", permission: "toestemming:vastleggen" },
    { href: "/inburgeraars/nieuw", label: "Aanmelden", permission: "inburgeraar:aanmelden" },
    { href: "/sociale-kaart", label: "Sociale kaart", permission: "sociale-kaart:lezen" },
    { href: "/overleggen", label: "Overleggen", permission: "overleg:deelnemen" },
    { href: "/beheer/gemeenten", label: "Gemeenten", permission: "gemeente:beheren" },
    { href: "/beheer/audit", label: "Auditlog", permission: "audit:bekijken" },
    { href: "/beheer/bewaartermijn", label: "Bewaartermijn", permission: "avg:bewaartermijn" },
  ];
  const start = startpaginaVan(user);
  // A teamleider plans little themselves: the agenda stays reachable by URL but out of the menu.
  const zichtbaar = items.filter((i) => can(user, i.permission) && !(i.href === "/agenda" && start === "team"));
  return [{ href: "/", label: START_LABEL[start] }, ...zichtbaar];
}
