import "server-only";
import { auditDossierBekeken, dossierBekekenSql } from "@/lib/audit";
import { actieveToewijzing, assertCan, can, inburgeraarScope, type DossierDeel, type SessionUser } from "@/lib/authz";
import { deelScopeSql, inburgeraarScopeSql, verslagScopeSql } from "@/lib/authz/sql-scope";
import { laadDossierZicht, loadInburgeraar, weigerDossierDeel } from "@/lib/inburgeraar/laad";
import { db } from "@/lib/db";
import { leesSql } from "@/lib/db/lees";
import { Prisma } from "@/lib/db/generated/client";
import type { AfspraakStatus, AfspraakType, Fase, Leefgebied } from "@/lib/db/generated/enums";
import { isTeLaat } from "@/lib/opstart/rules";
import { dateKolomNaarKalenderdatum, naarAmsterdamseTijd, naarKalenderdatum, vandaag, type Kalenderdatum } from "@/lib/tijd";
import { logStandaarden, sorteerOpenPunten, standaardDuur, type LogStandaarden } from "./rules";

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
  /** Shared with the maatje by the begeleider. */
  deelMetMaatje: boolean;
  leefgebieden: Leefgebied[];
  metTolk: boolean;
  tolkTaal: string | null;
  volgendContact: Kalenderdatum | null;
  isEindgesprek: boolean;
  medewerker: string;
  /** I hold this afspraak: I may move it. */
  isEigen: boolean;
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
  /** Defaults for the forms: today, now rounded, the type this user last used for this person. */
  standaarden: LogStandaarden;
  openChecklist: ChecklistKeuze[];
  kanPlannen: boolean;
  kanLoggen: boolean;
  /** The log form offers "Verslag delen met het maatje". */
  kanVerslagDelen: boolean;
}

/**
 * The afspraken of one dossier: upcoming first (soonest first), then the past
 * (latest first). The dossier must be in the user's scope with its afspraken
 * visible (consent for a consulent); verslagen and subjects only where the
 * policy allows (a volunteer: their own and those shared with the maatje), and
 * the location only with the contact details.
 */
