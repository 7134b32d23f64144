import type { Fase } from "@/lib/db/generated/enums";
import { formatKalenderdatum, type Kalenderdatum } from "@/lib/tijd";
import { FASE_ACTIES, type FaseActie } from "./fase-rules";
import { FASE_LABELS } from "./labels";

/**
 * The timeline sentences of dossier events (details.samenvatting), pure so the
 * mutations and the demo seed write the same words.
 */

/** "Aangemeld bij gemeente Den Haag; einddatum 1 maart 2027". */
export function samenvattingAangemeld(gemeente: string, einddatum: Kalenderdatum | null): string {
  return `Aangemeld bij gemeente ${gemeente}${einddatum ? `; einddatum ${formatKalenderdatum(einddatum)}` : ""}`;
}

/** "Opstartfase starten: van Aangemeld naar Opstartfase; checklist met 14 punten aangemaakt". */
export function samenvattingFaseWijziging(
  actie: FaseActie,
  van: Fase,
  naar: Fase,
  extra: { checklistPunten?: number; redenOpenPunten?: string | null } = {},
): string {
  let staart = "";
  if (extra.checklistPunten !== undefined) {
    staart = `; checklist met ${extra.checklistPunten} ${extra.checklistPunten === 1 ? "punt" : "punten"} aangemaakt`;
  }
  if (extra.redenOpenPunten) staart = `; afgesloten met open punten, reden: ${extra.redenOpenPunten}`;
  return `${FASE_ACTIES[actie].label}: van ${FASE_LABELS[van]} naar ${FASE_LABELS[naar]}${staart}`;
}
