import { z } from "zod";

/** Cross-field problems as a ZodError, so the form shows each next to its field and nothing is written. */
export function gooiVeldFouten(fouten: Record<string, string | null | undefined>, input: unknown): void {
  const issues = Object.entries(fouten)
    .filter((e): e is [string, string] => Boolean(e[1]))
    .map(([veld, message]) => ({ code: "custom" as const, path: veld.split("."), message, input }));
  if (issues.length > 0) throw new z.ZodError(issues);
}
