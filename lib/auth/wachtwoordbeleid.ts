import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * The password policy's list check (ASVS 6.2.4 / NIST 800-63B): a new
 * password may not be a common or breached-style one. The list ships with the
 * app (lib/auth/wachtwoordlijst/veelgebruikt.txt, ~100k entries, made
 * offline by scripts/maak-wachtwoordlijst.ts, see docs/decisions/014) and is
 * read once per process. Compared in lower case, and also with trailing
 * digits and punctuation taken off ("Welkom2026!" is "welkom"), so adding a
 * year or "!" to a listed password does not make it a new one.
 */
let lijst: Set<string> | undefined;

function veelgebruikt(): Set<string> {
  lijst ??= new Set(readFileSync(path.join(process.cwd(), "lib/auth/wachtwoordlijst/veelgebruikt.txt"), "utf8").split("\n").filter(Boolean));
  return lijst;
}

export const WACHTWOORD_OP_LIJST =
  "Dit wachtwoord staat op een lijst van veelgebruikte of uitgelekte wachtwoorden. Kies een ander, bijvoorbeeld een zin van een paar woorden.";

export function isVeelgebruiktWachtwoord(wachtwoord: string): boolean {
  const klein = wachtwoord.trim().toLowerCase();
  const stam = klein.replace(/[\d\W_]+$/u, "");
  const set = veelgebruikt();
  return set.has(klein) || (stam.length >= 4 && (set.has(stam) || STAMMEN.has(stam)));
}

/** Short stems the list leaves out (under 8 characters) but a longer password is often built on. */
const STAMMEN = new Set(["welkom", "hallo", "geheim", "qwerty", "admin", "letmein", "welcome", "summer", "winter", "zomer", "lente", "herfst", "monkey", "dragon", "master", "shadow", "wegwijs", "iloveyou", "abc", "test"]);
