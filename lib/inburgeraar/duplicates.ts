import "server-only";
import type { Tx } from "@/lib/db";
import { lijktOpNaam } from "./rules";

export type DubbelReden = "BSN" | "V_NUMMER" | "NAAM_GEBOORTEDATUM";

export interface MogelijkDubbel {
  id: string;
  reden: DubbelReden;
}

/**
 * A likely existing dossier for the same person in the organisation, whoever
 * it is assigned to: same BSN (by hash), same V-nummer, or the same birth date
 * with a name that matches despite another transliteration. The caller decides
 * what of it the user may see.
 */
export async function zoekMogelijkDubbel(
  tx: Tx,
  organisatieId: string,
  input: { bsnHash: string | null; vNummer: string | null; geboortedatum: Date | null; voornaam: string; achternaam: string },
  /** When editing a dossier: its own id, so it is not its own duplicate. */
  behalveId?: string,
): Promise<MogelijkDubbel | null> {
  const anders = behalveId ? { id: { not: behalveId } } : {};
  if (input.bsnHash) {
    const r = await tx.inburgeraar.findFirst({ where: { organisatieId, bsnHash: input.bsnHash, ...anders }, select: { id: true } });
    if (r) return { id: r.id, reden: "BSN" };
  }
  if (input.vNummer) {
    const r = await tx.inburgeraar.findFirst({ where: { organisatieId, vNummer: input.vNummer, ...anders }, select: { id: true } });
    if (r) return { id: r.id, reden: "V_NUMMER" };
  }
  // No birth date: the name check is skipped (used when only BSN or V-nummer changes).
  if (!input.geboortedatum) return null;
  const zelfdeDag = await tx.inburgeraar.findMany({
    where: { organisatieId, geboortedatum: input.geboortedatum, ...anders },
    select: { id: true, voornaam: true, achternaam: true },
  });
  const naam = `${input.voornaam} ${input.achternaam}`;
  const r = zelfdeDag.find((p) => lijktOpNaam(naam, `${p.voornaam} ${p.achternaam}`));
  return r ? { id: r.id, reden: "NAAM_GEBOORTEDATUM" } : null;
}
