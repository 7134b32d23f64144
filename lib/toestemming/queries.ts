import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { auditDossierBekeken, audit } from "@/lib/audit";
import {
  DOSSIER_DELEN,
  assertCan,
  consulentZichtMet,
  inburgeraarScope,
  onderwerpVoorDeel,
  toestemmingInWerking,
  toestemmingStaat,
  type DossierDeel,
  type SessionUser,
  type ToestemmingStaat,
} from "@/lib/authz";
import { db } from "@/lib/db";
import type { ToestemmingOnderwerp, ToestemmingOntvanger, ToestemmingWijze } from "@/lib/db/generated/enums";
import { notFound } from "@/lib/errors";
import { loadInburgeraar } from "@/lib/inburgeraar/laad";
import { dateKolomNaarKalenderdatum, vandaag } from "@/lib/tijd";
import { DEEL_UITLEG } from "./labels";
import { isIntrekbaar } from "./rules";
import { kiesbaarVoorGemeente } from "@/lib/sociale-kaart/scope";
import { letterlijk } from "@/lib/tekst";

export interface ToestemmingRij {
  id: string;
  onderwerp: ToestemmingOnderwerp;
  ontvanger: ToestemmingOntvanger;
  ontvangerNaam: string | null;
  wijze: ToestemmingWijze | null;
  tolkTaal: string | null;
  gegevenOp: string;
  geldigTot: string | null;
  ingetrokkenOp: string | null;
  intrekReden: string | null;
  toelichting: string | null;
  vastgelegdDoor: string;
  scanId: string | null;
  staat: ToestemmingStaat;
  intrekbaar: boolean;
}

/** One line of "what the consulent will and will not see": a part, and the subject that opens it (null: always or never). */
export interface DeelRegel {
  deel: DossierDeel;
  uitleg: string;
  onderwerp: ToestemmingOnderwerp | null;
  altijd: boolean;
}

/** The parts of a dossier with the subject that opens each for a consulent, from lib/authz. */
export function consulentDeelRegels(): DeelRegel[] {
  const zonder = consulentZichtMet([]);
  return DOSSIER_DELEN.map((deel) => ({ deel, uitleg: DEEL_UITLEG[deel], onderwerp: onderwerpVoorDeel(deel), altijd: zonder[deel] === "altijd" }));
}

const kd = (d: Date | null) => (d ? dateKolomNaarKalenderdatum(d) : null);

/**
 * The Toestemming tab: every consent row of this person (also ended ones, as
 * evidence), the sociale-kaart organisations of their gemeente, and what the
 * consulent sees today. Audited as a view.
 */
export async function getToestemmingen(user: SessionUser, inburgeraarId: string, now = new Date()) {
  assertCan(user, "toestemming:vastleggen");
  const vandaagNu = vandaag(now);
  const p = await loadInburgeraar(db(), {
    user,
    id: inburgeraarId,
    need: ["basis"],
    now,
    select: {
      id: true,
      voornaam: true,
      gemeenteId: true,
      gemeente: { select: { naam: true } },
      toestemmingen: {
        orderBy: [{ gegevenOp: "desc" }, { createdAt: "desc" }],
        select: {
          id: true,
          onderwerp: true,
          ontvanger: true,
          ontvangerNaam: true,
          socialeKaart: { select: { naam: true } },
          wijze: true,
          tolkTaal: true,
          gegevenOp: true,
          geldigTot: true,
          ingetrokkenOp: true,
          intrekReden: true,
          toelichting: true,
          scanId: true,
          vastgelegdDoor: { select: { naam: true } },
        },
      },
    },
  });
  const socialeKaart = await db().socialeKaartOrganisatie.findMany({
    where: kiesbaarVoorGemeente(user, p.gemeenteId),
    orderBy: { naam: "asc" },
    select: { id: true, naam: true },
  });
  await auditDossierBekeken(user, p.id, "toestemming");
  const rijen: ToestemmingRij[] = p.toestemmingen.map((t) => {
    const datums = { gegevenOp: dateKolomNaarKalenderdatum(t.gegevenOp), geldigTot: kd(t.geldigTot), ingetrokkenOp: kd(t.ingetrokkenOp) };
    const staat = toestemmingStaat(datums, vandaagNu);
    return {
      id: t.id,
      onderwerp: t.onderwerp,
      ontvanger: t.ontvanger,
      ontvangerNaam: t.socialeKaart?.naam ?? t.ontvangerNaam,
      wijze: t.wijze,
      tolkTaal: t.tolkTaal,
      ...datums,
      intrekReden: t.intrekReden,
      toelichting: t.toelichting,
      vastgelegdDoor: t.vastgelegdDoor.naam,
      scanId: t.scanId,
      staat,
      intrekbaar: isIntrekbaar(staat),
    };
  });
  const consulentNu = rijen.filter((r) => r.ontvanger === "CONSULENT_GEMEENTE" && r.staat !== "ingetrokken" && r.staat !== "verlopen" && r.staat !== "nog-niet").map((r) => r.onderwerp);
  return {
    id: p.id,
    voornaam: p.voornaam,
    gemeente: p.gemeente.naam,
    rijen,
    socialeKaart,
    deelRegels: consulentDeelRegels(),
    consulentZietNu: consulentZichtMet(consulentNu),
  };
}

