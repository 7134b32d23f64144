/**
 * Dutch text order. `a.localeCompare(b, "nl")` builds a collator for every
 * comparison, which costs more than the rest of a list's sort: lists that sort
 * names share this one.
 */
export const vergelijkNl: (a: string, b: string) => number = new Intl.Collator("nl").compare;

/**
 * Text a user searches for, taken literally by LIKE/ILIKE: `%`, `_` and `\` are characters, not
 * wildcards. Prisma's `contains` wraps the value in `%…%` but does not escape it, so every search that
 * goes through Prisma passes its text through this first.
 */
export function letterlijk(tekst: string): string {
  return tekst.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The ILIKE pattern for "contains this text", for raw SQL: `%…%` around the literal text. */
export function bevatPatroon(tekst: string): string {
  return `%${letterlijk(tekst)}%`;
}
