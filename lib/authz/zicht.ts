import type { Prisma } from "@/lib/db/generated/client";
import type { Rol, ToestemmingOnderwerp } from "@/lib/db/generated/enums";
import type { AuditZichtbaarheid } from "@/lib/audit/acties";
import { can } from "./policy";
import type { SessionUser } from "./user";

/**
 * What a user may see of a dossier, down to the field. Every query that reads a
 * dossier asks this module which parts it may select, and selects only those:
 * nothing is loaded and then hidden in a page.
 *
 * The parts:
 * - basis       name, gemeente, fase (everyone who may open the dossier)
 * - persoon     birth date, country, languages, interpreter, household
 * - identiteit  V-nummer, residence permit, doelgroepen, reason without legal right
 * - bsn         the BSN (masked unless revealed)
 * - contact     phone, e-mail, address
 * - traject     trajectory of the begeleiding: phase dates, opstartfase end, einddatum, who guides
 * - inburgering the gemeente's own inburgering dates: BRP registration, brede intake, PIP vastgesteld,
 *               start leerroute, first lesson (docs/decisions/009)
 * - financieel  uitkering, toeslagen, financieel ontzorgen, verlengingen and their reasons
 * - verslagen   what was written about contacts (see verslagZicht)
 * - checklist   the opstartfase checklist
 * - afspraken   afspraken dates, types and counts
 * - plan        the begeleidingsplan and scores
 * - signalen    signals (special-category data)
 * - rapportages voortgangsrapportages and eindoverdrachten shared with the gemeente
 */
export type DossierDeel =
  | "basis"
  | "persoon"
  | "identiteit"
  | "bsn"
  | "contact"
  | "traject"
  | "inburgering"
  | "financieel"
  | "verslagen"
  | "checklist"
  | "afspraken"
  | "plan"
  | "signalen"
  | "rapportages";

export const DOSSIER_DELEN: readonly DossierDeel[] = [
  "basis",
  "persoon",
  "identiteit",
  "bsn",
  "contact",
  "traject",
  "inburgering",
  "financieel",
  "verslagen",
  "checklist",
  "afspraken",
  "plan",
  "signalen",
  "rapportages",
];

type Toegang = "ja" | "nee" | ToestemmingOnderwerp;

/**
 * Per role: always, never, or only while the inburgeraar's consent for that
 * subject (given to the gemeente's consulenten) is in force.
 * Volunteers guide one person in daily life: they see who the person is and how
 * to reach them, the checklist and afspraken they work on, their own verslagen
 * and those shared with the maatje; no BSN, papers, money matters or signals.
 */
const TOEGANG: Record<Rol, Record<DossierDeel, Toegang>> = {
  BEGELEIDER: allesJa(),
  TEAMLEIDER: allesJa(),
  VRIJWILLIGER: {
    basis: "ja",
    persoon: "ja",
    identiteit: "nee",
    bsn: "nee",
    contact: "ja",
    traject: "ja",
    inburgering: "ja",
    financieel: "nee",
    verslagen: "ja", // only their own and those shared with the maatje: verslagZicht
    checklist: "ja",
    afspraken: "ja",
    plan: "ja", // only the acties and huiswerk for the maatje (the plan module selects those)
    signalen: "nee",
    rapportages: "nee",
  },
  CONSULENT: {
    basis: "ja",
    persoon: "VOORTGANG",
    identiteit: "nee",
    bsn: "nee",
    contact: "CONTACTGEGEVENS",
    traject: "VOORTGANG",
    // The gemeente's own data: it runs the brede intake, sets the PIP and the leerroute (decision 009).
    inburgering: "ja",
    financieel: "nee",
    verslagen: "VERSLAGEN",
    checklist: "CHECKLIST",
    afspraken: "AFSPRAKEN",
    plan: "BEGELEIDINGSPLAN",
    signalen: "SIGNALEN",
    rapportages: "VOORTGANG",
  },
  BEHEERDER: Object.fromEntries(DOSSIER_DELEN.map((d) => [d, "nee"])) as Record<DossierDeel, Toegang>,
};

function allesJa(): Record<DossierDeel, Toegang> {
  return Object.fromEntries(DOSSIER_DELEN.map((d) => [d, "ja"])) as Record<DossierDeel, Toegang>;
}

/** A where-clause no row matches. */
const NIETS: Prisma.InburgeraarWhereInput = { id: { in: [] } };

/** Today's calendar date in Amsterdam as the 00:00 UTC instant date columns hold. */
export function vandaagAlsDatumkolom(now = new Date()): Date {
  return new Date(`${new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(now)}T00:00:00Z`);
}

/** Whom a consent is for: the gemeente's consulenten, one organisation of the sociale kaart, or the new gemeente. */
export type ToestemmingVoor =
  | { ontvanger: "CONSULENT_GEMEENTE" }
  | { ontvanger: "SOCIAAL_DOMEIN"; socialeKaartId: string }
  | { ontvanger: "NIEUWE_GEMEENTE" };

