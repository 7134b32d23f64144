import { hostname } from "node:os";
import { randomInt } from "node:crypto";

/**
 * A cuid (version 1), the id Prisma's `@default(cuid())` makes in the client
 * (Prisma 6's runtime bundles the same algorithm): "c", the time in base 36,
 * a 4-character counter, a 4-character process fingerprint and 8 random
 * characters; 25 characters in all. For rows written with raw SQL
 * (docs/decisions/022), so their ids look like every other row's.
 */

const BLOK = 36 ** 4;

const pad = (s: string, n: number) => s.padStart(n, "0").slice(-n);

function fingerprint(): string {
  let naam: string;
  try {
    naam = hostname();
  } catch {
    naam = process.env.COMPUTERNAME ?? "hostname";
  }
  const som = naam.split("").reduce((s, c) => s + c.charCodeAt(0), naam.length + 36);
  return pad(process.pid.toString(36), 2) + pad(som.toString(36), 2);
}

const VINGERAFDRUK = fingerprint();
let teller = 0;

export function cuid(): string {
  teller = teller < BLOK ? teller : 0;
  const tel = pad((teller++).toString(36), 4);
  const toeval = pad(randomInt(BLOK).toString(36), 4) + pad(randomInt(BLOK).toString(36), 4);
  return `c${Date.now().toString(36)}${tel}${VINGERAFDRUK}${toeval}`;
}

/** The shape Prisma's runtime checks a cuid against. */
export const isCuid = (id: string) => /^c[a-z0-9]{20,32}$/.test(id);
