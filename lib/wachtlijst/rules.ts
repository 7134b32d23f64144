import type { Fase } from "@/lib/db/generated/enums";

/**
 * The wachtlijst: who is waiting for whom. Pure; lib/wachtlijst/queries.ts
 * expresses the same rule in SQL so the list is sorted and paged there.
 *
 * - OPSTART: aangemeld or in the opstartfase, and nobody runs the opstart (no
 *   opstart person and no begeleider);
 * - BEGELEIDER: in the begeleidingsfase or afronding without a begeleider;
 * - MAATJE: a maatje is wanted (maatjeGewenstSinds) and there is none.
 * Waiting since: the later of the moment the need began (registration, the
 * start of the phase that needs a begeleider, the wish for a maatje) and the
 * end of the last assignment in that role.
 */
export type WachtReden = "OPSTART" | "BEGELEIDER" | "MAATJE";

export const WACHT_REDEN_LABELS: Record<WachtReden, string> = {
  OPSTART: "Geen opstartbegeleider",
  BEGELEIDER: "Geen begeleider",
  MAATJE: "Wacht op een maatje",
};

export const FASEN_VOOR_OPSTART: readonly Fase[] = ["AANGEMELD", "OPSTARTFASE"];
export const FASEN_VOOR_BEGELEIDER: readonly Fase[] = ["BEGELEIDINGSFASE", "AFRONDING"];

export interface WachtFeiten {
  fase: Fase;
  heeftOpstartOfBegeleider: boolean;
  heeftBegeleider: boolean;
  heeftMaatje: boolean;
  maatjeGewenst: boolean;
}

export function wachtRedenen(f: WachtFeiten): WachtReden[] {
  if (f.fase === "AFGESLOTEN") return [];
  const redenen: WachtReden[] = [];
  if (FASEN_VOOR_OPSTART.includes(f.fase) && !f.heeftOpstartOfBegeleider) redenen.push("OPSTART");
  if (FASEN_VOOR_BEGELEIDER.includes(f.fase) && !f.heeftBegeleider) redenen.push("BEGELEIDER");
  if (f.maatjeGewenst && !f.heeftMaatje) redenen.push("MAATJE");
  return redenen;
}
