import type { ChecklistStatus, Fase } from "@/lib/db/generated/enums";
import { kanOpstartfaseAfsluiten } from "@/lib/opstart/rules";

/**
 * Pure rules for phase changes: which explicit actions exist, from which phase
 * to which, and their conditions. No I/O.
 */
export type FaseActie = "START_OPSTARTFASE" | "SLUIT_OPSTARTFASE" | "START_AFRONDING" | "AFSLUITEN";

export const FASE_ACTIES: Record<FaseActie, { van: Fase; naar: Fase; label: string; uitleg: string }> = {
  START_OPSTARTFASE: {
    van: "AANGEMELD",
    naar: "OPSTARTFASE",
    label: "Opstartfase starten",
    uitleg: "De checklist voor de opstartfase wordt aangemaakt.",
  },
  SLUIT_OPSTARTFASE: {
    van: "OPSTARTFASE",
    naar: "BEGELEIDINGSFASE",
    label: "Opstartfase afsluiten",
    uitleg: "Alle verplichte punten van de checklist moeten geregeld of niet van toepassing zijn. Anders schrijf je op waarom je toch afsluit.",
  },
  START_AFRONDING: {
    van: "BEGELEIDINGSFASE",
    naar: "AFRONDING",
    label: "Afronding starten",
    uitleg: "De begeleiding gaat naar de laatste fase. Plan een eindgesprek.",
  },
  AFSLUITEN: {
    van: "AFRONDING",
    naar: "AFGESLOTEN",
    label: "Dossier afsluiten",
    uitleg: "Kan pas als het eindgesprek heeft plaatsgevonden.",
  },
};

export const FASE_ACTIE_LIJST = Object.keys(FASE_ACTIES) as FaseActie[];

/** The actions possible from a phase (at most one today, but callers need not know). */
export function faseActiesVanuit(fase: Fase): FaseActie[] {
  return FASE_ACTIE_LIJST.filter((a) => FASE_ACTIES[a].van === fase);
}

export interface FaseWijzigingInvoer {
  fase: Fase;
  checklist: readonly { verplicht: boolean; status: ChecklistStatus }[];
  /** Why the opstartfase is closed although required items are still open. */
  reden?: string | null;
  /** A logged eindgesprek: Afspraak with isEindgesprek and status VOND_PLAATS. */
  heeftEindgesprek: boolean;
}

export type FaseBeoordeling =
  | { mag: true; naar: Fase; metReden: boolean }
  | { mag: false; reden: string; veld?: "reden" };

export function beoordeelFaseWijziging(actie: FaseActie, input: FaseWijzigingInvoer): FaseBeoordeling {
  const regel = FASE_ACTIES[actie];
  if (input.fase !== regel.van) {
    return { mag: false, reden: "Deze stap past niet bij de fase waarin het dossier nu staat. Laad de pagina opnieuw." };
  }
  switch (actie) {
    case "SLUIT_OPSTARTFASE": {
      const { kan, open } = kanOpstartfaseAfsluiten(input.checklist);
      if (kan) return { mag: true, naar: regel.naar, metReden: false };
      if (input.reden && input.reden.trim().length > 0) return { mag: true, naar: regel.naar, metReden: true };
      return {
        mag: false,
        veld: "reden",
        reden: `Er ${open.length === 1 ? "staat nog 1 verplicht punt" : `staan nog ${open.length} verplichte punten`} open op de checklist. Regel ${open.length === 1 ? "dat" : "die"} eerst, of schrijf op waarom je de opstartfase toch afsluit.`,
      };
    }
    case "AFSLUITEN":
      if (!input.heeftEindgesprek) {
        return { mag: false, reden: "Je kunt het dossier pas afsluiten als er een eindgesprek is geweest. Leg eerst het eindgesprek vast bij Afspraken." };
      }
      return { mag: true, naar: regel.naar, metReden: false };
    default:
      return { mag: true, naar: regel.naar, metReden: false };
  }
}
