import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { assertCan, type SessionUser } from "@/lib/authz";
import { inburgeraarScopeSql } from "@/lib/authz/sql-scope";
import { standaardDuur } from "@/lib/afspraak/rules";
import type { AfspraakRij } from "@/lib/afspraak/queries";
import { leesSql } from "@/lib/db/lees";
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

/** One row of the week's statement: the afspraak's own fields as the dossier reads them, and the person's name. */
type WeekRij = Pick<AfspraakRij, "id" | "start" | "duurMinuten" | "type" | "status" | "locatie" | "metTolk"> & {
  inburgeraarId: string;
  voornaam: string;
  achternaam: string;
};

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
  // One raw query (docs/decisions/019): Prisma's query compiler costs more than the query itself on this hot page.
  const rijen = await leesSql<WeekRij[]>(Prisma.sql`
    SELECT a.id, a.start, a."duurMinuten", a.type::text AS type, a.status::text AS status, a.locatie, a."metTolk",
           i.id AS "inburgeraarId", i.voornaam, i.achternaam
      FROM "Afspraak" a JOIN "Inburgeraar" i ON i.id = a."inburgeraarId"
     WHERE a."medewerkerId" = ${user.id} AND a.start >= ${van} AND a.start < ${tot} AND ${inburgeraarScopeSql(user, nu, "i")}
     ORDER BY a.start ASC, a.id ASC`);
  return rijen.map((r) => ({
    id: r.id,
    start: r.start,
    eind: eindVan(r.start, r.duurMinuten, r.type),
    type: r.type,
    status: r.status,
    locatie: r.locatie,
    metTolk: r.metTolk,
    inburgeraar: { id: r.inburgeraarId, naam: `${r.voornaam} ${r.achternaam}` },
    moetGelogd: r.status === "GEPLAND" && r.start <= nu,
  }));
}