/** The scan of a signed form, for the download route: scoped by the dossier, audited. */
export async function getScan(user: SessionUser, scanId: string, now = new Date()) {
  assertCan(user, "toestemming:scan-zien");
  const scan = await db().toestemmingScan.findFirst({
    where: { id: scanId, inburgeraar: inburgeraarScope(user, now) },
    select: { id: true, inburgeraarId: true, bestandsnaam: true, mimeType: true, inhoud: true },
  });
  if (!scan) throw notFound();
  await audit({ actie: "toestemming.scan-bekeken", gebruiker: user, entiteit: "ToestemmingScan", entiteitId: scan.id, inburgeraarId: scan.inburgeraarId });
  return { bestandsnaam: scan.bestandsnaam, mimeType: scan.mimeType, inhoud: scan.inhoud };
}

export const OVERZICHT_PAGINA = 20;

/**
 * "What is shared with whom", per person in the user's reach: the consents in
 * force today, grouped by recipient. Paged and sorted in SQL.
 */
export async function toestemmingOverzicht(user: SessionUser, opties: { zoek?: string; pagina?: number; alleenZonder?: boolean } = {}, now = new Date()) {
  assertCan(user, "toestemming:vastleggen");
  const zoek = opties.zoek?.trim().slice(0, 100);
  const pagina = Math.max(1, Math.min(opties.pagina ?? 1, 10_000));
  const inWerking = toestemmingInWerking(now);
  const where: Prisma.InburgeraarWhereInput = {
    AND: [
      inburgeraarScope(user, now),
      { fase: { not: "AFGESLOTEN" } },
      zoek ? { OR: [{ voornaam: { contains: letterlijk(zoek), mode: "insensitive" } }, { achternaam: { contains: letterlijk(zoek), mode: "insensitive" } }] } : {},
      opties.alleenZonder ? { toestemmingen: { none: inWerking } } : {},
    ],
  };
  const [totaal, rijen] = await Promise.all([
    db().inburgeraar.count({ where }),
    db().inburgeraar.findMany({
      where,
      orderBy: [{ achternaam: "asc" }, { voornaam: "asc" }, { id: "asc" }],
      skip: (pagina - 1) * OVERZICHT_PAGINA,
      take: OVERZICHT_PAGINA,
      select: {
        id: true,
        voornaam: true,
        achternaam: true,
        gemeente: { select: { naam: true } },
        toestemmingen: {
          where: inWerking,
          orderBy: { onderwerp: "asc" },
          select: { onderwerp: true, ontvanger: true, ontvangerNaam: true, socialeKaart: { select: { naam: true } }, geldigTot: true, ingetrokkenOp: true },
        },
      },
    }),
  ]);
  return {
    totaal,
    pagina,
    paginas: Math.max(1, Math.ceil(totaal / OVERZICHT_PAGINA)),
    rijen: rijen.map((r) => {
      const groepen = new Map<string, { ontvanger: ToestemmingOntvanger; naam: string | null; onderwerpen: ToestemmingOnderwerp[]; geldigTot: string | null; eindigtOp: string | null }>();
      for (const t of r.toestemmingen) {
        const naam = t.socialeKaart?.naam ?? t.ontvangerNaam;
        const sleutel = `${t.ontvanger}|${naam ?? ""}`;
        const g = groepen.get(sleutel) ?? { ontvanger: t.ontvanger, naam, onderwerpen: [], geldigTot: null, eindigtOp: null };
        g.onderwerpen.push(t.onderwerp);
        const tot = kd(t.geldigTot);
        if (tot && (!g.geldigTot || tot < g.geldigTot)) g.geldigTot = tot;
        const eind = kd(t.ingetrokkenOp);
        if (eind && (!g.eindigtOp || eind < g.eindigtOp)) g.eindigtOp = eind;
        groepen.set(sleutel, g);
      }
      return { id: r.id, naam: `${r.voornaam} ${r.achternaam}`, gemeente: r.gemeente.naam, gedeeld: [...groepen.values()] };
    }),
  };
}
