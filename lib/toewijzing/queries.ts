import "server-only";
import { actieveToewijzing, assertCan, inburgeraarScope, type SessionUser } from "@/lib/authz";
import { db } from "@/lib/db";
import type { Rol, ToewijzingRol } from "@/lib/db/generated/enums";
import { notFound } from "@/lib/errors";
import { dateKolomNaarKalenderdatum, vandaag } from "@/lib/tijd";
import { isVol, vogStatus } from "./rules";

export interface Kandidaat {
  id: string;
  naam: string;
  rol: Rol;
  aantal: number;
  maxMaatjes: number | null;
  talen: string[];
  isVol: boolean;
  vog: "GEEN" | "OUD" | "OK" | null;
}

/** Who guides this person now and before, and who could be assigned (teamleider). */
export async function getToewijzingen(user: SessionUser, inburgeraarId: string, now = new Date()) {
  assertCan(user, "toewijzing:beheren");
  const persoon = await db().inburgeraar.findFirst({
    where: { id: inburgeraarId, ...inburgeraarScope(user, now) },
    select: {
      id: true,
      voornaam: true,
      achternaam: true,
      talen: true,
      toewijzingen: {
        orderBy: { vanaf: "desc" },
        select: {
          id: true,
          rol: true,
          vanaf: true,
          tot: true,
          reden: true,
          gebruiker: { select: { id: true, naam: true } },
          toegewezenDoor: { select: { naam: true } },
        },
      },
    },
  });
  if (!persoon) throw notFound();
  const isActief = (t: { tot: Date | null }) => t.tot === null || t.tot > now;
  const gebruikers = await db().gebruiker.findMany({
    where: { organisatieId: user.organisatieId, actief: true, rol: { in: ["BEGELEIDER", "TEAMLEIDER", "VRIJWILLIGER"] } },
    orderBy: { naam: "asc" },
    select: {
      id: true,
      naam: true,
      rol: true,
      vrijwilligerProfiel: { select: { maxMaatjes: true, talen: true, vogDatum: true } },
      _count: { select: { toewijzingen: { where: actieveToewijzing(now) } } },
    },
  });
  const today = vandaag(now);
  const kandidaten: Kandidaat[] = gebruikers.map((g) => ({
    id: g.id,
    naam: g.naam,
    rol: g.rol,
    aantal: g._count.toewijzingen,
    maxMaatjes: g.vrijwilligerProfiel?.maxMaatjes ?? null,
    talen: g.vrijwilligerProfiel?.talen ?? [],
    isVol: g.rol === "VRIJWILLIGER" && isVol(g._count.toewijzingen, g.vrijwilligerProfiel?.maxMaatjes),
    vog: g.vrijwilligerProfiel ? vogStatus(g.vrijwilligerProfiel.vogDatum ? dateKolomNaarKalenderdatum(g.vrijwilligerProfiel.vogDatum) : null, today) : null,
  }));
  return {
    persoon: { id: persoon.id, naam: `${persoon.voornaam} ${persoon.achternaam}`, talen: persoon.talen },
    actief: persoon.toewijzingen.filter(isActief),
    historie: persoon.toewijzingen.filter((t) => !isActief(t)),
    kandidaten,
  };
}

export type ToewijzingRolKeuze = ToewijzingRol;
