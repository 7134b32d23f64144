import "server-only";
import { auditDossierBekeken } from "@/lib/audit";
import { assertCan, can, dossierOnderdeelScope, inburgeraarScope, type SessionUser } from "@/lib/authz";
import { db } from "@/lib/db";
import type { AfspraakStatus, AfspraakType, Fase, Leefgebied } from "@/lib/db/generated/enums";
import { notFound } from "@/lib/errors";
import { amsterdamNaarInstant, dateKolomNaarKalenderdatum, plusDagen, vandaag, type Kalenderdatum } from "@/lib/tijd";
import { bouwIcal, type IcalEvent } from "./ical";
import { AFSPRAAK_TYPE_LABELS } from "./labels";
import { korteNaam, logStandaarden, standaardDuur } from "./rules";

/** Reads of the afspraken module; every one is scoped by the signed-in user. */

export interface AfspraakRij {
  id: string;
  start: Date;
  duurMinuten: number | null;
  type: AfspraakType;
  status: AfspraakStatus;
  locatie: string | null;
  onderwerp: string | null;
  verslag: string | null;
  leefgebieden: Leefgebied[];
  metTolk: boolean;
  tolkTaal: string | null;
  volgendContact: Kalenderdatum | null;
  isEindgesprek: boolean;
  medewerker: string;
  gelogdDoor: string | null;
  version: number;
  /** Planned and its time has passed: waiting to be logged. */
  moetGelogd: boolean;
}

export interface ChecklistKeuze {
  id: string;
  titel: string;
}

export interface DossierAfspraken {
  inburgeraar: { id: string; voornaam: string; fase: Fase; tolkNodig: boolean; tolkTaal: string | null };
  komend: AfspraakRij[];
  eerder: AfspraakRij[];
  /** Defaults for the log form: today, now rounded, type of the last contact. */
  standaarden: ReturnType<typeof logStandaarden>;
  openChecklist: ChecklistKeuze[];
  kanPlannen: boolean;
  kanLoggen: boolean;
}

const AFSPRAAK_SELECT = {
  id: true,
  start: true,
  duurMinuten: true,
  type: true,
  status: true,
  locatie: true,
  onderwerp: true,
  verslag: true,
  leefgebieden: true,
  metTolk: true,
  tolkTaal: true,
  volgendContact: true,
  isEindgesprek: true,
  version: true,
  medewerker: { select: { naam: true } },
  gelogdDoor: { select: { naam: true } },
} as const;

/** The afspraken of one dossier: upcoming first (soonest first), then the past (latest first). */
export async function getDossierAfspraken(user: SessionUser, inburgeraarId: string, nu: Date = new Date()): Promise<DossierAfspraken> {
  assertCan(user, "inburgeraar:lezen");
  const persoon = await db().inburgeraar.findFirst({
    where: { id: inburgeraarId, ...inburgeraarScope(user, nu), ...dossierOnderdeelScope(user, "AFSPRAKEN", nu) },
    select: { id: true, voornaam: true, fase: true, tolkNodig: true, tolkTaal: true },
  });
  if (!persoon) throw notFound();
  await auditDossierBekeken(user, inburgeraarId, "afspraken");
  const [rijen, openChecklist] = await Promise.all([
    db().afspraak.findMany({ where: { inburgeraarId }, orderBy: { start: "desc" }, take: 200, select: AFSPRAAK_SELECT }),
    can(user, "checklist:bijwerken")
      ? db().checklistItem.findMany({
          where: { inburgeraarId, status: { in: ["OPEN", "BEZIG"] } },
          orderBy: [{ volgorde: "asc" }, { titel: "asc" }],
          select: { id: true, titel: true },
        })
      : Promise.resolve([]),
  ]);
  const lijst: AfspraakRij[] = rijen.map((r) => ({
    id: r.id,
    start: r.start,
    duurMinuten: r.duurMinuten,
    type: r.type,
    status: r.status,
    locatie: r.locatie,
    onderwerp: r.onderwerp,
    verslag: r.verslag,
    leefgebieden: r.leefgebieden,
    metTolk: r.metTolk,
    tolkTaal: r.tolkTaal,
    volgendContact: r.volgendContact ? dateKolomNaarKalenderdatum(r.volgendContact) : null,
    isEindgesprek: r.isEindgesprek,
    medewerker: r.medewerker.naam,
    gelogdDoor: r.gelogdDoor?.naam ?? null,
    version: r.version,
    moetGelogd: r.status === "GEPLAND" && r.start <= nu,
  }));
  const komend = lijst.filter((a) => a.status === "GEPLAND" && a.start > nu).reverse();
  const eerder = lijst.filter((a) => !(a.status === "GEPLAND" && a.start > nu));
  const laatsteContact = lijst.find((a) => a.status !== "GEPLAND" && a.status !== "GEANNULEERD");
  return {
    inburgeraar: persoon,
    komend,
    eerder,
    standaarden: logStandaarden(nu, laatsteContact?.type),
    openChecklist,
    kanPlannen: can(user, "afspraak:plannen"),
    kanLoggen: can(user, "afspraak:loggen"),
  };
}

