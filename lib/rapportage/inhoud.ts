import type { DossierZicht } from "@/lib/authz/zicht";
import type { Fase } from "@/lib/db/generated/enums";
import type { Kalenderdatum } from "@/lib/tijd";
import type { AfsprakenSectie, ChecklistSectie, PlanSectie, SignaalSectie, TrajectSectie } from "@/lib/voortgang/secties";

/**
 * The content of a voortgangsrapportage as it is shared and stored: generated
 * from what was logged, only the sections the person's consent to the
 * consulent covered at that moment. Pure types and functions.
 */
export const RAPPORTAGE_SECTIES = ["traject", "checklist", "afspraken", "plan", "signalen"] as const;
export type RapportageSectie = (typeof RAPPORTAGE_SECTIES)[number];

export interface RapportageInhoud {
  naam: string;
  gemeente: string;
  fase: Fase;
  gemaaktOp: Kalenderdatum;
  /** The sections consent covered when it was generated. */
  onderdelen: RapportageSectie[];
  traject?: TrajectSectie | null;
  checklist?: ChecklistSectie | null;
  afspraken?: AfsprakenSectie | null;
  plan?: PlanSectie | null;
  signalen?: SignaalSectie | null;
}

export const SECTIE_TITELS: Record<RapportageSectie, string> = {
  traject: "Fase en datums",
  checklist: "Opstartfase",
  afspraken: "Contact",
  plan: "Scores per leefgebied",
  signalen: "Open signalen",
};

/**
 * What a reader may see of a stored report today: sections whose part of the
 * dossier is no longer visible to them (consent withdrawn since) are left out.
 */
export function zichtbareInhoud(inhoud: RapportageInhoud, zicht: DossierZicht): RapportageInhoud {
  const uit: RapportageInhoud = { naam: inhoud.naam, gemeente: inhoud.gemeente, fase: inhoud.fase, gemaaktOp: inhoud.gemaaktOp, onderdelen: [] };
  for (const s of inhoud.onderdelen) {
    if (!RAPPORTAGE_SECTIES.includes(s) || !zicht[s]) continue;
    uit.onderdelen.push(s);
    (uit as unknown as Record<string, unknown>)[s] = inhoud[s] ?? null;
  }
  return uit;
}

/** The open points across sections: open checklist items, open doelen, open signalen. */
export function openPunten(inhoud: RapportageInhoud): string[] {
  return [
    ...(inhoud.checklist?.openPunten ?? []).map((p) => `Opstartfase: ${p}`),
    ...(inhoud.plan?.openDoelen ?? []).map((d) => `Doel: ${d.omschrijving}`),
    ...(inhoud.signalen?.open.length ? [`${inhoud.signalen.open.length} open ${inhoud.signalen.open.length === 1 ? "signaal" : "signalen"}`] : []),
  ];
}

/** Reads a stored JSON value back; an unknown shape gives null (never a crash on an old row). */
export function leesInhoud(json: unknown): RapportageInhoud | null {
  if (!json || typeof json !== "object" || Array.isArray(json)) return null;
  const v = json as Partial<RapportageInhoud>;
  if (typeof v.naam !== "string" || typeof v.gemaaktOp !== "string" || !Array.isArray(v.onderdelen)) return null;
  return v as RapportageInhoud;
}
