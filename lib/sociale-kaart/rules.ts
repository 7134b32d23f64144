import { leesCsv, naarCsv } from "@/lib/csv";
import type { Leefgebied } from "@/lib/db/generated/enums";
import { LEEFGEBIED_LABELS, LEEFGEBIED_VOLGORDE } from "@/lib/inburgeraar/labels";
import { leesTalen, organisatieVelden, type OrganisatieVelden } from "./schema";

/**
 * The sociale kaart as CSV: one row per organisation, the same columns for
 * export and import, so a gemeente's list can go out to a spreadsheet and
 * back in. Several leefgebieden or languages in one cell are separated by ";"
 * (a "," works too). Pure: no database.
 */
export const CSV_KOLOMMEN = ["naam", "leefgebieden", "omschrijving", "adres", "telefoon", "email", "website", "talen", "openingstijden", "notities"] as const;
const VERPLICHT = ["naam", "leefgebieden"] as const;

export const MAX_IMPORT_RIJEN = 2000;
export const MAX_IMPORT_BYTES = 1_000_000;

export interface RijFout {
  /** The row number as a spreadsheet shows it (the header is row 1); 0 = the file as a whole. */
  rij: number;
  naam: string | null;
  meldingen: string[];
}

export interface CsvUitkomst {
  rijen: (OrganisatieVelden & { rij: number })[];
  fouten: RijFout[];
}

const normaal = (t: string) =>
  t
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[_\s]+/g, " ")
    .trim();

const LEEFGEBIED_NAMEN = new Map<string, Leefgebied>(
  LEEFGEBIED_VOLGORDE.flatMap((l) => [
    [normaal(LEEFGEBIED_LABELS[l]), l],
    [normaal(l), l],
  ]),
);

/** "Wonen; Zorg en gezondheid" → the leefgebieden, and the names we did not recognise. */
export function leesLeefgebieden(cel: string): { leefgebieden: Leefgebied[]; onbekend: string[] } {
  const leefgebieden: Leefgebied[] = [];
  const onbekend: string[] = [];
  for (const deel of cel.split(/[;,]/).map((d) => d.trim()).filter(Boolean)) {
    const l = LEEFGEBIED_NAMEN.get(normaal(deel));
    if (l) {
      if (!leefgebieden.includes(l)) leefgebieden.push(l);
    } else onbekend.push(deel);
  }
  return { leefgebieden, onbekend };
}

const KOLOM_NAAM: Record<string, string> = {
  naam: "naam",
  leefgebieden: "leefgebieden",
  omschrijving: "omschrijving",
  adres: "adres",
  telefoon: "telefoon",
  email: "e-mail",
  website: "website",
  talen: "talen",
  openingstijden: "openingstijden",
  notities: "notities",
};

/**
 * Reads and checks a whole file. Every row with a problem is listed with all
 * its problems in Dutch; the caller imports only when there are none (all or
 * nothing).
 */
export function controleerCsv(tekst: string): CsvUitkomst {
  const gelezen = leesCsv(tekst);
  const fouten: RijFout[] = [];
  const ontbreekt = VERPLICHT.filter((k) => !gelezen.kop.includes(k));
  if (ontbreekt.length > 0) {
    fouten.push({
      rij: 1,
      naam: null,
      meldingen: [
        `De kolom${ontbreekt.length > 1 ? "men" : ""} ${ontbreekt.map((k) => `"${k}"`).join(" en ")} ontbreekt in de eerste rij. Gebruik de kolommen: ${CSV_KOLOMMEN.join(", ")}.`,
      ],
    });
    return { rijen: [], fouten };
  }
  if (gelezen.rijen.length === 0) return { rijen: [], fouten: [{ rij: 0, naam: null, meldingen: ["Het bestand heeft geen organisaties onder de kopregel."] }] };
  if (gelezen.rijen.length > MAX_IMPORT_RIJEN) {
    return { rijen: [], fouten: [{ rij: 0, naam: null, meldingen: [`Het bestand heeft ${gelezen.rijen.length} rijen; importeer er hoogstens ${MAX_IMPORT_RIJEN} tegelijk.`] }] };
  }
  const leesFout = new Map(gelezen.fouten.map((f) => [f.rij, f.melding]));
  const rijen: CsvUitkomst["rijen"] = [];
  const gezien = new Map<string, number>();
  gelezen.rijen.forEach((cellen, i) => {
    const rij = i + 2;
    const meldingen: string[] = [];
    const naamCel = (cellen.naam ?? "").trim();
    if (leesFout.has(rij)) meldingen.push(leesFout.get(rij)!);
    const { leefgebieden, onbekend } = leesLeefgebieden(cellen.leefgebieden ?? "");
    if (onbekend.length > 0) {
      meldingen.push(`Leefgebied ${onbekend.map((o) => `"${o}"`).join(", ")} kennen we niet. Kies uit: ${LEEFGEBIED_VOLGORDE.map((l) => LEEFGEBIED_LABELS[l]).join("; ")}.`);
    }
    const parsed = organisatieVelden.safeParse({
      naam: naamCel,
      leefgebieden,
      omschrijving: cellen.omschrijving,
      adres: cellen.adres,
      telefoon: cellen.telefoon,
      email: cellen.email,
      website: cellen.website,
      talen: leesTalen(cellen.talen ?? ""),
      openingstijden: cellen.openingstijden,
      notities: cellen.notities,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const kolom = String(issue.path[0] ?? "");
        // An unknown leefgebied is already named above.
        if (kolom === "leefgebieden" && onbekend.length > 0) continue;
        meldingen.push(`${hoofdletter(KOLOM_NAAM[kolom] ?? kolom)}: ${issue.message}`);
      }
    }
    const sleutel = normaal(naamCel);
    if (sleutel && gezien.has(sleutel)) meldingen.push(`Deze organisatie staat al in rij ${gezien.get(sleutel)}.`);
    else if (sleutel) gezien.set(sleutel, rij);
    if (meldingen.length > 0 || !parsed.success) fouten.push({ rij, naam: naamCel || null, meldingen });
    else rijen.push({ ...parsed.data, rij });
  });
  return { rijen, fouten };
}

const hoofdletter = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/** The same key the import matches existing organisations on: the name, without case or accents. */
export function naamSleutel(naam: string): string {
  return normaal(naam);
}

export interface KaartExportRij {
  naam: string;
  leefgebieden: Leefgebied[];
  omschrijving: string | null;
  adres: string | null;
  telefoon: string | null;
  email: string | null;
  website: string | null;
  talen: string[];
  openingstijden: string | null;
  notities: string | null;
}

export function socialeKaartCsv(rijen: readonly KaartExportRij[]): string {
  return naarCsv(
    CSV_KOLOMMEN,
    rijen.map((r) => [
      r.naam,
      r.leefgebieden.map((l) => LEEFGEBIED_LABELS[l]).join("; "),
      r.omschrijving,
      r.adres,
      r.telefoon,
      r.email,
      r.website,
      r.talen.join("; "),
      r.openingstijden,
      r.notities,
    ]),
  );
}
