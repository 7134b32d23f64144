import { describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { laadSessie, startSessie } from "@/lib/auth/session";
import { authenticate } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { maakGebruiker, maakOrganisatie } from "../factories";

const WACHTWOORD = "Een-lang-testwachtwoord-1";

async function gebruikerMetWachtwoord(options: { actief?: boolean } = {}) {
  const { organisatie } = await maakOrganisatie();
  return maakGebruiker(organisatie.id, "BEGELEIDER", { wachtwoordHash: await hashPassword(WACHTWOORD), ...options });
}

describe("inloggen", () => {
  it("lukt met het juiste e-mailadres (ongeacht hoofdletters) en wachtwoord", async () => {
    const g = await gebruikerMetWachtwoord();
    const result = await authenticate({ email: `  ${g.email.toUpperCase()} `, password: WACHTWOORD }, "10.0.0.1");
    expect(result).toEqual({ ok: true, gebruikerId: g.id });
    expect(await db().loginPoging.count({ where: { email: g.email, gelukt: true } })).toBe(1);
  });

  it("weigert een verkeerd wachtwoord en legt de poging vast in het auditlog", async () => {
    const g = await gebruikerMetWachtwoord();
    const result = await authenticate({ email: g.email, password: "fout-wachtwoord" }, "10.0.0.2");
    expect(result).toEqual({ ok: false, reden: "ONJUIST" });
    expect(await db().auditLog.count({ where: { actie: "login.mislukt", organisatieId: g.organisatieId } })).toBe(1);
  });

  it("geeft voor een onbekend account hetzelfde antwoord als voor een verkeerd wachtwoord", async () => {
    const result = await authenticate({ email: "bestaat-niet@test.wegwijs.test", password: "iets" }, "10.0.0.3");
    expect(result).toEqual({ ok: false, reden: "ONJUIST" });
  });

  it("weigert lege, ongeldige en te lange invoer met een Nederlandse melding, zonder poging te tellen", async () => {
    const leeg = await authenticate({ email: "", password: "" }, "10.0.0.4");
    expect(leeg).toMatchObject({ ok: false, reden: "ONGELDIG", message: "Vul je e-mailadres in." });
    const lang = await authenticate({ email: `${"a".repeat(300)}@x.nl`, password: "x" }, "10.0.0.4");
    expect(lang).toMatchObject({ ok: false, reden: "ONGELDIG", message: "Dit e-mailadres is te lang." });
    const langWw = await authenticate({ email: "a@b.nl", password: "x".repeat(10_000) }, "10.0.0.4");
    expect(langWw).toMatchObject({ ok: false, reden: "ONGELDIG", message: "Dit wachtwoord is te lang." });
    expect(await db().loginPoging.count({ where: { ip: "10.0.0.4" } })).toBe(0);
  });

  it("blokkeert een account na te veel mislukte pogingen, ook met het juiste wachtwoord", async () => {
    const g = await gebruikerMetWachtwoord();
    for (let i = 0; i < env.LOGIN_MAX_FAILURES_PER_ACCOUNT; i++) {
      // Different addresses: the account limit must hold on its own.
      expect(await authenticate({ email: g.email, password: "fout" }, `10.1.0.${i}`)).toMatchObject({ reden: "ONJUIST" });
    }
    expect(await authenticate({ email: g.email, password: WACHTWOORD }, "10.1.1.1")).toEqual({ ok: false, reden: "GEBLOKKEERD" });
    // After the window the account can sign in again.
    const later = new Date(Date.now() + (env.LOGIN_WINDOW_MINUTES + 1) * 60_000);
    expect(await authenticate({ email: g.email, password: WACHTWOORD }, "10.1.1.1", later)).toEqual({ ok: true, gebruikerId: g.id });
  });

  it("blokkeert een IP-adres na te veel mislukte pogingen op verschillende accounts", async () => {
    const ip = "10.2.0.1";
    for (let i = 0; i < env.LOGIN_MAX_FAILURES_PER_IP; i++) {
      await authenticate({ email: `raden-${i}@test.wegwijs.test`, password: "fout" }, ip);
    }
    const g = await gebruikerMetWachtwoord();
    expect(await authenticate({ email: g.email, password: WACHTWOORD }, ip)).toEqual({ ok: false, reden: "TE_VEEL_POGINGEN_IP" });
    expect(await authenticate({ email: g.email, password: WACHTWOORD }, "10.2.0.2")).toEqual({ ok: true, gebruikerId: g.id });
  });

  it("weigert een uitgeschakeld account", async () => {
    const g = await gebruikerMetWachtwoord({ actief: false });
    expect(await authenticate({ email: g.email, password: WACHTWOORD }, "10.3.0.1")).toEqual({ ok: false, reden: "UITGESCHAKELD" });
  });
});

describe("sessies", () => {
  it("verloopt na de inactiviteitstermijn van de organisatie (standaard 15 minuten) en is daarna beëindigd", async () => {
    const g = await gebruikerMetWachtwoord();
    const IDLE = (await db().organisatie.findUniqueOrThrow({ where: { id: g.organisatieId } })).sessieInactiefMinuten;
    expect(IDLE).toBe(15);
    const start = new Date("2026-03-29T00:30:00Z");
    const sid = await startSessie(g.id, "10.4.0.1", "test", start);
    const binnen = new Date(start.getTime() + (IDLE - 1) * 60_000);
    expect((await laadSessie(sid, binnen)).ok).toBe(true);
    // Activity moved the idle clock forward, so this is still fine:
    const daarna = new Date(binnen.getTime() + (IDLE - 1) * 60_000);
    expect((await laadSessie(sid, daarna)).ok).toBe(true);
    const teLaat = new Date(daarna.getTime() + (IDLE + 1) * 60_000);
    expect(await laadSessie(sid, teLaat)).toEqual({ ok: false, reden: "VERLOPEN" });
    expect((await laadSessie(sid, daarna)).ok).toBe(false);
  });

  it("stopt zodra het account wordt uitgeschakeld", async () => {
    const g = await gebruikerMetWachtwoord();
    const sid = await startSessie(g.id, null, null);
    expect((await laadSessie(sid)).ok).toBe(true);
    await db().gebruiker.update({ where: { id: g.id }, data: { actief: false } });
    expect(await laadSessie(sid)).toEqual({ ok: false, reden: "GEEN" });
  });

  it("laadt voor een consulent alleen de eigen gemeenten", async () => {
    const { organisatie, gemeente } = await maakOrganisatie();
    const c = await maakGebruiker(organisatie.id, "CONSULENT", { gemeenteIds: [gemeente.id] });
    const sid = await startSessie(c.id, null, null);
    const result = await laadSessie(sid);
    expect(result.ok && result.user.gemeenteIds).toEqual([gemeente.id]);
  });
});