export async function getDossierAfspraken(user: SessionUser, inburgeraarId: string, nu: Date = new Date()): Promise<DossierAfspraken> {
  assertCan(user, "inburgeraar:lezen");
  const dag = vandaag(nu);
  const deel = (d: DossierDeel) => deelScopeSql(user, d, dag, "i");
  const gelogd = Prisma.sql`a."gelogdDoorId" = ${user.id} AND a.status IN ('VOND_PLAATS', 'NIET_VERSCHENEN')`;
  // ONE statement (docs/decisions/019): the dossier through the user's scope and the afspraken's gate
  // (lib/authz/sql-scope), the view's audit row, the latest 200 afspraken as JSON, the open checklist
  // items and the type this user last logged. Each gated column only where visible: the interpreter with
  // the person's details, the location with the contact details, subject and verslag per verslagScopeSql.
  const [r] = await leesSql<AfsprakenRij[]>(Prisma.sql`
    WITH p AS (
      SELECT i.id FROM "Inburgeraar" i
       WHERE i.id = ${inburgeraarId} AND ${inburgeraarScopeSql(user, nu, "i")} AND ${deel("afspraken")}
    ),
    bekeken AS (${await dossierBekekenSql(user, inburgeraarId, "afspraken", "p")})
    SELECT i.id, i.voornaam, i.fase::text AS fase,
           CASE WHEN ${deel("persoon")} THEN i."tolkNodig" END AS "tolkNodig",
           CASE WHEN ${deel("persoon")} THEN i."tolkTaal" END AS "tolkTaal",
           COALESCE((SELECT json_agg(json_build_object(
                      'id', a.id, 'start', to_char(a.start, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'duurMinuten', a."duurMinuten", 'type', a.type, 'status', a.status,
                      'locatie', CASE WHEN ${deel("contact")} THEN a.locatie END,
                      'onderwerp', CASE WHEN ${verslagScopeSql(user, dag, "a", "i")} THEN a.onderwerp END,
                      'verslag', CASE WHEN ${verslagScopeSql(user, dag, "a", "i")} THEN a.verslag END,
                      'deelMetMaatje', a."deelMetMaatje", 'leefgebieden', COALESCE(a.leefgebieden, ARRAY[]::"Leefgebied"[]), 'metTolk', a."metTolk", 'tolkTaal', a."tolkTaal",
                      'volgendContact', a."volgendContact", 'isEindgesprek', a."isEindgesprek", 'medewerkerId', a."medewerkerId", 'medewerker', m.naam,
                      'gelogdDoor', g.naam, 'version', a.version) ORDER BY a.start DESC)
                       FROM (SELECT * FROM "Afspraak" a WHERE a."inburgeraarId" = i.id ORDER BY a.start DESC LIMIT 200) a
                       JOIN "Gebruiker" m ON m.id = a."medewerkerId" LEFT JOIN "Gebruiker" g ON g.id = a."gelogdDoorId"), '[]'::json) AS afspraken,
           ${
             can(user, "checklist:bijwerken")
               ? Prisma.sql`CASE WHEN ${deel("checklist")} THEN (SELECT json_agg(json_build_object('id', c.id, 'titel', c.titel) ORDER BY c.volgorde, c.titel)
                                  FROM "ChecklistItem" c WHERE c."inburgeraarId" = i.id AND c.status IN ('OPEN', 'BEZIG')) END`
               : Prisma.sql`NULL::json`
           } AS "openChecklist",
           -- laatsteTypeVan in SQL: with this person, else with anyone in my scope (evaluated only when the first is null).
           COALESCE((SELECT a.type::text FROM "Afspraak" a WHERE ${gelogd} AND a."inburgeraarId" = i.id ORDER BY a.start DESC LIMIT 1),
                    (SELECT a.type::text FROM "Afspraak" a JOIN "Inburgeraar" j ON j.id = a."inburgeraarId"
                      WHERE ${gelogd} AND ${inburgeraarScopeSql(user, nu, "j")} ORDER BY a.start DESC LIMIT 1)) AS "laatsteType"
      FROM p JOIN "Inburgeraar" i ON i.id = p.id`);
  if (!r) return weigerDossierDeel(user, inburgeraarId, ["afspraken"], nu);
  const lijst: AfspraakRij[] = r.afspraken.map((a) => {
    const start = new Date(a.start);
    return {
      id: a.id,
      start,
      duurMinuten: a.duurMinuten,
      type: a.type,
      status: a.status,
      locatie: a.locatie,
      onderwerp: a.onderwerp,
      verslag: a.verslag,
      deelMetMaatje: a.deelMetMaatje,
      leefgebieden: a.leefgebieden,
      metTolk: a.metTolk,
      tolkTaal: a.tolkTaal,
      volgendContact: a.volgendContact,
      isEindgesprek: a.isEindgesprek,
      medewerker: a.medewerker,
      isEigen: a.medewerkerId === user.id,
      gelogdDoor: a.gelogdDoor,
      version: a.version,
      moetGelogd: a.status === "GEPLAND" && start <= nu,
    };
  });
  const komend = lijst.filter((a) => a.status === "GEPLAND" && a.start > nu).reverse();
  const eerder = lijst.filter((a) => !(a.status === "GEPLAND" && a.start > nu));
  const tolk = { nodig: r.tolkNodig ?? false, taal: r.tolkTaal ?? null };
  return {
    inburgeraar: { id: r.id, voornaam: r.voornaam, fase: r.fase, tolkNodig: tolk.nodig, tolkTaal: tolk.taal },
    komend,
    eerder,
    standaarden: logStandaarden(nu, r.laatsteType, tolk),
    openChecklist: r.openChecklist ?? [],
    kanPlannen: can(user, "afspraak:plannen"),
    kanLoggen: can(user, "afspraak:loggen"),
    kanVerslagDelen: can(user, "verslag:delen-met-maatje"),
  };
}

/** The row of getDossierAfspraken's query: the dossier, its afspraken as JSON (start as ISO 8601 UTC, dates as "YYYY-MM-DD"). */
interface AfsprakenRij {
  id: string;
  voornaam: string;
  fase: Fase;
  tolkNodig: boolean | null;
  tolkTaal: string | null;
  /** An AfspraakRij as the query writes it: the start as a string, who holds it instead of isEigen, nothing derived. */
  afspraken: (Omit<AfspraakRij, "start" | "isEigen" | "moetGelogd"> & { start: string; medewerkerId: string })[];
  openChecklist: ChecklistKeuze[] | null;
  laatsteType: AfspraakType | null;
}

/**
 * The type of contact this user last logged with this person; else the type
 * they last logged with anyone; null when they never logged one. (Not the
 * person's last contact by anyone: a maatje does not make the begeleider's
 * office visits.)
 */
async function laatsteTypeVan(user: SessionUser, inburgeraarId: string): Promise<AfspraakType | null> {
  const gelogd = { gelogdDoorId: user.id, status: { in: ["VOND_PLAATS", "NIET_VERSCHENEN"] as AfspraakStatus[] } };
  const metPersoon = await db().afspraak.findFirst({ where: { ...gelogd, inburgeraarId }, orderBy: { start: "desc" }, select: { type: true } });
  if (metPersoon) return metPersoon.type;
  const ooit = await db().afspraak.findFirst({ where: { ...gelogd, inburgeraar: inburgeraarScope(user) }, orderBy: { start: "desc" }, select: { type: true } });
  return ooit?.type ?? null;
}

export interface OpenPunt {
  id: string;
  titel: string;
  deadline: Kalenderdatum | null;
  isTeLaat: boolean;
}

export interface ContactFormulier {
  inburgeraar: { id: string; naam: string; voornaam: string; fase: Fase };
  standaarden: LogStandaarden;
  /** Logging a planned afspraak: its id, version and details. */
  gepland: { id: string; version: number; start: Date; type: AfspraakType } | null;
  /** Open checklist items this contact could have settled, late first. */
  openPunten: OpenPunt[];
  toonEindgesprek: boolean;
  kanPlannen: boolean;
  /** The form offers "Verslag delen met het maatje". */
  kanVerslagDelen: boolean;
}