const CONSULENTEN: ToestemmingVoor = { ontvanger: "CONSULENT_GEMEENTE" };

/**
 * Consent for one subject, for one recipient (default: the gemeente's
 * consulenten), in force today in Amsterdam: given on or before today, valid
 * until today or later (or without end), and not withdrawn by today (a
 * withdrawal dated in the future takes effect on that day).
 */
export function toestemmingGeldig(onderwerp: ToestemmingOnderwerp, now = new Date(), voor: ToestemmingVoor = CONSULENTEN): Prisma.ToestemmingWhereInput {
  const today = vandaagAlsDatumkolom(now);
  return {
    onderwerp,
    ontvanger: voor.ontvanger,
    ...(voor.ontvanger === "SOCIAAL_DOMEIN" ? { socialeKaartId: voor.socialeKaartId } : {}),
    gegevenOp: { lte: today },
    AND: [{ OR: [{ geldigTot: null }, { geldigTot: { gte: today } }] }, { OR: [{ ingetrokkenOp: null }, { ingetrokkenOp: { gt: today } }] }],
  };
}

/**
 * Consent for one subject to "this" sociale-kaart organisation, for a filter
 * on SocialeKaartOrganisatie.toestemmingen (the relation names the organisation).
 */
export function toestemmingGeldigVoorDezeOrganisatie(onderwerp: ToestemmingOnderwerp, now = new Date()): Prisma.ToestemmingWhereInput {
  const { socialeKaartId: _relatie, ...rest } = toestemmingGeldig(onderwerp, now, { ontvanger: "SOCIAAL_DOMEIN", socialeKaartId: "" });
  return rest;
}

/** Every consent row in force today, whatever its subject or recipient (for overviews). */
export function toestemmingInWerking(now = new Date()): Prisma.ToestemmingWhereInput {
  const today = vandaagAlsDatumkolom(now);
  return {
    gegevenOp: { lte: today },
    AND: [{ OR: [{ geldigTot: null }, { geldigTot: { gte: today } }] }, { OR: [{ ingetrokkenOp: null }, { ingetrokkenOp: { gt: today } }] }],
  };
}

export type ToestemmingStaat = "geldig" | "nog-niet" | "verlopen" | "ingetrokken" | "intrekking-gepland";

/**
 * The state of one consent row today, by the same rule as toestemmingGeldig
 * (dates as "YYYY-MM-DD"): for overviews that list every row, also old ones.
 */
export function toestemmingStaat(t: { gegevenOp: string; geldigTot: string | null; ingetrokkenOp: string | null }, vandaag: string): ToestemmingStaat {
  if (t.ingetrokkenOp && t.ingetrokkenOp <= vandaag) return "ingetrokken";
  if (t.gegevenOp > vandaag) return "nog-niet";
  if (t.geldigTot && t.geldigTot < vandaag) return "verlopen";
  return t.ingetrokkenOp ? "intrekking-gepland" : "geldig";
}

/**
 * The where-clause that lets a dossier through only when `deel` is visible to
 * this user: {} when always, nothing when never, the consent when it depends on
 * consent. AND it with inburgeraarScope.
 */
export function deelScope(user: SessionUser, deel: DossierDeel, now = new Date()): Prisma.InburgeraarWhereInput {
  const toegang = deelToegang(user, deel);
  if (toegang === "ja") return {};
  if (toegang === "nee") return NIETS;
  return { toestemmingen: { some: toestemmingGeldig(toegang, now) } };
}

/** What deelScope decides, before it is a where-clause: always, never, or the consent subject (for deelScopeSql in ./sql-scope.ts). */
export function deelToegang(user: SessionUser, deel: DossierDeel): Toegang {
  if (deel === "bsn" && !can(user, "inburgeraar:bsn-zien")) return "nee";
  return TOEGANG[user.rol][deel];
}

/**
 * What a consulent sees of a dossier with exactly these consent subjects in
 * force, per part — derived from TOEGANG, so the consent form's "what the
 * consulent will and will not see" cannot drift from what the app does.
 * Parts a consulent never sees (BSN, papers, money) are listed as never.
 */
export function consulentZichtMet(onderwerpen: Iterable<ToestemmingOnderwerp>): Record<DossierDeel, "altijd" | "nooit" | "ja" | "nee"> {
  const geldig = new Set(onderwerpen);
  const uit = {} as Record<DossierDeel, "altijd" | "nooit" | "ja" | "nee">;
  for (const deel of DOSSIER_DELEN) {
    const toegang = TOEGANG.CONSULENT[deel];
    uit[deel] = toegang === "ja" ? "altijd" : toegang === "nee" ? "nooit" : geldig.has(toegang) ? "ja" : "nee";
  }
  return uit;
}

/** The consent subject that opens this part of a dossier for a consulent (null: consent does not open it). */
export function onderwerpVoorDeel(deel: DossierDeel): ToestemmingOnderwerp | null {
  const toegang = TOEGANG.CONSULENT[deel];
  return toegang === "ja" || toegang === "nee" ? null : toegang;
}

