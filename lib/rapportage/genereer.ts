import "server-only";
import { consulentDeelScope, consulentOnderwerpen, consulentZichtMet, toestemmingGeldig, type SessionUser } from "@/lib/authz";
import type { Tx } from "@/lib/db";
import { loadInburgeraar } from "@/lib/inburgeraar/laad";
import { vandaag } from "@/lib/tijd";
import { laadSecties } from "@/lib/voortgang/secties";
import { RAPPORTAGE_SECTIES, type RapportageInhoud, type RapportageSectie } from "./inhoud";

/**
 * Generates a voortgangsrapportage from what was logged, as the consulent may
 * receive it: every section is loaded through consulentDeelScope, so a part
 * without the person's consent to the consulent is not even read.
 */
export async function genereerRapportage(tx: Tx, user: SessionUser, inburgeraarId: string, now = new Date()) {
  const p = await loadInburgeraar(tx, {
    user,
    id: inburgeraarId,
    need: ["basis"],
    now,
    select: {
      id: true,
      voornaam: true,
      achternaam: true,
      fase: true,
      gemeente: { select: { naam: true } },
      toestemmingen: {
        where: { OR: consulentOnderwerpen().map((o) => toestemmingGeldig(o, now)) },
        select: { onderwerp: true },
      },
    },
  });
  const zicht = consulentZichtMet(p.toestemmingen.map((t) => t.onderwerp));
  const onderdelen: RapportageSectie[] = RAPPORTAGE_SECTIES.filter((s) => zicht[s] === "ja" || zicht[s] === "altijd");
  const secties = await laadSecties(tx, [p.id], consulentDeelScope, now, onderdelen);
  const inhoud: RapportageInhoud = { naam: `${p.voornaam} ${p.achternaam}`, gemeente: p.gemeente.naam, fase: p.fase, gemaaktOp: vandaag(now), onderdelen };
  for (const s of onderdelen) (inhoud as unknown as Record<string, unknown>)[s] = secties[s].get(p.id) ?? null;
  return {
    inhoud,
    /** A report is shared only while the person consents to share their voortgang with the consulent. */
    magDelen: zicht.rapportages === "ja",
    nietGedeeld: RAPPORTAGE_SECTIES.filter((s) => !onderdelen.includes(s)),
  };
}
