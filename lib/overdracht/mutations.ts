import "server-only";
import { audit } from "@/lib/audit";
import { assertCan, consulentDeelScope, interneOntvangerScope, teOntvangenScope, toestemmingGeldig, type SessionUser } from "@/lib/authz";
import { db, type Tx } from "@/lib/db";
import { AppError, conflict, notFound } from "@/lib/errors";
import { z } from "zod";
import { loadInburgeraar } from "@/lib/inburgeraar/laad";
import { ontvangerNaam } from "./queries";
import { ontvangSchema, verstuurSchema } from "./schema";
import { kiesbaarVoorGemeente } from "@/lib/sociale-kaart/scope";

export interface OverdrachtResultaat {
  id: string;
  inburgeraarId: string;
  isNieuw: boolean;
}

export const GEEN_TOESTEMMING_OVERDRACHT: Record<"CONSULENT" | "WARM" | "VERHUIZING", string> = {
  CONSULENT: "De persoon gaf geen (geldige) toestemming om de voortgang met de consulent te delen. Leg eerst de toestemming vast, of bespreek de overdracht mondeling.",
  WARM: "De persoon gaf geen (geldige) toestemming om gegevens met deze organisatie te delen. Leg eerst de toestemming voor deze organisatie vast.",
  VERHUIZING: "De persoon gaf geen (geldige) toestemming om gegevens met de nieuwe gemeente te delen. Leg eerst de toestemming vast.",
};

const veldFout = (veld: string, message: string, input: unknown) => new z.ZodError([{ code: "custom", path: [veld], message, input }]);

async function eerder(tx: Tx, user: SessionUser, aanvraagSleutel: string, inburgeraarId: string): Promise<OverdrachtResultaat | null> {
  const o = await tx.overdracht.findUnique({ where: { aanvraagSleutel }, select: { id: true, inburgeraarId: true, vanId: true } });
  if (!o) return null;
  if (o.inburgeraarId !== inburgeraarId || o.vanId !== user.id) throw conflict("Dit formulier is al gebruikt. Laad de pagina opnieuw en probeer het nog eens.");
  return { id: o.id, inburgeraarId, isNieuw: false };
}

/**
 * Sends an overdracht: edited text, one recipient. Outside the organisation
 * (the consulent, a sociale-kaart organisation, the new gemeente) only within
 * the person's consent in force today; inside, only to a colleague who guides
 * people. Audited; a repeat of the same submit returns the first.
 */
