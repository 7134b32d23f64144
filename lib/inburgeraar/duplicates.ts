import "server-only";
import { inburgeraarScope, type SessionUser } from "@/lib/authz";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lijktOpNaam } from "./naam-matching";

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

const DUBBEL_UITLEG: Record<DubbelReden, string> = {
  BSN: "hetzelfde BSN",
  V_NUMMER: "hetzelfde V-nummer",
  NAAM_GEBOORTEDATUM: "dezelfde geboortedatum en een naam die erop lijkt",
};

/**
 * A likely duplicate was found. `dossier` is set only when the user may open
 * the existing dossier; otherwise nothing about it (not even the name) is told.
 */
export class DubbelDossierError extends AppError {
  constructor(
    readonly dossier: { id: string; naam: string } | null,
    reden: DubbelReden,
  ) {
    super(
      "CONFLICT",
      dossier
        ? `Deze persoon heeft waarschijnlijk al een dossier: ${dossier.naam} (${DUBBEL_UITLEG[reden]}). Open dat dossier in plaats van een nieuw te maken.`
        : `Er bestaat al een dossier met ${DUBBEL_UITLEG[reden]}. Je hebt daar geen toegang toe. Neem contact op met je teamleider.`,
    );
  }
}

/**
 * Throws DubbelDossierError when the organisation already has a likely dossier
 * for this person, naming it only when the user may open it.
 */
export async function weigerDubbelDossier(
  tx: Tx,
  user: SessionUser,
  input: Parameters<typeof zoekMogelijkDubbel>[2],
  behalveId?: string,
): Promise<void> {
  const dubbel = await zoekMogelijkDubbel(tx, user.organisatieId, input, behalveId);
  if (!dubbel) return;
  const zichtbaar = await tx.inburgeraar.findFirst({
    where: { id: dubbel.id, ...inburgeraarScope(user) },
    select: { id: true, voornaam: true, achternaam: true },
  });
  throw new DubbelDossierError(zichtbaar ? { id: zichtbaar.id, naam: `${zichtbaar.voornaam} ${zichtbaar.achternaam}` } : null, dubbel.reden);
}
