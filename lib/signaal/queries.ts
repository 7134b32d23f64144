import "server-only";
import { auditDossierBekeken } from "@/lib/audit";
import { SIGNAAL_ONTVANGST_SELECT, assertCan, can, signaalScope, signaalZicht, toestemmingGeldig, type SessionUser } from "@/lib/authz";
import type { MeldcodeConclusie, SignaalCategorie, SignaalDeelGrond, SignaalErnst, SignaalStatus } from "@/lib/db/generated/enums";
import { db } from "@/lib/db";
import { enumLijstSql, leesSql } from "@/lib/db/lees";
import { Prisma } from "@/lib/db/generated/client";
import { deelScopeSql, inburgeraarScopeSql } from "@/lib/authz/sql-scope";
import { notFound } from "@/lib/errors";
import { loadInburgeraar } from "@/lib/inburgeraar/laad";
import { dateKolomNaarKalenderdatum, vandaag as vandaagIn, type Kalenderdatum } from "@/lib/tijd";
import { OPEN_STATUSSEN, type Antwoord } from "./rules";

/**
 * Reads of signalen, always scoped by lib/authz (signaalScope) in the query and
 * selecting only what the user's signaalZicht allows: a reporter who does not
 * follow up (a vrijwilliger) gets only "received, when, picked up by whom" —
 * the category, urgency, text, follow-up and Meldcode are never loaded for them.
 */

/** What a reporter sees of their own report. */
export interface Ontvangstbevestiging {
  id: string;
  ontvangenOp: Date;
  opgepaktOp: Date | null;
  opgepaktDoor: string | null;
}

export interface SignaalRij {
  id: string;
  categorie: SignaalCategorie;
  ernst: SignaalErnst;
  status: SignaalStatus;
  meldcode: boolean;
  gemeldOp: Date;
  gemeldDoor: string;
  opgepaktDoor: string | null;
  gedeeld: boolean;
}

export type DossierSignalen =
  | { zicht: "volledig"; naam: string; rijen: SignaalRij[] }
  | { zicht: "ontvangst"; naam: string; rijen: Ontvangstbevestiging[] };

const naarOntvangst = (r: { id: string; createdAt: Date; opgepaktOp: Date | null; opgepaktDoor: { naam: string } | null }): Ontvangstbevestiging => ({
  id: r.id,
  ontvangenOp: r.createdAt,
  opgepaktOp: r.opgepaktOp,
  opgepaktDoor: r.opgepaktDoor?.naam ?? null,
});

/** The signals of one dossier as this user may see them (the dossier's Signalen tab). */
export async function getDossierSignalen(user: SessionUser, inburgeraarId: string, now = new Date()): Promise<DossierSignalen> {
  assertCan(user, "signaal:melden");
  const persoon = await loadInburgeraar(db(), { user, id: inburgeraarId, need: ["basis"], now, select: { id: true, voornaam: true, achternaam: true } });
  const naam = `${persoon.voornaam} ${persoon.achternaam}`;
  const where = { AND: [{ inburgeraarId: persoon.id }, signaalScope(user, now)] };
  if (signaalZicht(user) === "ontvangst") {
    const rijen = await db().signaal.findMany({ where, orderBy: { createdAt: "desc" }, take: 50, select: SIGNAAL_ONTVANGST_SELECT });
    return { zicht: "ontvangst", naam, rijen: rijen.map(naarOntvangst) };
  }
  await auditDossierBekeken(user, inburgeraarId, "signalen");
  const rijen = await db().signaal.findMany({
    where,
    // Open first, most urgent first (the enum's order is LAAG < MIDDEN < HOOG < ACUUT).
    orderBy: [{ afgeslotenOp: { sort: "desc", nulls: "first" } }, { ernst: "desc" }, { createdAt: "asc" }],
    take: 100,
    select: {
      id: true,
      categorie: true,
      ernst: true,
      status: true,
      meldcode: true,
      createdAt: true,
      gedeeldMetConsulent: true,
      gemeldDoor: { select: { naam: true } },
      opgepaktDoor: { select: { naam: true } },
    },
  });
  return {
    zicht: "volledig",
    naam,
    rijen: rijen.map((r) => ({
      id: r.id,
      categorie: r.categorie,
      ernst: r.ernst,
      status: r.status,
      meldcode: r.meldcode,
      gemeldOp: r.createdAt,
      gemeldDoor: r.gemeldDoor.naam,
      opgepaktDoor: r.opgepaktDoor?.naam ?? null,
      gedeeld: r.gedeeldMetConsulent,
    })),
  };
}

