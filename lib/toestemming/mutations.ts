import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { audit } from "@/lib/audit";
import { assertCan, toestemmingStaat, type SessionUser } from "@/lib/authz";
import { db, type Tx } from "@/lib/db";
import type { ToestemmingOntvanger } from "@/lib/db/generated/enums";
import { conflict, notFound } from "@/lib/errors";
import { loadInburgeraar } from "@/lib/inburgeraar/laad";
import { dateKolomNaarKalenderdatum, kalenderdatumNaarDate, vandaag } from "@/lib/tijd";
import { ONDERWERP_LABELS } from "./labels";
import {
  SCAN_MAX_BYTES,
  controleerIntrekking,
  controleerNieuweToestemming,
  dubbeleOnderwerpen,
  isIntrekbaar,
  scanTypeVan,
  veiligeBestandsnaam,
  type VeldFouten,
} from "./rules";
import { intrekkenSchema, vastleggenSchema } from "./schema";
import { kiesbaarVoorGemeente } from "@/lib/sociale-kaart/scope";

/**
 * Recording and withdrawing consent: parse → authorize → scoped load → write +
 * audit in one transaction. A repeat of the same form (double click, retry)
 * finds the rows of the first submit through its aanvraagSleutel.
 */

export interface ToestemmingResultaat {
  inburgeraarId: string;
  ids: string[];
  isNieuw: boolean;
}

function gooiVeldFouten(fouten: VeldFouten, input: unknown): void {
  const issues = Object.entries(fouten).map(([veld, message]) => ({ code: "custom" as const, path: [veld], message: message!, input }));
  if (issues.length > 0) throw new z.ZodError(issues);
}

const kd = (d: Date | null) => (d ? dateKolomNaarKalenderdatum(d) : null);

/** The scan sent with the form, checked by size and content; null when none was chosen. */
async function leesScan(scan: unknown, input: unknown) {
  if (!(scan instanceof Blob) || scan.size === 0) return null;
  if (scan.size > SCAN_MAX_BYTES) gooiVeldFouten({ scan: "De scan is te groot. Kies een bestand tot 900 kB: maak de foto kleiner of scan het formulier als pdf." }, input);
  const inhoud = new Uint8Array(await scan.arrayBuffer());
  const type = scanTypeVan(inhoud);
  if (!type) gooiVeldFouten({ scan: "Kies een pdf, jpg of png. Andere bestanden kunnen niet." }, input);
  const naam = "name" in scan && typeof scan.name === "string" ? scan.name : "";
  return { inhoud, mimeType: type!, grootte: inhoud.byteLength, bestandsnaam: veiligeBestandsnaam(naam, type!), sha256: createHash("sha256").update(inhoud).digest("hex") };
}

async function eerdereVastlegging(tx: Tx, aanvraagSleutel: string, inburgeraarId: string, user: SessionUser): Promise<ToestemmingResultaat | null> {
  const rijen = await tx.toestemming.findMany({ where: { aanvraagSleutel }, select: { id: true, inburgeraarId: true, vastgelegdDoorId: true } });
  if (rijen.length === 0) return null;
  if (rijen.some((r) => r.inburgeraarId !== inburgeraarId || r.vastgelegdDoorId !== user.id)) {
    throw conflict("Dit formulier is al gebruikt. Laad de pagina opnieuw en probeer het nog eens.");
  }
  return { inburgeraarId, ids: rijen.map((r) => r.id), isNieuw: false };
}

