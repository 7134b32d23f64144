import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { actieveToewijzing, assertCan, inburgeraarScope, type SessionUser } from "@/lib/authz";
import { inburgeraarScopeSql } from "@/lib/authz/sql-scope";
import { db } from "@/lib/db";
import { leesSql } from "@/lib/db/lees";
import type { Rol, ToewijzingRol } from "@/lib/db/generated/enums";
import { notFound } from "@/lib/errors";
import { rangschik, taalMatch, type MatchKandidaat } from "@/lib/matching/rules";
import { dateKolomNaarKalenderdatum, vandaag } from "@/lib/tijd";
import { vogOordeel, type VogStatus } from "@/lib/vrijwilliger/rules";
import { isVol } from "./rules";

export interface Kandidaat {
  id: string;
  naam: string;
  rol: Rol;
  aantal: number;
  maxMaatjes: number | null;
  talen: string[];
  isVol: boolean;
  vog: VogStatus | null;
  /** Volunteers: suggested as maatje (no exception needed). */
  isVoorgesteld: boolean;
  /** Volunteers not suggested: why, in words. */
  nietVoorgesteldOmdat: string | null;
}

/** How many suggestions the page shows; the rest can still be picked by hand. */
export const AANTAL_SUGGESTIES = 5;

/**
 * Who guides this person now and before, who could be assigned, and the
 * volunteers suggested as maatje with their reasons (teamleider).
 * The ranking needs every active volunteer of the organisation (a few hundred
 * at most: Groningen has 300); they are loaded with only what ranking needs.
 */
