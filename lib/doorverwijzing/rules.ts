import type { DoorverwijzingUitkomst } from "@/lib/db/generated/enums";
import { dagenTussen, type Kalenderdatum } from "@/lib/tijd";

/**
 * A doorverwijzing is followed up until its outcome is known: from this many
 * days after the referral the caseload says "uitkomst doorverwijzing nog
 * onbekend" (two weeks: most organisations call back within that time).
 */
export const OPVOLGEN_NA_DAGEN = 14;

export interface OpenDoorverwijzing {
  organisatie: string;
  datum: Kalenderdatum;
}

/** The referrals that need a follow-up today: no outcome, and older than OPVOLGEN_NA_DAGEN. Oldest first. */
export function opTeVolgen<T extends OpenDoorverwijzing & { uitkomst?: DoorverwijzingUitkomst | null }>(lijst: readonly T[], vandaag: Kalenderdatum): T[] {
  return lijst
    .filter((d) => !d.uitkomst && dagenTussen(d.datum, vandaag) >= OPVOLGEN_NA_DAGEN)
    .sort((a, b) => a.datum.localeCompare(b.datum));
}

/** The caseload's line for one open referral. */
export function opvolgTekst(d: OpenDoorverwijzing, vandaag: Kalenderdatum): string {
  return `Uitkomst doorverwijzing nog onbekend: ${d.organisatie} (${dagenTussen(d.datum, vandaag)} dagen geleden)`;
}
