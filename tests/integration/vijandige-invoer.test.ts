/**
 * Hostile input, as properties (issue 12, ASVS 5.x): every exported server
 * action gets random and hostile forms built from its valid input in the
 * authorization matrix (tests/setup/matrix.ts): fields replaced by very long
 * strings, NUL and control characters, RTL overrides, emoji and combining
 * marks, SQL and HTML injection, wrong types (repeated keys, files, numbers
 * where text belongs), missing fields, impossible dates, and extra fields such
 * as organisatieId, rol, version or begeleiderId.
 *
 * Each answer must be a success or a Dutch message — never an unhandled error
 * ("Er ging iets mis aan onze kant") and never English; a refusal writes
 * nothing; a success never persists an extra field (no row moves to another
 * organisation, no role changes, nobody from another organisation is linked).
 *
 * Fixed seed, at least 200 runs per action on PostgreSQL (VIJANDIG_RUNS; the
 * embedded database in CI's second pass runs fewer, it is the same code). The
 * report prints per action the inputs tried, those refused, and the
 * unhandled errors.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import type { ActionState } from "@/lib/actions/state";
import type { Action, Invoer } from "../setup/actie-request";
import { MATRIX, WACHTWOORD, gevondenActies, maakWereld, meldAan, vingerafdruk, type Actor, type Wereld } from "../setup/matrix";

vi.mock("next/headers", async () => (await import("../setup/actie-request")).nextHeaders);
vi.mock("next/cache", async () => (await import("../setup/actie-request")).nextCache);

const SEED = 20261129;
const RUNS = Number(process.env.VIJANDIG_RUNS ?? (process.env.DATABASE_URL ? 200 : 20));

// ─────────────────────────── hostile values ───────────────────────────

const VIJANDIG = [
  "",
  " ",
  "' OR '1'='1",
  "'; DROP TABLE \"Inburgeraar\"; --",
  "\" OR 1=1 --",
  "1; SELECT pg_sleep(0)",
  "<script>alert('x')</script>",
  "<img src=x onerror=alert(1)>",
  "javascript:alert(1)",
  "{{7*7}}${7*7}",
  "a\u0000b",
  "\u0000",
  "regel\u0007\u001b[31m",
  "\u202Egnp.exe",
  "\u2066verborgen\u2069",
  "😀👩‍👩‍👧‍👦🇳🇱",
  "e\u0301\u0301\u0301\u0301\u0301",
  "ﷺ بسم الله",
  "𝕬𝖇𝖈",
  "0001-01-01",
  "2026-02-30",
  "9999-12-31",
  "2026-13-01",
  "31-12-2026",
  "25:61",
  "-1",
  "0",
  "1e309",
  "NaN",
  "Infinity",
  "9007199254740993",
  "true",
  "null",
  "undefined",
  "[object Object]",
  '{"rol":"BEHEERDER"}',
  "[]",
  "__proto__",
  "constructor",
  "../../etc/passwd",
  "%00",
  "x".repeat(10_001),
  "ä".repeat(100_000),
];

/** One field's value in a FormData: text, several texts (a repeated key), or a file. */
type Waarde = { soort: "tekst"; tekst: string } | { soort: "lijst"; teksten: string[] } | { soort: "bestand"; naam: string; inhoud: string };

const tekst = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...VIJANDIG) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String) },
  { weight: 1, arbitrary: fc.date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
);

const waarde: fc.Arbitrary<Waarde> = fc.oneof(
  { weight: 6, arbitrary: tekst.map((t) => ({ soort: "tekst" as const, tekst: t })) },
  { weight: 1, arbitrary: fc.array(tekst, { minLength: 2, maxLength: 3 }).map((t) => ({ soort: "lijst" as const, teksten: t })) },
  { weight: 1, arbitrary: tekst.map((t) => ({ soort: "bestand" as const, naam: "bijlage.txt", inhoud: t })) },
);

/** What happens to one field of the valid input. */
type Wijziging = { soort: "houden" } | { soort: "weglaten" } | { soort: "vervangen"; waarde: Waarde };
const wijziging: fc.Arbitrary<Wijziging> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ soort: "houden" as const }) },
  { weight: 1, arbitrary: fc.constant({ soort: "weglaten" as const }) },
  { weight: 3, arbitrary: waarde.map((w) => ({ soort: "vervangen" as const, waarde: w })) },
);

/** Fields no form has, that an attacker adds hoping they are persisted. */
const EXTRA_VELDEN = ["organisatieId", "rol", "version", "begeleiderId", "gebruikerId", "gemeenteId", "id", "createdAt", "isTestdata", "moetWachtwoordWijzigen", "__proto__"] as const;