/**
 * Everything the "Contact vastleggen" screen needs, computed on the server:
 * the person, the form's defaults (see logStandaarden) and the open checklist
 * items. With `afspraakId`, the planned afspraak being logged (its own type,
 * time and duration once its time has come). The dossier must be in scope
 * with its afspraken visible; the interpreter only with the person's details,
 * the checklist only where the user sees and updates it. Records the view.
 */
export async function getContactFormulier(
  user: SessionUser,
  inburgeraarId: string,
  opties: { afspraakId?: string } = {},
  nu: Date = new Date(),
): Promise<ContactFormulier> {
  assertCan(user, "afspraak:loggen");
  const zicht = await laadDossierZicht(user, inburgeraarId, nu);
  const persoon = await loadInburgeraar(db(), {
    user,
    id: inburgeraarId,
    need: ["afspraken"],
    now: nu,
    select: { id: true, voornaam: true, achternaam: true, fase: true, tolkNodig: zicht.persoon, tolkTaal: zicht.persoon },
  });
  await auditDossierBekeken(user, inburgeraarId, "contact-vastleggen");
  const [laatsteType, gepland, punten] = await Promise.all([
    laatsteTypeVan(user, inburgeraarId),
    opties.afspraakId
      ? db().afspraak.findFirst({
          where: { id: opties.afspraakId, inburgeraarId, status: "GEPLAND" },
          select: { id: true, version: true, start: true, type: true, duurMinuten: true, metTolk: true, tolkTaal: true },
        })
      : Promise.resolve(null),
    can(user, "checklist:bijwerken") && zicht.checklist
      ? db().checklistItem.findMany({
          where: { inburgeraarId, status: { in: ["OPEN", "BEZIG"] } },
          orderBy: [{ volgorde: "asc" }, { titel: "asc" }],
          take: 100,
          select: { id: true, titel: true, deadline: true, status: true, volgorde: true },
        })
      : Promise.resolve([]),
  ]);
  let standaarden = logStandaarden(nu, laatsteType, { nodig: persoon.tolkNodig ?? false, taal: persoon.tolkTaal ?? null });
  if (gepland) {
    standaarden = {
      ...standaarden,
      type: gepland.type,
      duurMinuten: gepland.duurMinuten ?? standaardDuur(gepland.type),
      // A planned afspraak whose time has come keeps its own date and time; one still ahead is logged as just now.
      ...(gepland.start <= nu ? { datum: naarKalenderdatum(gepland.start), tijd: naarAmsterdamseTijd(gepland.start) } : {}),
      metTolk: gepland.metTolk || standaarden.metTolk,
      tolkTaal: gepland.tolkTaal ?? standaarden.tolkTaal,
    };
  }
  const peildatum = vandaag(nu);
  const openPunten = sorteerOpenPunten(
    punten.map((p) => {
      const deadline = p.deadline ? dateKolomNaarKalenderdatum(p.deadline) : null;
      return { id: p.id, titel: p.titel, deadline, volgorde: p.volgorde, isTeLaat: isTeLaat({ deadline, status: p.status }, peildatum) };
    }),
  ).map((p) => ({ id: p.id, titel: p.titel, deadline: p.deadline, isTeLaat: p.isTeLaat }));
  return {
    inburgeraar: { id: persoon.id, naam: `${persoon.voornaam} ${persoon.achternaam}`, voornaam: persoon.voornaam, fase: persoon.fase },
    standaarden,
    gepland: gepland ? { id: gepland.id, version: gepland.version, start: gepland.start, type: gepland.type } : null,
    openPunten,
    toonEindgesprek: persoon.fase === "AFRONDING",
    kanPlannen: can(user, "afspraak:plannen"),
    kanVerslagDelen: can(user, "verslag:delen-met-maatje"),
  };
}

/** At most this many people are offered for a group contact (the people I guide). */
const MAX_GROEP_KANDIDATEN = 200;

/**
 * The people a group contact can be logged for: those assigned to me, in my
 * scope, with a running trajectory; by name. Only name and id are selected.
 */
export async function getGroepKandidaten(user: SessionUser, nu: Date = new Date()): Promise<{ id: string; naam: string }[]> {
  assertCan(user, "afspraak:loggen");
  const rijen = await db().inburgeraar.findMany({
    where: {
      AND: [inburgeraarScope(user, nu), { toewijzingen: { some: { gebruikerId: user.id, ...actieveToewijzing(nu) } } }, { fase: { not: "AFGESLOTEN" } }],
    },
    orderBy: [{ voornaam: "asc" }, { achternaam: "asc" }],
    take: MAX_GROEP_KANDIDATEN,
    select: { id: true, voornaam: true, achternaam: true },
  });
  return rijen.map((r) => ({ id: r.id, naam: `${r.voornaam} ${r.achternaam}` }));
}
