import "server-only";
import type { SessionUser } from "@/lib/authz";
import { caseloadGemeenten, getCaseloadPagina, type CaseloadFilters } from "@/lib/caseload/queries";
import { alleOpenOverdrachten, teOntvangenOverdrachten } from "@/lib/overdracht/queries";
import { recenteRapportages } from "@/lib/rapportage/queries";
import { getOpenSignalen } from "@/lib/signaal/queries";
import { getTeamleiderStart } from "@/lib/team/start";
import { getVoortgang, tijdigeStartMarkers, type VoortgangFilters } from "@/lib/voortgang/queries";

/**
 * The data of each role's start page ("/"), one function per page, so the page
 * and tests/integration/statement-telling.test.ts load exactly the same thing
 * (docs/decisions/017: a page runs a constant number of SQL statements).
 */

/** Begeleider ("Mijn inburgeraars") and vrijwilliger ("Mijn maatjes"). */
export async function laadCaseloadStart(user: SessionUser, filters: CaseloadFilters & { pagina?: number }) {
  const [caseload, gemeenten, teOntvangen, signalen] = await Promise.all([
    getCaseloadPagina(user, filters),
    caseloadGemeenten(user),
    teOntvangenOverdrachten(user),
    getOpenSignalen(user),
  ]);
  return { caseload, gemeenten, overdrachten: { teOntvangen }, signalen };
}

/** Consulent: Voortgang of their gemeenten. */
export async function laadVoortgangStart(user: SessionUser, filters: VoortgangFilters) {
  // One after another: each is a handful of queries on the one pool.
  const lijst = await getVoortgang(user, filters);
  const markers = await tijdigeStartMarkers(user);
  // The filter's gemeenten are the markers' gemeenten (the same scope, the same order): no second query.
  const gemeenten = markers.map((m) => ({ id: m.gemeenteId, naam: m.gemeente }));
  const teOntvangen = await teOntvangenOverdrachten(user);
  const rapportages = await recenteRapportages(user);
  return { lijst, markers, gemeenten, open: { teOntvangen }, rapportages };
}

/** Teamleider: the team overview. */
export async function laadTeamStart(user: SessionUser) {
  const [data, overdrachten, signalen] = await Promise.all([getTeamleiderStart(user), alleOpenOverdrachten(user), getOpenSignalen(user)]);
  return { data, overdrachten, signalen };
}