/** A reporter's own reports about one person (shown under the "Zorg melden" form). */
export async function getMijnMeldingen(user: SessionUser, inburgeraarId: string, now = new Date()): Promise<Ontvangstbevestiging[]> {
  if (!can(user, "signaal:melden")) return [];
  const rijen = await db().signaal.findMany({
    where: { AND: [{ inburgeraarId, gemeldDoorId: user.id }, signaalScope(user, now)] },
    orderBy: { createdAt: "desc" },
    take: 10,
    select: SIGNAAL_ONTVANGST_SELECT,
  });
  return rijen.map(naarOntvangst);
}

export interface MeldcodeDetail {
  version: number;
  feiten: string | null;
  feitenDatum: Kalenderdatum | null;
  interpretatie: string | null;
  stap1Op: Date | null;
  overlegMet: string | null;
  overlegDatum: Kalenderdatum | null;
  veiligThuisGeraadpleegd: boolean;
  advies: string | null;
  stap2Op: Date | null;
  gesprekGevoerd: boolean | null;
  gesprekDatum: Kalenderdatum | null;
  gesprekToelichting: string | null;
  stap3Op: Date | null;
  antwoorden: Antwoord[] | null;
  toelichtingen: (string | null)[] | null;
  conclusie: MeldcodeConclusie | null;
  stap4Op: Date | null;
  hulpGeorganiseerd: boolean;
  hulpOmschrijving: string | null;
  gemeld: boolean;
  meldDatum: Kalenderdatum | null;
  meldReferentie: string | null;
  meldReden: string | null;
  stap5Op: Date | null;
}

export interface SignaalDetail {
  id: string;
  version: number;
  inburgeraar: { id: string; naam: string };
  categorie: SignaalCategorie;
  ernst: SignaalErnst;
  status: SignaalStatus;
  omschrijving: string;
  meldcode: boolean;
  gemeldOp: Date;
  gemeldDoor: string;
  opgepaktDoor: string | null;
  opgepaktOp: Date | null;
  doorverwezenNaar: string | null;
  afgeslotenOp: Date | null;
  gedeeld: { op: Date | null; grond: SignaalDeelGrond | null; reden: string | null } | null;
  toestemmingSignalen: boolean;
  acties: { id: string; omschrijving: string; datum: Kalenderdatum; opvolgOp: Kalenderdatum | null; door: string }[];
  traject: MeldcodeDetail | null;
  kanDelen: boolean;
  kanMeldcode: boolean;
}

const kd = (d: Date | null) => (d ? dateKolomNaarKalenderdatum(d) : null);

/** One signal in full, for those who follow it up; anyone else gets "not found" (the refusal is audited by the page). */
export async function getSignaal(user: SessionUser, id: string, now = new Date()): Promise<SignaalDetail> {
  if (signaalZicht(user) !== "volledig") throw notFound();
  const s = await db().signaal.findFirst({
    where: { AND: [{ id }, signaalScope(user, now)] },
    select: {
      id: true,
      version: true,
      categorie: true,
      ernst: true,
      status: true,
      omschrijving: true,
      meldcode: true,
      createdAt: true,
      opgepaktOp: true,
      doorverwezenNaar: true,
      afgeslotenOp: true,
      gedeeldMetConsulent: true,
      gedeeldOp: true,
      gedeeldGrond: true,
      gedeeldReden: true,
      gemeldDoor: { select: { naam: true } },
      opgepaktDoor: { select: { naam: true } },
      inburgeraar: { select: { id: true, voornaam: true, achternaam: true, toestemmingen: { where: toestemmingGeldig("SIGNALEN", now), select: { id: true }, take: 1 } } },
      acties: { orderBy: [{ datum: "desc" }, { createdAt: "desc" }], select: { id: true, omschrijving: true, datum: true, opvolgOp: true, door: { select: { naam: true } } } },
      meldcodeTraject: true,
    },
  });
  if (!s) throw notFound();
  await auditDossierBekeken(user, s.inburgeraar.id, "signalen");
  const m = s.meldcodeTraject;
  const afweging = (m?.afweging ?? null) as { antwoorden?: Antwoord[]; toelichtingen?: (string | null)[] } | null;
  return {
    id: s.id,
    version: s.version,
    inburgeraar: { id: s.inburgeraar.id, naam: `${s.inburgeraar.voornaam} ${s.inburgeraar.achternaam}` },
    categorie: s.categorie,
    ernst: s.ernst,
    status: s.status,
    omschrijving: s.omschrijving,
    meldcode: s.meldcode,
    gemeldOp: s.createdAt,
    gemeldDoor: s.gemeldDoor.naam,
    opgepaktDoor: s.opgepaktDoor?.naam ?? null,
    opgepaktOp: s.opgepaktOp,
    doorverwezenNaar: s.doorverwezenNaar,
    afgeslotenOp: s.afgeslotenOp,
    gedeeld: s.gedeeldMetConsulent ? { op: s.gedeeldOp, grond: s.gedeeldGrond, reden: s.gedeeldReden } : null,
    toestemmingSignalen: s.inburgeraar.toestemmingen.length > 0,
    acties: s.acties.map((a) => ({ id: a.id, omschrijving: a.omschrijving, datum: dateKolomNaarKalenderdatum(a.datum), opvolgOp: kd(a.opvolgOp), door: a.door.naam })),
    traject: m
      ? {
          version: m.version,
          feiten: m.feiten,
          feitenDatum: kd(m.feitenDatum),
          interpretatie: m.interpretatie,
          stap1Op: m.stap1Op,
          overlegMet: m.overlegMet,
          overlegDatum: kd(m.overlegDatum),
          veiligThuisGeraadpleegd: m.veiligThuisGeraadpleegd,
          advies: m.advies,
          stap2Op: m.stap2Op,
          gesprekGevoerd: m.gesprekGevoerd,
          gesprekDatum: kd(m.gesprekDatum),
          gesprekToelichting: m.gesprekToelichting,
          stap3Op: m.stap3Op,
          antwoorden: afweging?.antwoorden ?? null,
          toelichtingen: afweging?.toelichtingen ?? null,
          conclusie: m.conclusie,
          stap4Op: m.stap4Op,
          hulpGeorganiseerd: m.hulpGeorganiseerd,
          hulpOmschrijving: m.hulpOmschrijving,
          gemeld: m.gemeld,
          meldDatum: kd(m.meldDatum),
          meldReferentie: m.meldReferentie,
          meldReden: m.meldReden,
          stap5Op: m.stap5Op,
        }
      : null,
    kanDelen: can(user, "signaal:delen"),
    kanMeldcode: can(user, "meldcode:doorlopen"),
  };
}