/**
 * The where-clause that lets a dossier through when a consulent of its gemeente
 * would see `deel` today: for what is prepared to be shared with the gemeente
 * (a voortgangsrapportage is generated by the begeleider, within the consent
 * the person gave the consulent).
 */
export function consulentDeelScope(deel: DossierDeel, now = new Date()): Prisma.InburgeraarWhereInput {
  const toegang = TOEGANG.CONSULENT[deel];
  if (toegang === "ja") return {};
  if (toegang === "nee") return NIETS;
  return { toestemmingen: { some: toestemmingGeldig(toegang, now) } };
}

/** The consent subjects that matter to this role (empty when consent changes nothing). */
export function toestemmingNodigVoor(user: Pick<SessionUser, "rol">): ToestemmingOnderwerp[] {
  return [...new Set(Object.values(TOEGANG[user.rol]).filter((t): t is ToestemmingOnderwerp => t !== "ja" && t !== "nee"))];
}

/** The subjects a consulent's view depends on (for loading the consents that matter to the gemeente). */
export function consulentOnderwerpen(): ToestemmingOnderwerp[] {
  return toestemmingNodigVoor({ rol: "CONSULENT" });
}

export type DossierZicht = Record<DossierDeel, boolean>;

/**
 * Which parts this user sees of one dossier they may open, given the consent
 * subjects in force for it (load those with toestemmingGeldig).
 */
export function dossierZicht(user: SessionUser, geldigeToestemmingen: Iterable<ToestemmingOnderwerp>): DossierZicht {
  const geldig = new Set(geldigeToestemmingen);
  const zicht = {} as DossierZicht;
  for (const deel of DOSSIER_DELEN) {
    const toegang = TOEGANG[user.rol][deel];
    zicht[deel] = deel === "bsn" && !can(user, "inburgeraar:bsn-zien") ? false : toegang === "ja" || (toegang !== "nee" && geldig.has(toegang));
  }
  return zicht;
}

/**
 * Which verslagen of a dossier's afspraken a user may read: all, or only their
 * own and those the begeleider shared with the maatje. Returns the where-clause
 * on Afspraak for the verslagen that may be selected; null = none. The same in
 * SQL: verslagScopeSql (./sql-scope.ts; keep the two alike). As a where-clause,
 * never negate it with Prisma's NOT: `NOT: {}` matches every row and NOT over a
 * NULL gelogdDoorId matches none (decision 019).
 */
export function verslagScope(user: SessionUser, zicht: DossierZicht): Prisma.AfspraakWhereInput | null {
  if (!zicht.verslagen) return null;
  // A consulent sees verslagen only with explicit VERSLAGEN consent (zicht.verslagen), and then all of them.
  if (user.rol !== "VRIJWILLIGER") return {};
  return { OR: [{ medewerkerId: user.id }, { gelogdDoorId: user.id }, { deelMetMaatje: true }] };
}

/**
 * Which kinds of events of a dossier's timeline this user may read. Plan events
 * only for those who see the whole plan (not a maatje, who sees only their
 * acties and the huiswerk); without the user, none.
 */
export function tijdlijnZichtbaarheden(zicht: DossierZicht, user?: SessionUser): AuditZichtbaarheid[] {
  const uit: AuditZichtbaarheid[] = ["algemeen"];
  if (zicht.persoon) uit.push("persoon");
  if (zicht.identiteit) uit.push("identiteit");
  if (zicht.contact) uit.push("contact");
  if (user && planZicht(user, zicht) === "alles") uit.push("plan");
  if (zicht.traject) uit.push("traject");
  if (zicht.inburgering) uit.push("inburgering");
  if (zicht.financieel) uit.push("financieel");
  if (zicht.afspraken) uit.push("afspraken");
  if (zicht.checklist) uit.push("checklist");
  if (zicht.verslagen) uit.push("verslag");
  return uit;
}

/**
 * How much of the begeleidingsplan a user sees of a dossier they may open:
 * - alles:  the whole plan (begeleider, teamleider; a consulent with consent)
 * - maatje: only the acties for the maatje and the huiswerk (a vrijwilliger)
 * - geen:   nothing (no consent, or a role without the plan)
 */
export type PlanZicht = "alles" | "maatje" | "geen";

export function planZicht(user: SessionUser, zicht: Pick<DossierZicht, "plan">): PlanZicht {
  if (!zicht.plan) return "geen";
  return user.rol === "VRIJWILLIGER" ? "maatje" : "alles";
}

/** The plan's acties a user may select, as a where-clause on Actie; null = none. */
export function planActieScope(user: SessionUser, zicht: Pick<DossierZicht, "plan">): Prisma.ActieWhereInput | null {
  const deel = planZicht(user, zicht);
  if (deel === "geen") return null;
  if (deel === "maatje") return { OR: [{ voor: "MAATJE" }, { isHuiswerk: true }] };
  return {};
}
