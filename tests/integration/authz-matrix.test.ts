/**
 * The authorization matrix: every exported server action in every
 * lib/<module>/actions.ts, found in the code, run as every kind of actor
 * against a fresh world. Each cell says whether the actor may do it; a refusal
 * must write nothing (only the audit trail may grow). An action without a row
 * in MATRIX (tests/setup/matrix.ts) fails the test, so a new endpoint cannot
 * slip in unreviewed.
 *
 * The action runs as Next would run it: its session comes from the cookie
 * (next/headers is replaced by a jar holding the actor's real session token)
 * and revalidation is a no-op outside Next. Everything else is real: the kit,
 * the policy, the database.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { voerUit, type Action } from "../setup/actie-request";
import { ACTOREN, LEK_MERKEN, MATRIX, WACHTWOORD, gevondenActies, maakWereld, meldAan, vingerafdruk } from "../setup/matrix";

vi.mock("next/headers", async () => (await import("../setup/actie-request")).nextHeaders);
vi.mock("next/cache", async () => (await import("../setup/actie-request")).nextCache);

let acties: Map<string, Action>;
let hash: string;

beforeAll(async () => {
  acties = await gevondenActies();
  hash = await hashPassword(WACHTWOORD);
});

describe("autorisatiematrix van de server-acties", () => {
  it("vindt de acties in de code, en elke actie heeft een rij", () => {
    expect(acties.size).toBeGreaterThan(15);
    const zonderRij = [...acties.keys()].filter((k) => !(k in MATRIX));
    expect(zonderRij, "nieuwe actie(s) zonder rij in MATRIX").toEqual([]);
    const verouderd = Object.keys(MATRIX).filter((k) => !acties.has(k));
    expect(verouderd, "rij(en) in MATRIX voor een actie die niet meer bestaat").toEqual([]);
  });

  for (const [naam, rij] of Object.entries(MATRIX)) {
    describe(naam, () => {
      for (const actor of ACTOREN) {
        const mag = rij.mag.includes(actor);
        it(`${actor}: ${mag ? "mag" : "geweigerd, niets geschreven"}`, async () => {
          const action = acties.get(naam);
          if (!action) throw new Error(`${naam} niet gevonden`);
          const w = await maakWereld(actor, hash);
          await meldAan(actor, w);
          const invoer = await rij.invoer(w);
          const voor = mag ? "" : await vingerafdruk();
          const antwoord = await voerUit(action, invoer);
          const { ok, message } = antwoord;
          const uitkomst = { ok, message };
          // What an action answers never carries the dossier's special-category text (leak crawl, issue 12).
          for (const merk of Object.values(LEK_MERKEN)) expect(JSON.stringify(antwoord), `${naam} geeft ${merk} terug`).not.toContain(merk);
          if (mag) {
            expect(uitkomst, uitkomst.message).toMatchObject({ ok: true });
          } else {
            expect(uitkomst.ok, `${actor} mocht ${naam} uitvoeren`).toBe(false);
            expect(uitkomst.message).toMatch(/\S/);
            expect(await vingerafdruk()).toBe(voor);
          }
        });
      }
    });
  }
});