export async function getToewijzingen(user: SessionUser, inburgeraarId: string, now = new Date()) {
  assertCan(user, "toewijzing:beheren");
  const persoon = await db().inburgeraar.findFirst({
    where: { id: inburgeraarId, ...inburgeraarScope(user, now) },
    select: {
      id: true,
      voornaam: true,
      achternaam: true,
      fase: true,
      talen: true,
      tolkNodig: true,
      tolkTaal: true,
      doelgroepen: true,
      maatjeGewenstSinds: true,
      gemeente: { select: { id: true, naam: true } },
      toewijzingen: {
        orderBy: { vanaf: "desc" },
        select: {
          id: true,
          rol: true,
          vanaf: true,
          tot: true,
          reden: true,
          overdrachtNotitie: true,
          overdrachtGelezenOp: true,
          uitzonderingReden: true,
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
      actief: true,
      gemeenten: { select: { gemeenteId: true } },
      vrijwilligerProfiel: { select: { maxMaatjes: true, talen: true, vogDatum: true, status: true, taken: true, voorkeurDoelgroepen: true } },
      _count: { select: { toewijzingen: { where: actieveToewijzing(now) } } },
    },
  });
  const today = vandaag(now);
  const kd = (d: Date | null) => (d ? dateKolomNaarKalenderdatum(d) : null);
  const matchKandidaten: MatchKandidaat[] = gebruikers
    .filter((g) => g.rol === "VRIJWILLIGER" && g.vrijwilligerProfiel)
    .map((g) => {
      const p = g.vrijwilligerProfiel!;
      return {
        id: g.id,
        naam: g.naam,
        accountActief: g.actief,
        status: p.status,
        taken: p.taken,
        talen: p.talen,
        gemeenteIds: g.gemeenten.map((x) => x.gemeenteId),
        voorkeurDoelgroepen: p.voorkeurDoelgroepen ?? [],
        vogDatum: kd(p.vogDatum),
        maxMaatjes: p.maxMaatjes,
        // Only maatje assignments count against the maximum.
        aantalMaatjes: 0,
      };
    });
  // Count active maatjes per volunteer (one grouped query).
  const maatjesTelling = await db().toewijzing.groupBy({
    by: ["gebruikerId"],
    where: { rol: "MAATJE", ...actieveToewijzing(now), gebruiker: { organisatieId: user.organisatieId, rol: "VRIJWILLIGER" } },
    _count: { _all: true },
  });
  const aantalMaatjes = new Map(maatjesTelling.map((m) => [m.gebruikerId, m._count._all]));
  for (const k of matchKandidaten) k.aantalMaatjes = aantalMaatjes.get(k.id) ?? 0;

  const huidigMaatje = persoon.toewijzingen.find((t) => t.rol === "MAATJE" && isActief(t))?.gebruiker.id;
  const matchPersoon = {
    talen: persoon.talen,
    tolkNodig: persoon.tolkNodig,
    tolkTaal: persoon.tolkTaal,
    gemeenteId: persoon.gemeente.id,
    gemeenteNaam: persoon.gemeente.naam,
    doelgroepen: persoon.doelgroepen,
  };
  const matching = rangschik(
    matchPersoon,
    matchKandidaten.filter((k) => k.id !== huidigMaatje),
    today,
  );
  const voorgesteldIds = new Set(matching.voorgesteld.map((s) => s.kandidaat.id));
  const nietVoorgesteld = new Map(matching.nietVoorgesteld.map((n) => [n.kandidaat.id, n.tekst]));
  const kandidaten: Kandidaat[] = gebruikers.map((g) => ({
    id: g.id,
    naam: g.naam,
    rol: g.rol,
    aantal: g.rol === "VRIJWILLIGER" ? (aantalMaatjes.get(g.id) ?? 0) : g._count.toewijzingen,
    maxMaatjes: g.vrijwilligerProfiel?.maxMaatjes ?? null,
    talen: g.vrijwilligerProfiel?.talen ?? [],
    isVol: g.rol === "VRIJWILLIGER" && isVol(aantalMaatjes.get(g.id) ?? 0, g.vrijwilligerProfiel?.maxMaatjes),
    vog: g.vrijwilligerProfiel ? vogOordeel(kd(g.vrijwilligerProfiel.vogDatum), today).status : null,
    isVoorgesteld: voorgesteldIds.has(g.id),
    nietVoorgesteldOmdat: nietVoorgesteld.get(g.id) ?? null,
  }));
  const toon = (t: (typeof persoon.toewijzingen)[number]) => ({ ...t, gebruiker: t.gebruiker });
  return {
    persoon: {
      id: persoon.id,
      naam: `${persoon.voornaam} ${persoon.achternaam}`,
      voornaam: persoon.voornaam,
      fase: persoon.fase,
      talen: persoon.talen,
      tolkNodig: persoon.tolkNodig,
      tolkTaal: persoon.tolkTaal,
      gemeente: persoon.gemeente.naam,
      maatjeGewenstSinds: persoon.maatjeGewenstSinds,
    },
    actief: persoon.toewijzingen.filter(isActief).map(toon),
    historie: persoon.toewijzingen.filter((t) => !isActief(t)).map(toon),
    kandidaten,
    suggesties: matching.voorgesteld.slice(0, AANTAL_SUGGESTIES).map((s) => ({
      id: s.kandidaat.id,
      naam: s.kandidaat.naam,
      redenen: s.redenen,
      taalGaatVoorRuimte: s.taalGaatVoorRuimte,
      vrij: s.vrij,
    })),
    aantalVoorgesteld: matching.voorgesteld.length,
    // Not suggested but speaking the person's language: the ones a teamleider will ask about.
    nietVoorgesteld: matching.nietVoorgesteld
      .filter((n) => taalMatch(matchPersoon, n.kandidaat.talen).niveau > 0)
      .map((n) => ({ id: n.kandidaat.id, naam: n.kandidaat.naam, tekst: n.tekst })),
    heeftMaatje: Boolean(huidigMaatje),
  };
}

export type ToewijzingRolKeuze = ToewijzingRol;

interface OverdrachtNotitieRij {
  id: string;
  rol: ToewijzingRol;
  vanaf: number;
  notitie: string;
  isGelezen: boolean;
  door: string | null;
  vorige: string | null;
}

export interface OverdrachtVoorMij {
  toewijzingId: string;
  rol: ToewijzingRol;
  notitie: string;
  isGelezen: boolean;
  door: string | null;
  vorige: string | null;
  sinds: Date;
}

/**
 * The interne overdracht note for the signed-in user on this dossier: written
 * by the teamleider when they took over, shown to them first. Null when there
 * is none. One raw statement (docs/decisions/020: every dossier page reads it):
 * my newest active assignment with a note, within my scope (inburgeraarScopeSql),
 * with who assigned it and whom it took over from (the same role's assignment
 * that ended last before it began).
 */
export async function getOverdrachtVoorMij(user: SessionUser, inburgeraarId: string, now = new Date()): Promise<OverdrachtVoorMij | null> {
  const rijen = await leesSql<OverdrachtNotitieRij[]>(Prisma.sql`
    SELECT t.id, t.rol::text AS rol, (extract(epoch FROM t.vanaf) * 1000)::float8 AS vanaf, t."overdrachtNotitie" AS notitie,
           t."overdrachtGelezenOp" IS NOT NULL AS "isGelezen", d.naam AS door,
           (SELECT g.naam FROM "Toewijzing" v JOIN "Gebruiker" g ON g.id = v."gebruikerId"
             WHERE v."inburgeraarId" = t."inburgeraarId" AND v.rol = t.rol AND v.id <> t.id AND v.tot <= t.vanaf
             ORDER BY v.tot DESC LIMIT 1) AS vorige
      FROM "Toewijzing" t
      JOIN "Inburgeraar" i ON i.id = t."inburgeraarId"
      LEFT JOIN "Gebruiker" d ON d.id = t."toegewezenDoorId"
     WHERE t."inburgeraarId" = ${inburgeraarId} AND t."gebruikerId" = ${user.id} AND t."overdrachtNotitie" IS NOT NULL
       AND (t.tot IS NULL OR t.tot > ${now}) AND ${inburgeraarScopeSql(user, now, "i")}
     ORDER BY t.vanaf DESC
     LIMIT 1`);
  const t = rijen[0];
  if (!t) return null;
  return { toewijzingId: t.id, rol: t.rol, notitie: t.notitie, isGelezen: t.isGelezen, door: t.door, vorige: t.vorige, sinds: new Date(t.vanaf) };
}
