import { logAfspraakAction } from "@/lib/afspraak/actions";
import { naarFormData, verwijderUitWachtrij, werkWachtItemBij, type WachtItem } from "./opslag";

export type VerstuurUitkomst = { soort: "verstuurd"; message: string } | { soort: "wacht" } | { soort: "probleem"; message: string };

/** Items being sent right now (this tab): never two sends of one item at once. */
const bezig = new Set<string>();

/** Refusals that are about the session, not the contact: keep waiting until the user signs in again. */
const SESSIE_CODES = new Set(["NIET_INGELOGD", "WACHTWOORD_WIJZIGEN", "TWEESTAPS_NODIG"]);

/**
 * Sends one waiting contact through the same server action as the form (the
 * same session, policy, validation and aanvraagSleutel), so a contact that
 * already arrived is recognised instead of saved twice, and a record changed
 * meanwhile gets the normal conflict message.
 */
export async function verstuurWachtItem(item: WachtItem): Promise<VerstuurUitkomst> {
  if (bezig.has(item.aanvraagSleutel)) return { soort: "wacht" };
  bezig.add(item.aanvraagSleutel);
  try {
    let state: Awaited<ReturnType<typeof logAfspraakAction>>;
    try {
      state = await logAfspraakAction({ ok: false }, naarFormData(item.velden));
    } catch {
      // No connection, or the answer got lost: it stays, and goes again later with the same key.
      return { soort: "wacht" };
    }
    if (state.ok) {
      await verwijderUitWachtrij(item.aanvraagSleutel);
      return { soort: "verstuurd", message: state.message ?? "Verstuurd." };
    }
    if (state.code && SESSIE_CODES.has(state.code)) {
      await werkWachtItemBij({ ...item, status: "wacht", melding: state.message });
      return { soort: "wacht" };
    }
    const velden = Object.values(state.errors ?? {}).flatMap((m) => m ?? []);
    const message = [state.message, ...velden].filter(Boolean).join(" ");
    await werkWachtItemBij({ ...item, status: "probleem", melding: message });
    return { soort: "probleem", message };
  } finally {
    bezig.delete(item.aanvraagSleutel);
  }
}
