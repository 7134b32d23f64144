import "server-only";
import type { SessionUser } from "@/lib/authz";
import { listTeamInburgeraars, teamLijstKeuzes, type TeamLijstFilters } from "@/lib/team/inburgeraars";

/** /inburgeraars for a teamleider: the paged list and the filter choices (docs/decisions/017). */
export async function laadTeamLijstPagina(user: SessionUser, filters: TeamLijstFilters) {
  const [lijst, keuzes] = await Promise.all([listTeamInburgeraars(user, filters), teamLijstKeuzes(user)]);
  return { lijst, keuzes };
}