export interface AgendaAfspraak {
  id: string;
  start: Date;
  eind: Date;
  type: AfspraakType;
  status: AfspraakStatus;
  locatie: string | null;
  metTolk: boolean;
  inburgeraar: { id: string; naam: string };
}

const eindVan = (start: Date, duurMinuten: number | null, type: AfspraakType) =>
  new Date(start.getTime() + (duurMinuten ?? standaardDuur(type)) * 60_000);

/**
 * My afspraken in the week from `maandag` (seven Amsterdam days), only for
 * people still in my scope: a dossier handed over drops out of my agenda.
 */
export async function getMijnWeek(user: SessionUser, maandag: Kalenderdatum, nu: Date = new Date()): Promise<AgendaAfspraak[]> {
  assertCan(user, "agenda:eigen");
  const van = amsterdamNaarInstant(maandag, "00:00");
  const tot = amsterdamNaarInstant(plusDagen(maandag, 7), "00:00");
  const rijen = await db().afspraak.findMany({
    where: { medewerkerId: user.id, start: { gte: van, lt: tot }, inburgeraar: inburgeraarScope(user, nu) },
    orderBy: { start: "asc" },
    select: {
      id: true,
      start: true,
      duurMinuten: true,
      type: true,
      status: true,
      locatie: true,
      metTolk: true,
      inburgeraar: { select: { id: true, voornaam: true, achternaam: true } },
    },
  });
  return rijen.map((r) => ({
    id: r.id,
    start: r.start,
    eind: eindVan(r.start, r.duurMinuten, r.type),
    type: r.type,
    status: r.status,
    locatie: r.locatie,
    metTolk: r.metTolk,
    inburgeraar: { id: r.inburgeraar.id, naam: `${r.inburgeraar.voornaam} ${r.inburgeraar.achternaam}` },
  }));
}

/** The user's own feed token (null = no feed). */
export async function getAgendaToken(user: SessionUser): Promise<string | null> {
  assertCan(user, "agenda:eigen");
  const g = await db().gebruiker.findFirst({
    where: { id: user.id, organisatieId: user.organisatieId },
    select: { agendaToken: true },
  });
  return g?.agendaToken ?? null;
}

export const FEED_DAGEN_TERUG = 30;
export const FEED_DAGEN_VOORUIT = 366;

/**
 * The iCalendar text for a feed token, or null for an unknown or revoked
 * token, an inactive user or a role without a personal agenda. No session:
 * the token is the credential. Only planned afspraken, and only a first name
 * plus initial: the calendar leaves Wegwijs's protection.
 */
export async function getAgendaFeed(token: string, nu: Date = new Date()): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{40,60}$/.test(token)) return null;
  const g = await db().gebruiker.findUnique({
    where: { agendaToken: token },
    select: { id: true, organisatieId: true, rol: true, naam: true, actief: true, teamId: true, email: true, organisatie: { select: { naam: true } } },
  });
  if (!g || !g.actief) return null;
  const user: SessionUser = {
    id: g.id,
    sessieId: "",
    organisatieId: g.organisatieId,
    organisatieNaam: g.organisatie.naam,
    teamId: g.teamId,
    rol: g.rol,
    naam: g.naam,
    email: g.email,
    gemeenteIds: [],
    moetWachtwoordWijzigen: false,
  };
  if (!can(user, "agenda:eigen")) return null;
  const vandaagDatum = vandaag(nu);
  const van = amsterdamNaarInstant(plusDagen(vandaagDatum, -FEED_DAGEN_TERUG), "00:00");
  const tot = amsterdamNaarInstant(plusDagen(vandaagDatum, FEED_DAGEN_VOORUIT), "00:00");
  const rijen = await db().afspraak.findMany({
    where: { medewerkerId: g.id, status: "GEPLAND", start: { gte: van, lt: tot }, inburgeraar: inburgeraarScope(user, nu) },
    orderBy: { start: "asc" },
    take: 2000,
    select: {
      id: true,
      start: true,
      duurMinuten: true,
      type: true,
      locatie: true,
      metTolk: true,
      updatedAt: true,
      inburgeraar: { select: { voornaam: true, achternaam: true } },
    },
  });
  const events: IcalEvent[] = rijen.map((r) => ({
    uid: `${r.id}@wegwijs`,
    start: r.start,
    eind: eindVan(r.start, r.duurMinuten, r.type),
    summary: `${AFSPRAAK_TYPE_LABELS[r.type]}: ${korteNaam(r.inburgeraar.voornaam, r.inburgeraar.achternaam)}${r.metTolk ? " (met tolk)" : ""}`,
    location: r.locatie,
    gewijzigd: r.updatedAt,
  }));
  return bouwIcal({ naam: "Wegwijs – mijn afspraken", nu, events });
}

