import "server-only";
import { assertCan, type SessionUser } from "@/lib/authz";
import { getBellijst, getNaarBegeleider } from "@/lib/bellijst/queries";
import { listOpenVerlengingen } from "@/lib/verlenging/queries";
import { vogAandachtStart } from "@/lib/vrijwilliger/queries";
import { getWachtlijst } from "@/lib/wachtlijst/queries";
import { listTeamInburgeraars } from "./inburgeraars";

/** How many rows of each list the start page shows; the full lists have their own pages. */
export const START_AANTAL = 5;

/**
 * The teamleider's start page: the wachtlijst, the bellijst, "te lang geen
 * contact" across the team and verlengingen waiting for a decision, each the
 * first few with the total. Every list is paged in SQL.
 */
export async function getTeamleiderStart(user: SessionUser, now = new Date()) {
  assertCan(user, "team:bekijken");
  const [wachtlijst, bellijst, doorgezet, teLang, verlengingen, vrijwilligers] = await Promise.all([
    // Only the rows the page shows; the totals (and the wachtlijst's count per gemeente) cover the whole list.
    getWachtlijst(user, {}, now, START_AANTAL),
    getBellijst(user, {}, now, START_AANTAL),
    getNaarBegeleider(user, now, START_AANTAL),
    // Only the rows the page shows: the attention column is judged per row.
    listTeamInburgeraars(user, { teLangGeenContact: true, sortering: "contact" }, now, START_AANTAL),
    listOpenVerlengingen(user, {}, now, START_AANTAL),
    vogAandachtStart(user, START_AANTAL, now),
  ]);
  return {
    wachtlijst: { totaal: wachtlijst.totaal, rijen: wachtlijst.rijen, perGemeente: wachtlijst.perGemeente },
    bellijst: { totaal: bellijst.totaal, rijen: bellijst.rijen },
    doorgezet,
    teLang: { totaal: teLang.totaal, rijen: teLang.rijen },
    verlengingen: verlengingen.rijen.map((v) => ({ id: v.id, inburgeraar: v.inburgeraar, maanden: v.maanden, aangevraagdDoor: v.aangevraagdDoor, isEigenAanvraag: v.isEigenAanvraag })),
    verlengingenTotaal: verlengingen.totaal,
    vogAandacht: vrijwilligers.rijen,
    vogAandachtTotaal: vrijwilligers.totaal,
  };
}

export type TeamleiderStart = Awaited<ReturnType<typeof getTeamleiderStart>>;
