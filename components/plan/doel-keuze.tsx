"use client";

import { KeuzeChips } from "@/components/afspraak/keuze-chips";
import type { Leefgebied } from "@/lib/db/generated/enums";
import { LEEFGEBIED_KORT } from "@/lib/plan/leefgebied-kort";

export interface DoelKeuzeOptie {
  id: string;
  omschrijving: string;
  leefgebied: Leefgebied;
}

/**
 * When logging a contact: the open doelen of the plan it worked on (the plan
 * shows per doel its contacts). Optional, and one row of chips that scrolls
 * sideways on a phone, so the one-screen log form keeps its save button in reach.
 */
export function DoelKeuze({
  doelen,
  gekozen,
  onChange,
  error,
}: {
  doelen: readonly DoelKeuzeOptie[];
  gekozen: readonly string[];
  onChange: (id: string, aan: boolean) => void;
  error?: string | string[];
}) {
  if (doelen.length === 0) return null;
  return (
    <KeuzeChips
      legend="Gewerkt aan doelen uit het plan (mag leeg blijven)"
      name="doelIds"
      type="checkbox"
      rij
      opties={doelen.map((d) => ({ waarde: d.id, label: `${d.omschrijving} (${LEEFGEBIED_KORT[d.leefgebied].toLowerCase()})` }))}
      gekozen={gekozen}
      onChange={onChange}
      error={error}
    />
  );
}
