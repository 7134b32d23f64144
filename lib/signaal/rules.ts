import type { MeldcodeConclusie, SignaalCategorie, SignaalErnst, SignaalStatus } from "@/lib/db/generated/enums";

/** Pure rules of signalen and the Meldcode. No I/O. */

export const MAX_OMSCHRIJVING = 2000;

/** Huiselijk geweld and kindermishandeling are handled under the Meldcode. */
export function isMeldcodeCategorie(categorie: SignaalCategorie): boolean {
  return categorie === "HUISELIJK_GEWELD" || categorie === "KINDERMISHANDELING";
}

const ERNST_RANG: Record<SignaalErnst, number> = { ACUUT: 0, HOOG: 1, MIDDEN: 2, LAAG: 3 };

/** Most urgent first; within one urgency the oldest first. */
export function urgentsteEerst<T extends { ernst: SignaalErnst; createdAt: Date }>(signalen: readonly T[]): T[] {
  return [...signalen].sort((a, b) => ERNST_RANG[a.ernst] - ERNST_RANG[b.ernst] || a.createdAt.getTime() - b.createdAt.getTime());
}

/** Signals that still need attention. */
export const OPEN_STATUSSEN = ["OPEN", "OPGEPAKT", "BESPROKEN", "DOORVERWEZEN"] as const satisfies readonly SignaalStatus[];

/**
 * The follow-up moves: open → opgepakt → doorverwezen → afgesloten (afsluiten
 * also straight from opgepakt). Returns a Dutch refusal or null.
 */
export function statusOvergangFout(van: SignaalStatus, naar: SignaalStatus): string | null {
  const mag: Record<SignaalStatus, readonly SignaalStatus[]> = {
    OPEN: ["OPGEPAKT"],
    OPGEPAKT: ["DOORVERWEZEN", "AFGESLOTEN"],
    BESPROKEN: ["DOORVERWEZEN", "AFGESLOTEN"],
    DOORVERWEZEN: ["AFGESLOTEN"],
    AFGESLOTEN: [],
  };
  if (mag[van].includes(naar)) return null;
  if (van === "AFGESLOTEN") return "Dit signaal is al afgesloten.";
  if (van === "OPEN") return "Pak het signaal eerst op.";
  return "Deze stap kan nu niet. Laad de pagina opnieuw.";
}

/** What a Meldcode trajectory holds, for the rules (the stapNOp timestamps say which steps are recorded). */
export interface MeldcodeStand {
  stap1Op: Date | null;
  stap2Op: Date | null;
  stap3Op: Date | null;
  stap4Op: Date | null;
  stap5Op: Date | null;
  conclusie: MeldcodeConclusie | null;
  gemeld: boolean;
}

/** The next step to record (1-5), or null when all five are recorded. */
export function volgendeStap(m: MeldcodeStand | null): 1 | 2 | 3 | 4 | 5 | null {
  if (!m?.stap1Op) return 1;
  if (!m.stap2Op) return 2;
  if (!m.stap3Op) return 3;
  if (!m.stap4Op) return 4;
  if (!m.stap5Op) return 5;
  return null;
}

/**
 * May step `stap` be recorded now? Steps go in order; steps 1 to 4 are locked
 * once step 4's conclusion is recorded (the conclusion rests on them); step 5
 * is recorded once. Returns a Dutch refusal or null.
 */
export function stapFout(m: MeldcodeStand | null, stap: 1 | 2 | 3 | 4 | 5): string | null {
  if (stap <= 4 && m?.stap4Op) return "De afweging is vastgelegd. Stap 1 tot en met 4 liggen daarom vast en kunnen niet meer veranderen.";
  if (stap === 5 && m?.stap5Op) return "Het besluit is al vastgelegd. Leg een vervolgactie vast bij het signaal.";
  const volgende = volgendeStap(m);
  if (volgende !== null && stap > volgende) return `Leg eerst stap ${volgende} vast.`;
  return null;
}

export type Antwoord = "ja" | "nee";

/**
 * The afwegingskader's conclusion from its five answers:
 * 1 no suspicion → GEEN_VERMOEDEN; 2 acute or structural unsafety → MELDEN;
 * 3-5 any "nee" (no effective help, not accepted, no result in time) → MELDEN;
 * otherwise HULP_BIEDEN.
 */
export function afwegingConclusie(antwoorden: readonly Antwoord[]): MeldcodeConclusie {
  if (antwoorden.length !== 5) throw new Error("Het afwegingskader heeft vijf vragen.");
  const [vermoeden, onveilig, hulp, aanvaard, resultaat] = antwoorden;
  if (vermoeden === "nee") return "GEEN_VERMOEDEN";
  if (onveilig === "ja") return "MELDEN";
  if (hulp === "nee" || aanvaard === "nee" || resultaat === "nee") return "MELDEN";
  return "HULP_BIEDEN";
}

/** Step 5 against the conclusion: a required report must be made; some decision must be taken. Returns field errors. */
export function besluitFouten(conclusie: MeldcodeConclusie | null, besluit: { hulpGeorganiseerd: boolean; gemeld: boolean }): Record<string, string> {
  const fouten: Record<string, string> = {};
  if (!besluit.hulpGeorganiseerd && !besluit.gemeld) fouten.besluit = "Kies wat je besluit: hulp organiseren, melden bij Veilig Thuis, of allebei.";
  if (conclusie === "MELDEN" && !besluit.gemeld) fouten.gemeld = "De afweging zegt: melden is verplicht. Leg de melding bij Veilig Thuis vast.";
  return fouten;
}

/**
 * May this signal be closed? A Meldcode signal needs the afweging (step 4);
 * when that says a report is required, it needs the decision (step 5).
 * Returns a Dutch refusal or null.
 */
export function afsluitenFout(signaal: { meldcode: boolean }, m: MeldcodeStand | null): string | null {
  if (!signaal.meldcode) return null;
  if (!m?.stap4Op) return "Dit signaal valt onder de Meldcode. Doorloop eerst de stappen tot en met de afweging (stap 4).";
  if (m.conclusie === "MELDEN" && !m.stap5Op) return "Melden is verplicht. Leg eerst het besluit vast (stap 5) voordat je het signaal afsluit.";
  return null;
}

/**
 * Sharing with the consulent: with the person's SIGNALEN consent in force, or
 * on the Meldcode's safety ground (a Meldcode signal whose afweging says a
 * report is required) with a written reason. Returns a Dutch refusal or null.
 */
export function delenFout(
  grond: "TOESTEMMING" | "VEILIGHEID",
  feiten: { toestemmingGeldig: boolean; meldcode: boolean; conclusie: MeldcodeConclusie | null },
): string | null {
  if (grond === "TOESTEMMING") {
    return feiten.toestemmingGeldig ? null : "Er is geen geldige toestemming om signalen met de gemeente te delen. Delen kan alleen met toestemming of op grond van veiligheid (Meldcode).";
  }
  if (!feiten.meldcode || feiten.conclusie !== "MELDEN") {
    return "Delen zonder toestemming kan alleen bij een Meldcode-signaal waarvan de afweging zegt dat melden verplicht is.";
  }
  return null;
}
