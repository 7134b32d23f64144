import type { FieldErrors } from "./state";

/**
 * Characters no form field may hold: C0 control characters except tab and
 * newlines (PostgreSQL refuses NUL; the others are never typed), DEL, and the
 * bidirectional overrides/isolates that can make text read differently from
 * what is stored.
 */
const VERBODEN_TEKENS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;

export const VERBODEN_TEKEN_MELDING = "Dit veld bevat een teken dat niet is toegestaan (een onzichtbaar stuurteken). Haal het weg en probeer het opnieuw.";

export function heeftVerbodenTeken(value: string): boolean {
  return VERBODEN_TEKENS.test(value);
}

/**
 * FormData as a plain object for the zod schemas. A key that appears more than
 * once, ends in "[]" or is listed in `arrays` becomes an array (checkbox groups
 * and chips send one entry per choice, or none). Files are not read here.
 */
export function formDataToObject(formData: FormData, arrays: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of arrays) out[key] = [];
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key).map((v) => (typeof v === "string" ? v : ""));
    out[key] = values.length > 1 || key.endsWith("[]") || arrays.includes(key) ? values : values[0];
  }
  return out;
}

/** Fields whose text holds a forbidden character, with the Dutch message for each. */
export function verbodenTekenFouten(formData: FormData): FieldErrors | null {
  let errors: FieldErrors | null = null;
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || typeof value !== "string") continue;
    if (heeftVerbodenTeken(value)) (errors ??= {})[key] = [VERBODEN_TEKEN_MELDING];
  }
  return errors;
}
