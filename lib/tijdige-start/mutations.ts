import "server-only";
import { z } from "zod";
import { audit } from "@/lib/audit";
import { assertCan, type SessionUser } from "@/lib/authz";
import { db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { loadInburgeraar } from "@/lib/inburgeraar/laad";
import { dateKolomNaarKalenderdatum, kalenderdatumNaarDate, vandaag } from "@/lib/tijd";
import { controleerInburgeringDatums } from "./rules";
import { inburgeringDatumsSchema } from "./schema";

/**
 * The consulent records the gemeente's own inburgering dates on a dossier of
 * their gemeente. No consent is needed: these are the gemeente's data
 * (brede intake, PIP, leerroute), not the begeleiding's (decision 009). Only
 * these five columns are written.
 */
export async function legInburgeringDatumsVast(user: SessionUser, input: Record<string, unknown>, nu = new Date()) {
  assertCan(user, "inburgering:datums-vastleggen");
  const data = inburgeringDatumsSchema.parse(input);
  return db().$transaction(async (tx) => {
    const p = await loadInburgeraar(tx, { user, id: data.inburgeraarId, need: ["inburgering"], now: nu, select: { id: true, brpInschrijvingDatum: true } });
    const fouten = controleerInburgeringDatums(data, { brpInschrijvingDatum: p.brpInschrijvingDatum ? dateKolomNaarKalenderdatum(p.brpInschrijvingDatum) : null, vandaag: vandaag(nu) });
    const issues = Object.entries(fouten).map(([veld, message]) => ({ code: "custom" as const, path: [veld], message: message!, input }));
    if (issues.length) throw new z.ZodError(issues);
    const d = (v: string | undefined) => (v ? kalenderdatumNaarDate(v) : null);
    const { count } = await tx.inburgeraar.updateMany({
      where: { id: p.id, version: data.version },
      data: {
        bredeIntakeDatum: d(data.bredeIntakeDatum),
        pipVastgesteldDatum: d(data.pipVastgesteldDatum),
        leerroute: data.leerroute ?? null,
        startLeerrouteDatum: d(data.startLeerrouteDatum),
        eersteLesDatum: d(data.eersteLesDatum),
        version: { increment: 1 },
      },
    });
    if (count === 0) throw conflict();
    await audit(
      {
        actie: "inburgering.datums-vastgelegd",
        gebruiker: user,
        entiteit: "Inburgeraar",
        entiteitId: p.id,
        inburgeraarId: p.id,
        details: {
          bredeIntakeDatum: data.bredeIntakeDatum ?? null,
          pipVastgesteldDatum: data.pipVastgesteldDatum ?? null,
          startLeerrouteDatum: data.startLeerrouteDatum ?? null,
          leerroute: data.leerroute ?? null,
          eersteLesDatum: data.eersteLesDatum ?? null,
        },
      },
      tx,
    );
    return { inburgeraarId: p.id };
  });
}