interface Aanval {
  velden: Record<string, Wijziging>;
  extra: Partial<Record<(typeof EXTRA_VELDEN)[number], "vreemd" | Waarde>>;
}

/** Hostile fields, or a valid form with only extra fields added (so some succeed and can be checked). */
function aanval(sleutels: string[]): fc.Arbitrary<Aanval> {
  const extra = fc.record(Object.fromEntries(EXTRA_VELDEN.map((k) => [k, fc.oneof(fc.constant("vreemd" as const), waarde)])), {
    requiredKeys: [],
  }) as fc.Arbitrary<Aanval["extra"]>;
  return fc.oneof(
    { weight: 3, arbitrary: fc.record({ velden: fc.record(Object.fromEntries(sleutels.map((k) => [k, wijziging]))), extra }) },
    { weight: 1, arbitrary: fc.record({ velden: fc.constant({}), extra }) },
  );
}

/** A "vreemd" extra is a real value from the other organisation: the attacker's best guess. */
function vreemdeWaarde(veld: string, w: Wereld): string {
  switch (veld) {
    case "organisatieId":
      return w.u.teamleiderB.organisatieId;
    case "rol":
      return "BEHEERDER";
    case "version":
      return "1";
    case "begeleiderId":
    case "gebruikerId":
      return w.u.teamleiderB.id;
    case "gemeenteId":
      return w.g2;
    case "isTestdata":
    case "moetWachtwoordWijzigen":
      return "false";
    default:
      return "vreemd-kenmerk";
  }
}

function zet(fd: FormData, k: string, v: Waarde): void {
  if (v.soort === "tekst") fd.append(k, v.tekst);
  else if (v.soort === "lijst") for (const t of v.teksten) fd.append(k, t);
  else fd.append(k, new File([v.inhoud], v.naam, { type: "text/plain" }));
}

function formulier(basis: Invoer, a: Aanval, w: Wereld): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(basis)) {
    const wijz = a.velden[k] ?? { soort: "houden" };
    if (wijz.soort === "weglaten") continue;
    if (wijz.soort === "vervangen") zet(fd, k, wijz.waarde);
    else for (const item of Array.isArray(v) ? v : [v]) fd.append(k, item);
  }
  for (const [k, v] of Object.entries(a.extra)) {
    if (k in basis || v === undefined) continue;
    if (v === "vreemd") fd.append(k, vreemdeWaarde(k, w));
    else zet(fd, k, v);
  }
  return fd;
}

// ─────────────────────────── checks ───────────────────────────

const ONVERWACHT = /Er ging iets mis aan onze kant/;
/** Words that give away an untranslated message (zod, Prisma or JavaScript). */
const ENGELS = /\b(Invalid|Expected|Required|undefined|null|NaN|Error|error|failed|must|should|Unexpected|received)\b/;

function nietNederlands(state: ActionState): string | null {
  const teksten = [state.message ?? "", ...Object.values(state.errors ?? {}).flat()];
  return teksten.find((t) => typeof t === "string" && ENGELS.test(t)) ?? null;
}

/**
 * The borders an extra field could push a write across: the actor's own role
 * and organisation, dossier X's organisation and gemeente, and everything the
 * other organisation holds or is linked to.
 */
async function grenzen(w: Wereld, actorId: string | null): Promise<string> {
  const orgB = w.u.teamleiderB.organisatieId;
  const [actor, x, inbB, gebrB, toewB, afsprB] = await Promise.all([
    actorId ? db().gebruiker.findUnique({ where: { id: actorId }, select: { rol: true, organisatieId: true, moetWachtwoordWijzigen: true } }) : null,
    db().inburgeraar.findUnique({ where: { id: w.x.id }, select: { organisatieId: true, gemeenteId: true, isTestdata: true } }),
    db().inburgeraar.count({ where: { organisatieId: orgB } }),
    db().gebruiker.count({ where: { organisatieId: orgB } }),
    db().toewijzing.count({ where: { gebruiker: { organisatieId: orgB } } }),
    db().afspraak.count({ where: { medewerker: { organisatieId: orgB } } }),
  ]);
  return JSON.stringify({ actor, x, inbB, gebrB, toewB, afsprB });
}

async function voerUitMet(action: Action, fd: FormData): Promise<ActionState> {
  try {
    return await action({ ok: false }, fd);
  } catch (error) {
    if (error instanceof Error && "digest" in error && String(error.digest).startsWith("NEXT_REDIRECT")) return { ok: true };
    throw error;
  }
}

