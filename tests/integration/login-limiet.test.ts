import { describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { authenticate } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { maakGebruiker, maakOrganisatie } from "../factories";

const WACHTWOORD = "Een-lang-testwachtwoord-1";

describe("inloglimiet: tellen en vastleggen in één stap", () => {
  it("laat van gelijktijdige foute pogingen op één account er precies zoveel door als de limiet", async () => {
    const { organisatie } = await maakOrganisatie();
    const g = await maakGebruiker(organisatie.id, "BEGELEIDER", { wachtwoordHash: await hashPassword(WACHTWOORD) });
    const aantal = env.LOGIN_MAX_FAILURES_PER_ACCOUNT + 6;
    const resultaten = await Promise.all(
      Array.from({ length: aantal }, (_, i) => authenticate({ email: g.email, password: `fout-${i}` }, `10.9.0.${i}`)),
    );
    const redenen = resultaten.map((r) => (r.ok ? "OK" : r.reden));
    expect(redenen.filter((r) => r === "ONJUIST")).toHaveLength(env.LOGIN_MAX_FAILURES_PER_ACCOUNT);
    expect(redenen.filter((r) => r === "GEBLOKKEERD")).toHaveLength(aantal - env.LOGIN_MAX_FAILURES_PER_ACCOUNT);
    expect(await db().loginPoging.count({ where: { email: g.email, gelukt: false } })).toBe(env.LOGIN_MAX_FAILURES_PER_ACCOUNT);
    // Locked: the right password does not help now.
    expect(await authenticate({ email: g.email, password: WACHTWOORD }, "10.9.1.1")).toEqual({ ok: false, reden: "GEBLOKKEERD" });
  });

  it("laat van gelijktijdige foute pogingen vanaf één IP-adres er precies zoveel door als de limiet", async () => {
    const ip = "10.9.2.1";
    const aantal = env.LOGIN_MAX_FAILURES_PER_IP + 5;
    const resultaten = await Promise.all(
      Array.from({ length: aantal }, (_, i) => authenticate({ email: `gelijktijdig-${i}@test.wegwijs.test`, password: "fout" }, ip)),
    );
    const redenen = resultaten.map((r) => (r.ok ? "OK" : r.reden));
    expect(redenen.filter((r) => r === "ONJUIST")).toHaveLength(env.LOGIN_MAX_FAILURES_PER_IP);
    expect(redenen.filter((r) => r === "TE_VEEL_POGINGEN_IP")).toHaveLength(aantal - env.LOGIN_MAX_FAILURES_PER_IP);
    expect(await db().loginPoging.count({ where: { ip, gelukt: false } })).toBe(env.LOGIN_MAX_FAILURES_PER_IP);
  });

  it("een gelukte inlog telt niet als mislukte poging", async () => {
    const { organisatie } = await maakOrganisatie();
    const g = await maakGebruiker(organisatie.id, "BEGELEIDER", { wachtwoordHash: await hashPassword(WACHTWOORD) });
    for (let i = 0; i < env.LOGIN_MAX_FAILURES_PER_ACCOUNT + 2; i++) {
      expect(await authenticate({ email: g.email, password: WACHTWOORD }, "10.9.3.1")).toEqual({ ok: true, gebruikerId: g.id });
    }
    expect(await db().loginPoging.count({ where: { email: g.email, gelukt: false } })).toBe(0);
  });
});
