"use client";

import { Keuzes } from "@/components/ui/keuzes";
import type { Leefgebied } from "@/lib/db/generated/enums";
import { LEEFGEBIED_KORT } from "@/lib/plan/labels";

export interface DoelKeuzeOptie {
  id: string;
  omschrijving: string;
  leefgebied: Leefgebied;
}

/** When logging a contact: the open doelen of the plan it worked on (the plan shows per doel its contacts). */
export function DoelKeuze({ doelen, error }: { doelen: readonly DoelKeuzeOptie[]; error?: string[] }) {
  if (doelen.length === 0) return null;
  return (
    <Keuzes
      name="doelIds"
      legend="Gewerkt aan doelen uit het plan"
      hint="Mag leeg blijven."
      opties={doelen.map((d) => ({ waarde: d.id, label: `${d.omschrijving} (${LEEFGEBIED_KORT[d.leefgebied].toLowerCase()})` }))}
      standaard={[]}
      error={error}
    />
  );
}
