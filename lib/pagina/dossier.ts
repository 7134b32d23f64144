import "server-only";
import { can, type SessionUser } from "@/lib/authz";
import { getDossierHeader, getDossierOverzicht } from "@/lib/inburgeraar/queries";
import { overdrachtenVoorMij } from "@/lib/overdracht/queries";
import { getOverdrachtVoorMij } from "@/lib/toewijzing/queries";

/**
 * A dossier page's data (docs/decisions/017): the layout's header and interne
 * overdracht note, and the overview tab. Both throw NIET_GEVONDEN out of reach.
 */
export async function laadDossierKop(user: SessionUser, id: string) {
  const header = await getDossierHeader(user, id);
  // An interne overdracht note for the person who took over: the first thing they see.
  const overdracht = await getOverdrachtVoorMij(user, id);
  return { header, overdracht };
}

export async function laadDossierOverzicht(user: SessionUser, id: string) {
  const d = await getDossierOverzicht(user, id);
  const voorMij = can(user, "overdracht:ontvangen") ? await overdrachtenVoorMij(user, d.id) : [];
  return { d, voorMij };
}
