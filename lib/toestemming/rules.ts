import type { ToestemmingOnderwerp, ToestemmingOntvanger } from "@/lib/db/generated/enums";
import { toestemmingStaat, type ToestemmingStaat } from "@/lib/authz/zicht";
import { plusDagen, type Kalenderdatum } from "@/lib/tijd";

/** Pure rules for recording and withdrawing consent. Dates are "YYYY-MM-DD" in Amsterdam. */

/** Under the 1 MB every server action may carry (proxy.ts, the form hook): a scanned page or a phone photo at normal size. */
export const SCAN_MAX_BYTES = 900 * 1024;
export const SCAN_TYPES = { "application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png" } as const;
export type ScanType = keyof typeof SCAN_TYPES;

/** How far ahead a withdrawal may be dated: the person says "from next month on". */
export const INTREKKEN_MAX_DAGEN_VOORUIT = 366;

export type VeldFouten = Partial<Record<string, string>>;

export interface NieuweToestemming {
  gegevenOp: Kalenderdatum;
  geldigTot?: Kalenderdatum;
  vandaag: Kalenderdatum;
}

/** Cross-field checks of the consent form. */
export function controleerNieuweToestemming(t: NieuweToestemming): VeldFouten {
  const fouten: VeldFouten = {};
  if (t.gegevenOp > t.vandaag) fouten.gegevenOp = "Toestemming kan niet in de toekomst gegeven zijn. Vul de dag in waarop de persoon ja zei.";
  if (t.geldigTot && t.geldigTot < t.gegevenOp) fouten.geldigTot = "Geldig tot moet op of na de dag van de toestemming liggen.";
  else if (t.geldigTot && t.geldigTot < t.vandaag) fouten.geldigTot = "Deze toestemming zou al verlopen zijn. Kies een datum vanaf vandaag, of laat het leeg.";
  return fouten;
}

export interface BestaandeToestemming {
  onderwerp: ToestemmingOnderwerp;
  ontvanger: ToestemmingOntvanger;
  socialeKaartId: string | null;
  gegevenOp: Kalenderdatum;
  geldigTot: Kalenderdatum | null;
  ingetrokkenOp: Kalenderdatum | null;
}

/**
 * Subjects that already have consent in force (or starting later) for the same
 * recipient: recording them again would make two consents for one thing.
 */
export function dubbeleOnderwerpen(
  nieuw: { onderwerpen: readonly ToestemmingOnderwerp[]; ontvanger: ToestemmingOntvanger; socialeKaartId: string | null },
  bestaand: readonly BestaandeToestemming[],
  vandaag: Kalenderdatum,
): ToestemmingOnderwerp[] {
  const lopend = bestaand.filter(
    (b) =>
      b.ontvanger === nieuw.ontvanger &&
      (nieuw.ontvanger !== "SOCIAAL_DOMEIN" || b.socialeKaartId === nieuw.socialeKaartId) &&
      ["geldig", "nog-niet", "intrekking-gepland"].includes(toestemmingStaat(b, vandaag)),
  );
  return nieuw.onderwerpen.filter((o) => lopend.some((b) => b.onderwerp === o));
}

/** Checks a withdrawal date against the consents it ends. */
export function controleerIntrekking(
  ingetrokkenOp: Kalenderdatum,
  rijen: readonly { gegevenOp: Kalenderdatum; geldigTot: Kalenderdatum | null; ingetrokkenOp: Kalenderdatum | null }[],
  vandaag: Kalenderdatum,
): VeldFouten {
  if (ingetrokkenOp > plusDagen(vandaag, INTREKKEN_MAX_DAGEN_VOORUIT)) return { ingetrokkenOp: "Kies een datum binnen een jaar." };
  if (rijen.some((r) => ingetrokkenOp < r.gegevenOp)) return { ingetrokkenOp: "Intrekken kan niet vóór de dag waarop de toestemming gegeven is." };
  return {};
}

/** Whether a row can still be withdrawn (it has not ended yet). */
export function isIntrekbaar(staat: ToestemmingStaat): boolean {
  return staat === "geldig" || staat === "nog-niet" || staat === "intrekking-gepland";
}

/** The scan's real type from its first bytes (never trust the browser's word), or null. */
export function scanTypeVan(bytes: Uint8Array): ScanType | null {
  const b = (i: number) => bytes[i] ?? -1;
  if (b(0) === 0x25 && b(1) === 0x50 && b(2) === 0x44 && b(3) === 0x46 && b(4) === 0x2d) return "application/pdf"; // %PDF-
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return "image/jpeg";
  if (b(0) === 0x89 && b(1) === 0x50 && b(2) === 0x4e && b(3) === 0x47 && b(4) === 0x0d && b(5) === 0x0a && b(6) === 0x1a && b(7) === 0x0a) return "image/png";
  return null;
}

/** A file name safe to store and to send back in a header: no path, no control characters, bounded. */
export function veiligeBestandsnaam(naam: string, type: ScanType): string {
  const basis = (naam.split(/[\\/]/).pop() ?? "")
    .normalize("NFC")
    .replace(/[^\p{L}\p{N} ._()-]/gu, "_")
    .replace(/^\.+/, "")
    .slice(0, 100)
    .trim();
  const ext = SCAN_TYPES[type];
  if (!basis) return `toestemming.${ext}`;
  return basis.toLowerCase().endsWith(`.${ext}`) ? basis : `${basis}.${ext}`;
}
