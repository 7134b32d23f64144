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
  input: { bsnHash: string | null; vNummer: string | null; geboortedatum: Date; voornaam: string; achternaam: string },
): Promise<MogelijkDubbel | null> {
  if (input.bsnHash) {
    const r = await tx.inburgeraar.findFirst({ where: { organisatieId, bsnHash: input.bsnHash }, select: { id: true } });
    if (r) return { id: r.id, reden: "BSN" };
  }
  if (input.vNummer) {
    const r = await tx.inburgeraar.findFirst({ where: { organisatieId, vNummer: input.vNummer }, select: { id: true } });
    if (r) return { id: r.id, reden: "V_NUMMER" };
  }
  const zelfdeDag = await tx.inburgeraar.findMany({
    where: { organisatieId, geboortedatum: input.geboortedatum },
    select: { id: true, voornaam: true, achternaam: true },
  });
  const naam = `${input.voornaam} ${input.achternaam}`;
  const r = zelfdeDag.find((p) => lijktOpNaamOokAanelkaar(naam, `${p.voornaam} ${p.achternaam}`));
  return r ? { id: r.id, reden: "NAAM_GEBOORTEDATUM" } : null;
}

/**
 * "Alhassan" is "Al-Hassan" written as one word; lijktOpNaam drops a separate
 * article only. Try the names also with a glued al-/el- split off.
 * TODO: move into lijktOpNaam (lib/inburgeraar/rules.ts) and drop this.
 */
function lijktOpNaamOokAanelkaar(a: string, b: string): boolean {
  const los = (naam: string) => naam.replace(/(^|[\s-])([ae]l)(?=[a-z]{4,}(\s|-|$))/gi, "$1$2 ");
  return lijktOpNaam(a, b) || lijktOpNaam(los(a), los(b)) || lijktOpNaam(los(a), b) || lijktOpNaam(a, los(b));
}