export interface OpenSignaal {
  id: string;
  inburgeraar: { id: string; naam: string };
  categorie: SignaalCategorie;
  ernst: SignaalErnst;
  status: SignaalStatus;
  meldcode: boolean;
  gemeldOp: Date;
  opgepaktDoor: string | null;
  /** The first reminder date among its follow-up actions. */
  opvolgOp: Kalenderdatum | null;
}

/**
 * Open signals in the user's reach, most urgent first (then the oldest), for
 * the caseload and the teamleider's start page. Never the text: the list names
 * the category; the text is on the signal's own page. Sorted and limited in SQL.
 */
export async function getOpenSignalen(user: SessionUser, now = new Date(), take = 20): Promise<OpenSignaal[]> {
  if (signaalZicht(user) !== "volledig") return [];
  // On every begeleider's and teamleider's start page: raw SQL (decision 020), with the same scope as
  // signaalScope's "volledig" view: the person in reach and the signalen part of the dossier visible.
  const rijen = await leesSql<
    { id: string; categorie: SignaalCategorie; ernst: SignaalErnst; status: SignaalStatus; meldcode: boolean; createdAt: Date; opgepaktDoor: string | null; inburgeraarId: string; voornaam: string; achternaam: string; opvolgOp: string | null }[]
  >(Prisma.sql`
    SELECT s.id, s.categorie::text AS categorie, s.ernst::text AS ernst, s.status::text AS status, s.meldcode, s."createdAt",
           u.naam AS "opgepaktDoor", i.id AS "inburgeraarId", i.voornaam, i.achternaam,
           (SELECT to_char(a."opvolgOp", 'YYYY-MM-DD') FROM "SignaalActie" a
             WHERE a."signaalId" = s.id AND a."opvolgOp" IS NOT NULL ORDER BY a."opvolgOp" ASC LIMIT 1) AS "opvolgOp"
      FROM "Signaal" s
      JOIN "Inburgeraar" i ON i.id = s."inburgeraarId"
      LEFT JOIN "Gebruiker" u ON u.id = s."opgepaktDoorId"
     WHERE s.status IN (${enumLijstSql("SignaalStatus", OPEN_STATUSSEN)})
       AND ${inburgeraarScopeSql(user, now, "i")}
       AND ${deelScopeSql(user, "signalen", vandaagIn(now), "i")}
     ORDER BY s.ernst DESC, s."createdAt" ASC, s.id ASC
     LIMIT ${take}`);
  return rijen.map((r) => ({
    id: r.id,
    inburgeraar: { id: r.inburgeraarId, naam: `${r.voornaam} ${r.achternaam}` },
    categorie: r.categorie,
    ernst: r.ernst,
    status: r.status,
    meldcode: r.meldcode,
    gemeldOp: r.createdAt,
    opgepaktDoor: r.opgepaktDoor,
    opvolgOp: r.opvolgOp,
  }));
}
