import Papa from "papaparse";

/**
 * CSV as RFC 4180 describes it: fields separated by commas, records by CRLF,
 * a field with a comma, quote, CR or LF in double quotes with quotes doubled.
 *
 * Spreadsheets run a cell that starts with =, +, -, @, tab or CR as a formula
 * ("CSV injection", OWASP). Text cells starting with one of those get a leading
 * apostrophe, so a name like "=HYPERLINK(…)" is shown as text. Numbers are
 * written as numbers (a negative number is not text and stays as it is).
 */
export type CsvWaarde = string | number | null | undefined;

const FORMULE_START = /^[=+\-@\t\r]/;

export function csvVeld(waarde: CsvWaarde): string {
  if (waarde === null || waarde === undefined) return "";
  let tekst = typeof waarde === "number" ? (Number.isFinite(waarde) ? String(waarde) : "") : waarde;
  if (typeof waarde === "string" && FORMULE_START.test(tekst)) tekst = `'${tekst}`;
  return /[",\r\n]/.test(tekst) ? `"${tekst.replaceAll('"', '""')}"` : tekst;
}

export function naarCsv(kop: readonly string[], rijen: readonly (readonly CsvWaarde[])[]): string {
  return [kop, ...rijen].map((r) => r.map(csvVeld).join(",")).join("\r\n") + "\r\n";
}

/**
 * Reading CSV (papaparse): the delimiter is detected (Dutch spreadsheets save
 * with ";"), a BOM and empty lines are skipped, headers are trimmed and read
 * case-insensitively. A text cell that csvVeld protected with an apostrophe
 * gets it back off, so an export reads in again as it was.
 */
export interface CsvGelezen {
  kop: string[];
  /** One object per data row, keyed by the lower-case header. */
  rijen: Record<string, string>[];
  /** Rows the parser could not read (an unclosed quote), with the row number as a spreadsheet shows it. */
  fouten: { rij: number; melding: string }[];
}

export function leesCsvVeld(waarde: string): string {
  const tekst = waarde.trim();
  return tekst.startsWith("'") && FORMULE_START.test(tekst.slice(1)) ? tekst.slice(1) : tekst;
}

export function leesCsv(tekst: string): CsvGelezen {
  const uitkomst = Papa.parse<Record<string, string>>(tekst.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (h) => h.trim().toLowerCase(),
    transform: (v) => leesCsvVeld(v),
  });
  const fouten = uitkomst.errors
    // A row with fewer or more cells than the header is read as far as it goes; the row's own checks say what is missing.
    .filter((e) => e.type !== "FieldMismatch" && e.code !== "UndetectableDelimiter")
    .map((e) => ({ rij: (e.row ?? 0) + 2, melding: "Deze rij kon niet gelezen worden: controleer de aanhalingstekens." }));
  return { kop: (uitkomst.meta.fields ?? []).filter(Boolean), rijen: uitkomst.data, fouten };
}
