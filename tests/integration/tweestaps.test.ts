/**
 * Two-factor sign-in and sessions (issue 12, docs/decisions/014): enrolment,
 * sign-in with a code (and its replay refused), single-use recovery codes, the
 * attempt limit, a reset by a beheerder, idle expiry per organisation by moving
 * the clock, ending one other session and signing out everywhere.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { WACHTWOORD_OP_LIJST } from "@/lib/auth/wachtwoordbeleid";
import { wijzigEigenWachtwoord } from "@/lib/gebruiker/mutations";
import { hashPassword } from "@/lib/auth/password";
import { laadSessie, startSessie } from "@/lib/auth/session";
import { openStap, type SessionUser } from "@/lib/authz";
import { db } from "@/lib/db";
import { beeindigAndereSessie, overalUitloggen, wijzigSessieInstellingen } from "@/lib/sessie/mutations";
import { mijnSessies } from "@/lib/sessie/queries";
import { CODE_ONJUIST, controleerTweedeStap, instelGegevens, resetTweestaps, stelTweestapsIn, voltooiTweedeStap, zetTweestapsUit } from "@/lib/tweestaps/mutations";
import { codeVoorMoment } from "@/lib/tweestaps/totp";
import { maakGebruiker, maakOrganisatie, sessionUser } from "../factories";

async function gebruikerVanSessie(sid: string, now = new Date()): Promise<SessionUser> {
  const r = await laadSessie(sid, now);
  if (!r.ok) throw new Error(`sessie ${r.reden}`);
  return r.user;
}

/** A begeleider who signs in for the first time: password ok, no app yet. */
async function nieuweBegeleider() {
  const { organisatie } = await maakOrganisatie();
  const g = await maakGebruiker(organisatie.id, "BEGELEIDER", { wachtwoordHash: await hashPassword("Een-lang-testwachtwoord-1") });
  return { organisatie, g };
}

/** Sets up the app for a new session of g; returns the secret (as the app holds it) and the recovery codes. */
async function stelIn(gebruikerId: string, now: Date) {
  const sid = await startSessie(gebruikerId, null, "test", now);
  const user = await gebruikerVanSessie(sid, now);
  const { sleutel, geheim } = await instelGegevens(user, now);
  const app = geheim.replace(/\s/g, "");
  const { herstelcodes } = await stelTweestapsIn(user, { sleutel, code: codeVoorMoment(app, now) }, now);
  return { sid, app, herstelcodes };
}

