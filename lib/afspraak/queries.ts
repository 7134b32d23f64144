import "server-only";
import { auditDossierBekeken } from "@/lib/audit";
import { can, verslagScope, type SessionUser } from "@/lib/authz";
import { laadDossierZicht, loadInburgeraar } from "@/lib/inburgeraar/laad";
import { db } from "@/lib/db";
import type { AfspraakStatus, AfspraakType, Fase, Leefgebied } from "@/lib/db/generated/enums";
import { dateKolomNaarKalenderdatum, type Kalenderdatum } from "@/lib/tijd";
import { logStandaarden } from "./rules";

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
  /** The log form offers "Verslag delen met het maatje". */
  kanVerslagDelen: boolean;
}

const AFSPRAAK_SELECT = {
  id: true,
  start: true,
  duurMinuten: true,
  type: true,
  status: true,
  leefgebieden: true,
  metTolk: true,
  tolkTaal: true,
  volgendContact: true,
  isEindgesprek: true,
  deelMetMaatje: true,
  version: true,
  medewerker: { select: { naam: true } },
  gelogdDoor: { select: { naam: true } },
} as const;

/** What was written: only selected where the policy lets this user read it (lib/authz verslagScope). */
const VERSLAG_SELECT = { onderwerp: true, verslag: true } as const;

/**
 * The afspraken of one dossier: upcoming first (soonest first), then the past
 * (latest first). The dossier must be in the user's scope with its afspraken
 * visible (consent for a consulent); verslagen and subjects only where the
 * policy allows (a volunteer: their own and those shared with the maatje), and
 * the location only with the contact details.
 */
export async function getDossierAfspraken(user: SessionUser, inburgeraarId: string, nu: Date = new Date()): Promise<DossierAfspraken> {
  const zicht = await laadDossierZicht(user, inburgeraarId, nu);
  const persoon = await loadInburgeraar(db(), {
    user,
    id: inburgeraarId,
    need: ["afspraken"],
    now: nu,
    select: { id: true, voornaam: true, fase: true, tolkNodig: zicht.persoon, tolkTaal: zicht.persoon },
  });
  await auditDossierBekeken(user, inburgeraarId, "afspraken");
  const metVerslag = verslagScope(user, zicht);
  const basis = { ...AFSPRAAK_SELECT, locatie: zicht.contact } as const;
  const [leesbaar, overig, openChecklist] = await Promise.all([
    metVerslag
      ? db().afspraak.findMany({
          where: { AND: [{ inburgeraarId }, metVerslag] },
          orderBy: { start: "desc" },
          take: 200,
          select: { ...basis, ...VERSLAG_SELECT },
        })
      : Promise.resolve([]),
    db().afspraak.findMany({
      where: metVerslag ? { AND: [{ inburgeraarId }, { NOT: metVerslag }] } : { inburgeraarId },
      orderBy: { start: "desc" },
      take: 200,
      select: basis,
    }),
    can(user, "checklist:bijwerken") && zicht.checklist
      ? db().checklistItem.findMany({
          where: { inburgeraarId, status: { in: ["OPEN", "BEZIG"] } },
          orderBy: [{ volgorde: "asc" }, { titel: "asc" }],
          select: { id: true, titel: true },
        })
      : Promise.resolve([]),
  ]);
  const rijen = [...leesbaar, ...overig.map((r) => ({ ...r, onderwerp: null, verslag: null }))]
    .sort((a, b) => b.start.getTime() - a.start.getTime())
    .slice(0, 200);
  const lijst: AfspraakRij[] = rijen.map((r) => ({
    id: r.id,
    start: r.start,
    duurMinuten: r.duurMinuten,
    type: r.type,
    status: r.status,
    locatie: typeof r.locatie === "string" ? r.locatie : null,
    onderwerp: r.onderwerp,
    verslag: r.verslag,
    deelMetMaatje: r.deelMetMaatje,
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
    inburgeraar: { id: persoon.id, voornaam: persoon.voornaam, fase: persoon.fase, tolkNodig: persoon.tolkNodig ?? false, tolkTaal: persoon.tolkTaal ?? null },
    komend,
    eerder,
    standaarden: logStandaarden(nu, laatsteContact?.type),
    openChecklist,
    kanPlannen: can(user, "afspraak:plannen"),
    kanLoggen: can(user, "afspraak:loggen"),
    kanVerslagDelen: can(user, "verslag:delen-met-maatje"),
  };
}