/** Records consent for one or more subjects, for one recipient, with an optional scan of the signed form. */
export async function legToestemmingVast(user: SessionUser, input: Record<string, unknown>, nu = new Date()): Promise<ToestemmingResultaat> {
  assertCan(user, "toestemming:vastleggen");
  const data = vastleggenSchema.parse(input);
  const vandaagNu = vandaag(nu);
  gooiVeldFouten(controleerNieuweToestemming({ gegevenOp: data.gegevenOp, geldigTot: data.geldigTot, vandaag: vandaagNu }), input);
  const scan = data.wijze === "FORMULIER_GETEKEND" ? await leesScan(input.scan, input) : null;
  const onderwerpen = [...new Set(data.onderwerpen)];

  const schrijf = () =>
    db().$transaction(async (tx) => {
      const persoon = await loadInburgeraar(tx, { user, id: data.inburgeraarId, need: ["basis"], now: nu, select: { id: true, gemeenteId: true } });
      // One consent per subject and recipient: two forms at once for the same person wait for each
      // other here, so the one that waited sees the first one's rows (a repeat, or an overlap).
      await tx.$executeRaw`SELECT 1 FROM "Inburgeraar" WHERE id = ${persoon.id} FOR UPDATE`;
      const eerder = await eerdereVastlegging(tx, data.aanvraagSleutel, persoon.id, user);
      if (eerder) return eerder;

      let ontvangerNaam: string | null = null;
      let socialeKaartId: string | null = null;
      if (data.ontvanger === "SOCIAAL_DOMEIN") {
        const org = await tx.socialeKaartOrganisatie.findFirst({
          where: { id: data.socialeKaartId, ...kiesbaarVoorGemeente(user, persoon.gemeenteId) },
          select: { id: true, naam: true },
        });
        if (!org) gooiVeldFouten({ socialeKaartId: "Kies een organisatie uit de lijst." }, input);
        socialeKaartId = org!.id;
        ontvangerNaam = org!.naam;
      } else if (data.ontvanger === "NIEUWE_GEMEENTE") {
        ontvangerNaam = data.ontvangerNaam ?? null;
      }

      const bestaand = await tx.toestemming.findMany({
        where: { inburgeraarId: persoon.id, ontvanger: data.ontvanger },
        select: { onderwerp: true, ontvanger: true, socialeKaartId: true, gegevenOp: true, geldigTot: true, ingetrokkenOp: true },
      });
      const dubbel = dubbeleOnderwerpen(
        { onderwerpen, ontvanger: data.ontvanger, socialeKaartId },
        bestaand.map((b) => ({ ...b, gegevenOp: dateKolomNaarKalenderdatum(b.gegevenOp), geldigTot: kd(b.geldigTot), ingetrokkenOp: kd(b.ingetrokkenOp) })),
        vandaagNu,
      );
      if (dubbel.length) {
        gooiVeldFouten(
          { onderwerpen: `Hiervoor is al toestemming vastgelegd: ${dubbel.map((o) => ONDERWERP_LABELS[o].toLowerCase()).join(", ")}. Haal ${dubbel.length === 1 ? "dat vinkje" : "die vinkjes"} weg.` },
          input,
        );
      }

      const scanRij = scan
        ? await tx.toestemmingScan.create({ data: { ...scan, inhoud: scan.inhoud as Uint8Array<ArrayBuffer>, inburgeraarId: persoon.id, geuploadDoorId: user.id }, select: { id: true } })
        : null;
      const ids: string[] = [];
      for (const onderwerp of onderwerpen) {
        const rij = await tx.toestemming.create({
          data: {
            inburgeraarId: persoon.id,
            onderwerp,
            ontvanger: data.ontvanger,
            socialeKaartId,
            ontvangerNaam,
            wijze: data.wijze,
            tolkTaal: data.wijze === "MONDELING_MET_TOLK" ? (data.tolkTaal ?? null) : null,
            gegevenOp: kalenderdatumNaarDate(data.gegevenOp),
            geldigTot: data.geldigTot ? kalenderdatumNaarDate(data.geldigTot) : null,
            toelichting: data.toelichting ?? null,
            vastgelegdDoorId: user.id,
            scanId: scanRij?.id ?? null,
            aanvraagSleutel: data.aanvraagSleutel,
          },
          select: { id: true },
        });
        ids.push(rij.id);
      }
      await audit(
        {
          actie: "toestemming.vastgelegd",
          gebruiker: user,
          entiteit: "Toestemming",
          entiteitId: ids[0],
          inburgeraarId: persoon.id,
          details: { onderwerpen, ontvanger: data.ontvanger, ontvangerNaam, wijze: data.wijze, gegevenOp: data.gegevenOp, geldigTot: data.geldigTot ?? null, scan: Boolean(scanRij) },
        },
        tx,
      );
      return { inburgeraarId: persoon.id, ids, isNieuw: true };
    });

  try {
    return await schrijf();
  } catch (error) {
    if ((error as { code?: string } | null)?.code !== "P2002") throw error;
    // A repeat of this submit won the race on the unique key: answer with its rows.
    const eerder = await eerdereVastlegging(db(), data.aanvraagSleutel, data.inburgeraarId, user);
    if (!eerder) throw error;
    return eerder;
  }
}

