import type { TeamLijstRij } from "@/lib/team/inburgeraars";

/**
 * One person in the teamleider's Inburgeraars list as the list shows it: only
 * what the page shows. The list (components/team/team-lijst-rijen.tsx) is a
 * client component that receives only this, so the page's RSC payload is a
 * compact list of rows instead of an element tree per row (docs/decisions/020, 021).
 */
export type TeamKaart = Pick<TeamLijstRij, "id" | "naam" | "fase" | "gemeente" | "begeleider" | "maatje"> & {
  /** The attention points' texts, most important first. */
  aandacht: string[];
};

export function teamKaarten(rijen: readonly TeamLijstRij[]): TeamKaart[] {
  return rijen.map((r) => ({
    id: r.id,
    naam: r.naam,
    fase: r.fase,
    gemeente: r.gemeente,
    begeleider: r.begeleider,
    maatje: r.maatje,
    aandacht: r.aandacht.map((a) => a.tekst),
  }));
}
