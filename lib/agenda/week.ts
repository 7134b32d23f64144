import "server-only";
import { assertCan, inburgeraarScope, type SessionUser } from "@/lib/authz";
import { standaardDuur } from "@/lib/afspraak/rules";
import { db } from "@/lib/db";
import type { AfspraakStatus, AfspraakType } from "@/lib/db/generated/enums";
import { amsterdamNaarInstant, plusDagen, type Kalenderdatum } from "@/lib/tijd";

export interface AgendaAfspraak {
  id: string;
  start: Date;
  eind: Date;
  type: AfspraakType;
  status: AfspraakStatus;
  locatie: string | null;
  metTolk: boolean;
  inburgeraar: { id: string; naam: string };
  /** Planned and its time has passed: still to be logged. */
  moetGelogd: boolean;
}

/** The end of an afspraak: its duration, or the type's usual one. */
export const eindVan = (start: Date, duurMinuten: number | null, type: AfspraakType) =>
  new Date(start.getTime() + (duurMinuten ?? standaardDuur(type)) * 60_000);

/**
 * My afspraken in the week from `maandag` (seven Amsterdam days), only for
 * people still in my scope: a dossier handed over drops out of my agenda.
 * (Signed in, so the location is shown here; the feed never carries it.)
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
    moetGelogd: r.status === "GEPLAND" && r.start <= nu,
  }));
}