/** The actor who may run the action and has the widest reach: a success can then write the most. */
function actorVoor(mag: readonly Actor[]): Actor {
  const voorkeur: Actor[] = ["teamleider", "begeleiderToegewezen", "beheerder", "vrijwilligerGekoppeld", "consulentMetToestemming"];
  return voorkeur.find((a) => mag.includes(a)) ?? mag[0] ?? "anoniem";
}

// ─────────────────────────── the properties ───────────────────────────

interface Telling {
  geprobeerd: number;
  geweigerd: number;
  onverwacht: number;
}
const rapport = new Map<string, Telling>();
let acties: Map<string, Action>;
let hash: string;

beforeAll(async () => {
  acties = await gevondenActies();
  hash = await hashPassword(WACHTWOORD);
});

afterAll(() => {
  const regels = [...rapport].map(([naam, t]) => `${naam.padEnd(70)} ${String(t.geprobeerd).padStart(5)} ${String(t.geweigerd).padStart(8)} ${String(t.onverwacht).padStart(10)}`);
  const totaal = [...rapport.values()].reduce((s, t) => ({ geprobeerd: s.geprobeerd + t.geprobeerd, geweigerd: s.geweigerd + t.geweigerd, onverwacht: s.onverwacht + t.onverwacht }), { geprobeerd: 0, geweigerd: 0, onverwacht: 0 });
  console.log(
    [
      `\nVijandige invoer (fast-check, seed ${SEED}, ${RUNS} pogingen per actie)`,
      `${"actie".padEnd(70)} ${"tried".padStart(5)} ${"geweigerd".padStart(8)} ${"onverwacht".padStart(10)}`,
      ...regels,
      `${"totaal".padEnd(70)} ${String(totaal.geprobeerd).padStart(5)} ${String(totaal.geweigerd).padStart(8)} ${String(totaal.onverwacht).padStart(10)}`,
    ].join("\n"),
  );
});

describe("vijandige invoer op elke server-actie", () => {
  it("een actie die geen formulier krijgt (een nagespeelde aanroep met JSON) krijgt een Nederlandse melding", async () => {
    const w = await maakWereld("teamleider", hash);
    await meldAan("teamleider", w);
    for (const [naam, action] of acties) {
      const state = await (action as unknown as (p: ActionState, d: unknown) => Promise<ActionState>)({ ok: false }, { organisatieId: "x", rol: "BEHEERDER" });
      expect(state.ok, naam).toBe(false);
      expect(state.message, naam).toMatch(/formulier|opnieuw/i);
    }
  });

  for (const [naam, rij] of Object.entries(MATRIX).sort(([a], [b]) => a.localeCompare(b))) {
    it(
      naam,
      async () => {
        const action = acties.get(naam);
        if (!action) throw new Error(`${naam} niet gevonden`);
        const actor = actorVoor(rij.mag);
        const w = await maakWereld(actor, hash);
        await meldAan(actor, w);
        const actorId = actor === "anoniem" ? null : w.actorGebruiker[actor].id;
        let basis = await rij.invoer(w);
        const telling: Telling = { geprobeerd: 0, geweigerd: 0, onverwacht: 0 };
        rapport.set(naam, telling);

        // Only a success changes the database, so the fingerprints are taken again after one.
        let voor = await vingerafdruk();
        let voorGrenzen = await grenzen(w, actorId);
        await fc.assert(
          fc.asyncProperty(aanval(Object.keys(basis)), async (a) => {
            telling.geprobeerd++;
            const state = await voerUitMet(action, formulier(basis, a, w));
            if (ONVERWACHT.test(state.message ?? "")) {
              telling.onverwacht++;
              throw new Error(`onverwachte fout: ${state.message}`);
            }
            const engels = nietNederlands(state);
            if (engels) throw new Error(`melding niet in het Nederlands: ${engels}`);
            if (!state.ok) {
              telling.geweigerd++;
              if (!state.message?.trim()) throw new Error("weigering zonder melding");
              expect(await vingerafdruk(), "een geweigerde invoer schreef toch iets").toBe(voor);
            } else {
              expect(await grenzen(w, actorId), "een extra veld is opgeslagen").toBe(voorGrenzen);
              // A success may use up the valid input (a version, a key); the next attack starts from a fresh one.
              basis = await rij.invoer(w);
              voor = await vingerafdruk();
              voorGrenzen = await grenzen(w, actorId);
            }
          }),
          { seed: SEED, numRuns: RUNS, endOnFailure: true },
        );
      },
      20 * 60_000,
    );
  }
});
