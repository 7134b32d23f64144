import "server-only";
import { actieveToewijzing, assertCan, gebruikerScope, type SessionUser } from "@/lib/authz";
import { db } from "@/lib/db";
import type { Rol } from "@/lib/db/generated/enums";

export interface TeamlidRij {
  id: string;
  naam: string;
  rol: Rol;
  team: string | null;
  aantalInburgeraars: number;
  /** For volunteers: how many maatjes they said they can take. */
  maxMaatjes: number | null;
  actief: boolean;
}

/** The people who guide inburgeraars in the user's organisation, with their caseload. */
export async function teamOverzicht(user: SessionUser): Promise<TeamlidRij[]> {
  assertCan(user, "team:bekijken");
  const now = new Date();
  const leden = await db().gebruiker.findMany({
    where: { ...gebruikerScope(user), rol: { in: ["BEGELEIDER", "VRIJWILLIGER", "TEAMLEIDER"] } },
    orderBy: [{ rol: "asc" }, { naam: "asc" }],
    select: {
      id: true,
      naam: true,
      rol: true,
      actief: true,
      team: { select: { naam: true } },
      vrijwilligerProfiel: { select: { maxMaatjes: true } },
      _count: { select: { toewijzingen: { where: actieveToewijzing(now) } } },
    },
  });
  return leden.map((l) => ({
    id: l.id,
    naam: l.naam,
    rol: l.rol,
    team: l.team?.naam ?? null,
    aantalInburgeraars: l._count.toewijzingen,
    maxMaatjes: l.vrijwilligerProfiel?.maxMaatjes ?? null,
    actief: l.actief,
  }));
}

/** People still in guidance without an active maatje: the teamleider's matching list. */
export async function zonderMaatje(user: SessionUser, now = new Date()) {
  assertCan(user, "toewijzing:beheren");
  const rows = await db().inburgeraar.findMany({
    where: {
      organisatieId: user.organisatieId,
      fase: { in: ["OPSTARTFASE", "BEGELEIDINGSFASE"] },
      toewijzingen: { none: { rol: "MAATJE", ...actieveToewijzing(now) } },
    },
    orderBy: [{ faseSinds: "asc" }],
    take: 50,
    select: { id: true, voornaam: true, achternaam: true, fase: true, talen: true, gemeente: { select: { naam: true } } },
  });
  return rows.map((r) => ({ id: r.id, naam: `${r.voornaam} ${r.achternaam}`, fase: r.fase, talen: r.talen, gemeente: r.gemeente.naam }));
}