/**
 * Withdraws consent rows from a date (today by default; a later date takes
 * effect that day). Visibility follows from toestemmingGeldig on the next
 * request; nothing else needs to change.
 */
export async function trekToestemmingIn(user: SessionUser, input: Record<string, unknown>, nu = new Date()): Promise<ToestemmingResultaat> {
  assertCan(user, "toestemming:vastleggen");
  const data = intrekkenSchema.parse(input);
  const vandaagNu = vandaag(nu);
  const ids = [...new Set(data.toestemmingIds)];
  return db().$transaction(async (tx) => {
    const persoon = await loadInburgeraar(tx, { user, id: data.inburgeraarId, need: ["basis"], now: nu, select: { id: true } });
    const rijen = await tx.toestemming.findMany({
      where: { id: { in: ids }, inburgeraarId: persoon.id },
      select: { id: true, onderwerp: true, ontvanger: true, ontvangerNaam: true, socialeKaart: { select: { naam: true } }, gegevenOp: true, geldigTot: true, ingetrokkenOp: true },
    });
    if (rijen.length !== ids.length) throw notFound();
    const alsDatums = rijen.map((r) => ({ ...r, gegevenOp: dateKolomNaarKalenderdatum(r.gegevenOp), geldigTot: kd(r.geldigTot), ingetrokkenOp: kd(r.ingetrokkenOp) }));
    if (alsDatums.some((r) => !isIntrekbaar(toestemmingStaat(r, vandaagNu)) || (r.ingetrokkenOp !== null && r.ingetrokkenOp <= data.ingetrokkenOp))) {
      throw conflict("Deze toestemming is al ingetrokken of verlopen. Laad de pagina opnieuw.");
    }
    gooiVeldFouten(controleerIntrekking(data.ingetrokkenOp, alsDatums, vandaagNu), input);

    const op = kalenderdatumNaarDate(data.ingetrokkenOp);
    // An earlier withdrawal date wins; a concurrent withdrawal that got there first makes the count short.
    const { count } = await tx.toestemming.updateMany({
      where: { id: { in: ids }, OR: [{ ingetrokkenOp: null }, { ingetrokkenOp: { gt: op } }] },
      data: { ingetrokkenOp: op, ingetrokkenDoorId: user.id, intrekReden: data.reden ?? null },
    });
    if (count !== ids.length) throw conflict("Iemand anders heeft deze toestemming intussen ingetrokken. Laad de pagina opnieuw.");

    // One event per recipient, so the timeline reads "ingetrokken voor de consulent (voortgang, checklist)".
    const perOntvanger = new Map<string, { ontvanger: ToestemmingOntvanger; naam: string | null; onderwerpen: (typeof rijen)[number]["onderwerp"][]; id: string }>();
    for (const r of rijen) {
      const naam = r.socialeKaart?.naam ?? r.ontvangerNaam ?? null;
      const sleutel = `${r.ontvanger}|${naam ?? ""}`;
      const groep = perOntvanger.get(sleutel) ?? { ontvanger: r.ontvanger, naam, onderwerpen: [], id: r.id };
      groep.onderwerpen.push(r.onderwerp);
      perOntvanger.set(sleutel, groep);
    }
    for (const g of perOntvanger.values()) {
      await audit(
        {
          actie: "toestemming.ingetrokken",
          gebruiker: user,
          entiteit: "Toestemming",
          entiteitId: g.id,
          inburgeraarId: persoon.id,
          details: { onderwerpen: g.onderwerpen, ontvanger: g.ontvanger, ontvangerNaam: g.naam, ingetrokkenOp: data.ingetrokkenOp },
        },
        tx,
      );
    }
    return { inburgeraarId: persoon.id, ids, isNieuw: true };
  });
}
