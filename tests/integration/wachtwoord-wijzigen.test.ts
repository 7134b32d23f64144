import { describe, expect, it } from "vitest";
import { SIGN_IN_MESSAGES } from "@/lib/auth/messages";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { authenticate } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { wijzigEigenWachtwoord } from "@/lib/gebruiker/mutations";
import { maakGebruiker, maakOrganisatie, sessionUser } from "../factories";

const WACHTWOORD = "Een-lang-testwachtwoord-1";
const NIEUW = "Een-ander-lang-wachtwoord-2";

async function ingelogd() {
  const { organisatie } = await maakOrganisatie();
  const g = await maakGebruiker(organisatie.id, "BEGELEIDER", { wachtwoordHash: await hashPassword(WACHTWOORD) });
  return { g, user: await sessionUser(g.id) };
}

const wijzig = (user: Awaited<ReturnType<typeof sessionUser>>, huidig: string) =>
  wijzigEigenWachtwoord(user, { huidig, nieuw: NIEUW, herhaal: NIEUW });

async function wachtwoordIsNogSteeds(gebruikerId: string, wachtwoord: string) {
  const { wachtwoordHash } = await db().gebruiker.findUniqueOrThrow({ where: { id: gebruikerId }, select: { wachtwoordHash: true } });
  return verifyPassword(wachtwoordHash!, wachtwoord);
}

describe("wachtwoord wijzigen: raden van het huidige wachtwoord telt mee voor de blokkade", () => {
  it("na te veel foute huidige wachtwoorden weigert het formulier, ook met het juiste, en is inloggen geblokkeerd", async () => {
    const { g, user } = await ingelogd();
    for (let i = 0; i < env.LOGIN_MAX_FAILURES_PER_ACCOUNT; i++) {
      await expect(wijzig(user, `geraden-${i}`)).rejects.toThrow("Je huidige wachtwoord klopt niet.");
    }
    await expect(wijzig(user, WACHTWOORD)).rejects.toThrow(SIGN_IN_MESSAGES.GEBLOKKEERD!);
    expect(await wachtwoordIsNogSteeds(g.id, WACHTWOORD)).toBe(true);
    expect(await db().loginPoging.count({ where: { email: g.email, gelukt: false } })).toBe(env.LOGIN_MAX_FAILURES_PER_ACCOUNT);
    expect(await authenticate({ email: g.email, password: WACHTWOORD }, "10.8.0.1")).toEqual({ ok: false, reden: "GEBLOKKEERD" });
    expect(await db().auditLog.count({ where: { entiteitId: g.id, actie: "gebruiker.wachtwoord-wijzigen-mislukt" } })).toBe(
      env.LOGIN_MAX_FAILURES_PER_ACCOUNT,
    );
    expect(await db().auditLog.count({ where: { entiteitId: g.id, actie: "gebruiker.wachtwoord-wijzigen-geblokkeerd" } })).toBe(1);
  });

  it("foute inlogpogingen en foute huidige wachtwoorden tellen samen", async () => {
    const { g, user } = await ingelogd();
    const opLoginPagina = env.LOGIN_MAX_FAILURES_PER_ACCOUNT - 1;
    for (let i = 0; i < opLoginPagina; i++) {
      expect(await authenticate({ email: g.email, password: "fout" }, `10.8.1.${i}`)).toMatchObject({ reden: "ONJUIST" });
    }
    await expect(wijzig(user, "nog-een-gok")).rejects.toThrow("Je huidige wachtwoord klopt niet.");
    await expect(wijzig(user, WACHTWOORD)).rejects.toThrow(SIGN_IN_MESSAGES.GEBLOKKEERD!);
    expect(await wachtwoordIsNogSteeds(g.id, WACHTWOORD)).toBe(true);
  });

  it("met het juiste huidige wachtwoord lukt het en telt het niet als mislukte poging", async () => {
    const { g, user } = await ingelogd();
    await expect(wijzig(user, "een-keer-fout")).rejects.toThrow("Je huidige wachtwoord klopt niet.");
    await wijzig(user, WACHTWOORD);
    expect(await wachtwoordIsNogSteeds(g.id, NIEUW)).toBe(true);
    expect(await db().loginPoging.count({ where: { email: g.email, gelukt: false } })).toBe(1);
  });
});
