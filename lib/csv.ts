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