export async function verstuurOverdracht(user: SessionUser, input: Record<string, unknown>, nu = new Date()): Promise<OverdrachtResultaat> {
  assertCan(user, "overdracht:maken");
  const data = verstuurSchema.parse(input);
  try {
    return await db().$transaction(async (tx) => {
      const p = await loadInburgeraar(tx, { user, id: data.inburgeraarId, need: ["basis"], now: nu, select: { id: true, gemeenteId: true, gemeente: { select: { naam: true } } } });
      const herhaling = await eerder(tx, user, data.aanvraagSleutel, p.id);
      if (herhaling) return herhaling;

      let naarGebruiker: { id: string; naam: string } | null = null;
      let naarSocialeKaart: { id: string; naam: string } | null = null;
      if (data.type === "INTERN") {
        naarGebruiker = await tx.gebruiker.findFirst({ where: { AND: [{ id: data.naarGebruikerId }, interneOntvangerScope(user)] }, select: { id: true, naam: true } });
        if (!naarGebruiker) throw veldFout("naarGebruikerId", "Kies een collega uit de lijst.", input);
      } else if (data.type === "CONSULENT") {
        const mag = await tx.inburgeraar.count({ where: { AND: [{ id: p.id }, consulentDeelScope("rapportages", nu)] } });
        if (!mag) throw new AppError("ONGELDIG", GEEN_TOESTEMMING_OVERDRACHT.CONSULENT);
      } else if (data.type === "WARM") {
        naarSocialeKaart = await tx.socialeKaartOrganisatie.findFirst({
          where: { id: data.naarSocialeKaartId, ...kiesbaarVoorGemeente(user, p.gemeenteId) },
          select: { id: true, naam: true },
        });
        if (!naarSocialeKaart) throw veldFout("naarSocialeKaartId", "Kies een organisatie uit de lijst.", input);
        const mag = await tx.toestemming.count({ where: { inburgeraarId: p.id, ...toestemmingGeldig("VOORTGANG", nu, { ontvanger: "SOCIAAL_DOMEIN", socialeKaartId: naarSocialeKaart.id }) } });
        if (!mag) throw new AppError("ONGELDIG", GEEN_TOESTEMMING_OVERDRACHT.WARM);
      } else {
        const mag = await tx.toestemming.count({ where: { inburgeraarId: p.id, ...toestemmingGeldig("VOORTGANG", nu, { ontvanger: "NIEUWE_GEMEENTE" }) } });
        if (!mag) throw new AppError("ONGELDIG", GEEN_TOESTEMMING_OVERDRACHT.VERHUIZING);
      }

      const o = await tx.overdracht.create({
        data: {
          inburgeraarId: p.id,
          type: data.type,
          status: "VERSTUURD",
          vanId: user.id,
          naarGebruikerId: naarGebruiker?.id ?? null,
          naarSocialeKaartId: naarSocialeKaart?.id ?? null,
          naarGemeenteNaam: data.type === "VERHUIZING" ? (data.naarGemeenteNaam ?? null) : null,
          samenvatting: data.samenvatting,
          verstuurdOp: nu,
          aanvraagSleutel: data.aanvraagSleutel,
        },
        select: { id: true },
      });
      const naar = ontvangerNaam({ type: data.type, naarGebruiker, naarSocialeKaart, naarGemeenteNaam: data.naarGemeenteNaam ?? null, inburgeraar: p });
      await audit({ actie: "overdracht.verstuurd", gebruiker: user, entiteit: "Overdracht", entiteitId: o.id, inburgeraarId: p.id, details: { type: data.type, naar } }, tx);
      return { id: o.id, inburgeraarId: p.id, isNieuw: true };
    });
  } catch (error) {
    if ((error as { code?: string } | null)?.code !== "P2002") throw error;
    const eerste = await eerder(db(), user, data.aanvraagSleutel, data.inburgeraarId);
    if (!eerste) throw error;
    return eerste;
  }
}

/** The receiver inside the app acknowledges an overdracht (version-checked: two clicks, one acknowledgement). */
export async function ontvangOverdracht(user: SessionUser, input: Record<string, unknown>, nu = new Date()): Promise<OverdrachtResultaat> {
  assertCan(user, "overdracht:ontvangen");
  const data = ontvangSchema.parse(input);
  return db().$transaction(async (tx) => {
    const o = await tx.overdracht.findFirst({ where: { AND: [{ id: data.id }, teOntvangenScope(user, nu)] }, select: { id: true, inburgeraarId: true, type: true } });
    if (!o) {
      const al = await tx.overdracht.findFirst({ where: { id: data.id, ontvangenDoorId: user.id }, select: { id: true, inburgeraarId: true } });
      if (al) return { id: al.id, inburgeraarId: al.inburgeraarId, isNieuw: false };
      throw notFound();
    }
    const { count } = await tx.overdracht.updateMany({
      where: { id: o.id, version: data.version, status: "VERSTUURD" },
      data: { status: "ONTVANGEN", ontvangenOp: nu, ontvangenDoorId: user.id, version: { increment: 1 } },
    });
    if (count === 0) throw conflict("Deze overdracht is intussen al ontvangen. Laad de pagina opnieuw.");
    await audit({ actie: "overdracht.ontvangen", gebruiker: user, entiteit: "Overdracht", entiteitId: o.id, inburgeraarId: o.inburgeraarId, details: { type: o.type, door: user.naam } }, tx);
    return { id: o.id, inburgeraarId: o.inburgeraarId, isNieuw: true };
  });
}