describe("inloggen in twee stappen", () => {
  it("dwingt het instellen af voor een begeleider; daarna staat het geheim versleuteld en zijn er 10 gehashte herstelcodes", async () => {
    const { g } = await nieuweBegeleider();
    const now = new Date();
    const sid = await startSessie(g.id, null, "test", now);
    const user = await gebruikerVanSessie(sid, now);
    expect(openStap(user)).toBe("tweestaps-instellen");
    const { sleutel, geheim } = await instelGegevens(user, now);
    const app = geheim.replace(/\s/g, "");
    // A wrong code changes nothing.
    await expect(stelTweestapsIn(user, { sleutel, code: "000000" === codeVoorMoment(app, now) ? "111111" : "000000" }, now)).rejects.toThrow(/klopt niet/);
    expect((await db().gebruiker.findUniqueOrThrow({ where: { id: g.id } })).tweestapsGeheim).toBeNull();
    // A key made for another session is refused.
    const ander = await gebruikerVanSessie(await startSessie(g.id, null, "test", now), now);
    await expect(stelTweestapsIn(ander, { sleutel, code: codeVoorMoment(app, now) }, now)).rejects.toThrow(/verlopen/);

    const { herstelcodes } = await stelTweestapsIn(user, { sleutel, code: codeVoorMoment(app, now) }, now);
    expect(herstelcodes).toHaveLength(10);
    const rij = await db().gebruiker.findUniqueOrThrow({ where: { id: g.id }, include: { herstelcodes: true } });
    expect(rij.tweestapsSinds).not.toBeNull();
    expect(rij.tweestapsGeheim).not.toContain(app);
    expect(rij.herstelcodes).toHaveLength(10);
    for (const c of herstelcodes) expect(rij.herstelcodes.map((h) => h.hash).join()).not.toContain(c.replace("-", ""));
    expect(openStap(await gebruikerVanSessie(sid, now))).toBe("klaar");
    expect(await db().auditLog.count({ where: { actie: "tweestaps.ingesteld", gebruikerId: g.id } })).toBe(1);
  });

  it("vraagt bij de volgende keer inloggen de code; dezelfde code een tweede keer wordt geweigerd", async () => {
    const { g } = await nieuweBegeleider();
    const t0 = new Date();
    const { app } = await stelIn(g.id, t0);
    const later = new Date(t0.getTime() + 60_000);
    const sid = await startSessie(g.id, null, "test", later);
    const user = await gebruikerVanSessie(sid, later);
    expect(openStap(user)).toBe("tweestaps");
    const code = codeVoorMoment(app, later);
    await expect(voltooiTweedeStap(user, { code: "12345x" }, later)).rejects.toThrow(CODE_ONJUIST);
    await expect(voltooiTweedeStap(user, { code }, later)).resolves.toMatchObject({ methode: "TOTP" });
    expect(openStap(await gebruikerVanSessie(sid, later))).toBe("klaar");
    // The same code, in another browser, within its 30 seconds: a replay.
    const tweede = await gebruikerVanSessie(await startSessie(g.id, null, "test", later), later);
    await expect(voltooiTweedeStap(tweede, { code }, later)).rejects.toThrow(CODE_ONJUIST);
    expect(openStap(await gebruikerVanSessie(tweede.sessieId, later))).toBe("tweestaps");
  });

  it("een herstelcode werkt één keer", async () => {
    const { g } = await nieuweBegeleider();
    const now = new Date();
    const { herstelcodes } = await stelIn(g.id, now);
    const eerste = await gebruikerVanSessie(await startSessie(g.id, null, "test", now), now);
    // Typed in capitals and without the dash: still the code.
    const r = await voltooiTweedeStap(eerste, { code: herstelcodes[0]!.toUpperCase().replace("-", " ") }, now);
    expect(r).toEqual({ methode: "HERSTELCODE", herstelcodesOver: 9 });
    const tweede = await gebruikerVanSessie(await startSessie(g.id, null, "test", now), now);
    await expect(voltooiTweedeStap(tweede, { code: herstelcodes[0]! }, now)).rejects.toThrow(CODE_ONJUIST);
    await expect(voltooiTweedeStap(tweede, { code: herstelcodes[1]! }, now)).resolves.toMatchObject({ herstelcodesOver: 8 });
  });

  it("telt foute codes als mislukte inlogpogingen: na 5 is het account een kwartier geblokkeerd, ook voor de goede code", async () => {
    const { g } = await nieuweBegeleider();
    const now = new Date();
    const { app } = await stelIn(g.id, now);
    const later = new Date(now.getTime() + 60_000);
    for (let i = 0; i < 5; i++) expect(await controleerTweedeStap(g.id, "99999" + i, "10.9.0.1", later)).toEqual({ ok: false, reden: "ONJUIST" });
    expect(await controleerTweedeStap(g.id, codeVoorMoment(app, later), "10.9.0.1", later)).toEqual({ ok: false, reden: "GEBLOKKEERD" });
    expect(await db().auditLog.count({ where: { actie: "tweestaps.mislukt", gebruikerId: g.id } })).toBe(5);
  });

  it("een beheerder reset het: app en herstelcodes weg, overal uitgelogd, vastgelegd; daarna opnieuw instellen", async () => {
    const { organisatie, g } = await nieuweBegeleider();
    const now = new Date();
    const { sid } = await stelIn(g.id, now);
    const beheerder = await sessionUser((await maakGebruiker(organisatie.id, "BEHEERDER")).id);
    const anderOrg = await sessionUser((await maakGebruiker((await maakOrganisatie()).organisatie.id, "BEHEERDER")).id);
    await expect(resetTweestaps(anderOrg, { id: g.id })).rejects.toThrow();
    await expect(resetTweestaps(await sessionUser(g.id), { id: g.id })).rejects.toThrow();
    await resetTweestaps(beheerder, { id: g.id });
    const rij = await db().gebruiker.findUniqueOrThrow({ where: { id: g.id }, include: { herstelcodes: true } });
    expect(rij.tweestapsGeheim).toBeNull();
    expect(rij.herstelcodes).toEqual([]);
    expect((await laadSessie(sid)).ok).toBe(false);
    expect(await db().auditLog.count({ where: { actie: "gebruiker.tweestaps-gereset", gebruikerId: beheerder.id, entiteitId: g.id } })).toBe(1);
    const nieuw = await gebruikerVanSessie(await startSessie(g.id, null, "test"));
    expect(openStap(nieuw)).toBe("tweestaps-instellen");
  });

  it("is voor een vrijwilliger een keuze: aan en weer uit", async () => {
    const { organisatie } = await maakOrganisatie();
    const v = await maakGebruiker(organisatie.id, "VRIJWILLIGER");
    const now = new Date();
    const sid = await startSessie(v.id, null, "test", now);
    expect(openStap(await gebruikerVanSessie(sid, now))).toBe("klaar");
    const ingesteld = await stelIn(v.id, now);
    // A session from before asks for the code now too.
    expect(openStap(await gebruikerVanSessie(sid, now))).toBe("tweestaps");
    const volgende = await gebruikerVanSessie(await startSessie(v.id, null, "test", now), now);
    expect(openStap(volgende)).toBe("tweestaps");
    const { herstelcodes } = await db().gebruiker.findUniqueOrThrow({ where: { id: v.id }, include: { herstelcodes: true } });
    expect(herstelcodes).toHaveLength(10);
    const binnen = await gebruikerVanSessie(ingesteld.sid, now);
    expect(openStap(binnen)).toBe("klaar");
    await zetTweestapsUit(binnen);
    expect((await db().gebruiker.findUniqueOrThrow({ where: { id: v.id } })).tweestapsGeheim).toBeNull();
  });
});

