import "server-only";
import { getContactFormulier } from "@/lib/afspraak/queries";
import { can, type SessionUser } from "@/lib/authz";
import { getDoelKeuzes } from "@/lib/plan/queries";
import { getMijnMeldingen } from "@/lib/signaal/queries";

/** /vastleggen/[id]: the log form's data (docs/decisions/017). Throws NIET_GEVONDEN out of reach. */
export async function laadVastleggenPagina(user: SessionUser, inburgeraarId: string, afspraakId: string | undefined) {
  const data = await getContactFormulier(user, inburgeraarId, { afspraakId });
  // The plan's open doelen (only for those who write the plan; scoped in the query).
  const doelen = await getDoelKeuzes(user, inburgeraarId);
  // "Zorg melden" for everyone who may report; a reporter sees only their own receipts.
  const meldingen = can(user, "signaal:melden") ? await getMijnMeldingen(user, inburgeraarId) : null;
  return { data, doelen, meldingen };
}