describe("sessies", () => {
  it("verlopen na de inactiviteitstermijn die de beheerder instelt (klok verzet, niet gewacht)", async () => {
    const { organisatie, g } = await nieuweBegeleider();
    const t0 = new Date("2026-03-03T09:00:00Z");
    const sid = await startSessie(g.id, null, "test", t0);
    // Default: 15 minutes.
    expect((await laadSessie(sid, new Date(t0.getTime() + 14 * 60_000))).ok).toBe(true);
    expect(await laadSessie(sid, new Date(t0.getTime() + 30 * 60_000))).toEqual({ ok: false, reden: "VERLOPEN" });
    expect((await db().sessie.findUniqueOrThrow({ where: { id: sid } })).beeindigdOp).not.toBeNull();

    const beheerder = await sessionUser((await maakGebruiker(organisatie.id, "BEHEERDER")).id);
    await expect(wijzigSessieInstellingen(beheerder, { version: "1", sessieInactiefMinuten: "2", sessieMaxUren: "8" })).rejects.toThrow();
    await wijzigSessieInstellingen(beheerder, { version: "1", sessieInactiefMinuten: "60", sessieMaxUren: "2" });
    await expect(wijzigSessieInstellingen(beheerder, { version: "1", sessieInactiefMinuten: "30", sessieMaxUren: "2" })).rejects.toThrow(/intussen gewijzigd/);
    const sid2 = await startSessie(g.id, null, "test", t0);
    expect((await laadSessie(sid2, new Date(t0.getTime() + 45 * 60_000))).ok).toBe(true);
    expect((await laadSessie(sid2, new Date(t0.getTime() + 100 * 60_000))).ok).toBe(true);
    // The absolute lifetime (2 hours) ends it however active.
    expect(await laadSessie(sid2, new Date(t0.getTime() + 121 * 60_000))).toEqual({ ok: false, reden: "VERLOPEN" });
  });

  it("één andere sessie beëindigen, en overal uitloggen", async () => {
    const { organisatie, g } = await nieuweBegeleider();
    const hier = await gebruikerVanSessie(await startSessie(g.id, "10.1.1.1", "Mozilla/5.0 (Windows NT 10.0) Chrome/120"));
    const daar = await startSessie(g.id, "10.1.1.2", "Mozilla/5.0 (Linux; Android 14) Chrome/120");
    const nogEen = await startSessie(g.id, null, null);
    const collega = await maakGebruiker(organisatie.id, "BEGELEIDER");
    const vanCollega = await startSessie(collega.id, null, null);
    expect((await mijnSessies(hier)).map((s) => [s.id, s.isHuidig])).toEqual(
      expect.arrayContaining([
        [hier.sessieId, true],
        [daar, false],
        [nogEen, false],
      ]),
    );
    // Someone else's session is out of reach.
    await expect(beeindigAndereSessie(hier, { sessieId: vanCollega })).rejects.toThrow();
    expect((await laadSessie(vanCollega)).ok).toBe(true);
    await beeindigAndereSessie(hier, { sessieId: daar });
    expect((await laadSessie(daar)).ok).toBe(false);
    expect((await laadSessie(hier.sessieId)).ok).toBe(true);
    await overalUitloggen(hier);
    expect((await laadSessie(hier.sessieId)).ok).toBe(false);
    expect((await laadSessie(nogEen)).ok).toBe(false);
    expect((await laadSessie(vanCollega)).ok).toBe(true);
    expect(await db().auditLog.count({ where: { actie: "sessie.overal-uitgelogd", gebruikerId: g.id } })).toBe(1);
  });
});

describe("wachtwoordbeleid", () => {
  it("weigert een veelgebruikt of uitgelekt wachtwoord met een Nederlandse melding, zonder iets te tellen of te wijzigen", async () => {
    const { g } = await nieuweBegeleider();
    const user = await sessionUser(g.id);
    const hash = async () => (await db().gebruiker.findUniqueOrThrow({ where: { id: g.id }, select: { wachtwoordHash: true } })).wachtwoordHash;
    const voor = await hash();
    expect(voor).toMatch(/^\$argon2id\$/);
    for (const nieuw of ["Wachtwoord2026!", "welkom12345678", "Qwertyuiop123", "P@$$w0rd2024"]) {
      const fout = await wijzigEigenWachtwoord(user, { huidig: "Een-lang-testwachtwoord-1", nieuw, herhaal: nieuw }).catch((e: unknown) => e);
      expect(fout, nieuw).toBeInstanceOf(z.ZodError);
      expect((fout as z.ZodError).issues[0]).toMatchObject({ path: ["nieuw"], message: WACHTWOORD_OP_LIJST });
    }
    expect(await hash()).toBe(voor);
    expect(await db().loginPoging.count({ where: { email: g.email } })).toBe(0);
    // A long passphrase of its own is fine.
    await wijzigEigenWachtwoord(user, { huidig: "Een-lang-testwachtwoord-1", nieuw: "fiets-tulp-regenjas-7", herhaal: "fiets-tulp-regenjas-7" });
    expect(await hash()).not.toBe(voor);
  });
});
