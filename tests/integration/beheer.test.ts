import { describe, expect, it } from "vitest";
import { laadSessie } from "@/lib/auth/session";
import { authenticate } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { EMAIL_NIET_BRUIKBAAR, createGebruiker, resetWachtwoord, setGebruikerActief, wijzigEigenWachtwoord } from "@/lib/gebruiker/mutations";
import { updateGemeenteInstellingen } from "@/lib/gemeente/mutations";
import { z } from "zod";
import { maakGebruiker, maakOrganisatie, sessionUser } from "../factories";

async function beheerder() {
  const { organisatie, gemeente } = await maakOrganisatie();
  const g = await maakGebruiker(organisatie.id, "BEHEERDER");
  return { user: await sessionUser(g.id), organisatie, gemeente };
}

async function fieldErrors(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(z.ZodError);
  return z.flattenError(error as z.ZodError).fieldErrors as Record<string, string[]>;
}

describe("gebruikers beheren", () => {
  it("maakt een account met een tijdelijk wachtwoord waarmee je kunt inloggen, en moet dan wijzigen", async () => {
    const { user, gemeente } = await beheerder();
    const created = await createGebruiker(user, {
      naam: "Testconsulent Fictief",
      email: "Testconsulent@Test.Wegwijs.test",
      rol: "CONSULENT",
      gemeenteIds: [gemeente.id],
    });
    const row = await db().gebruiker.findUniqueOrThrow({ where: { id: created.id }, include: { gemeenten: true } });
    expect(row.email).toBe("testconsulent@test.wegwijs.test");
    expect(row.moetWachtwoordWijzigen).toBe(true);
    expect(row.gemeenten.map((g) => g.gemeenteId)).toEqual([gemeente.id]);
    expect(await authenticate({ email: row.email, password: created.wachtwoord }, "10.9.0.1")).toEqual({ ok: true, gebruikerId: row.id });

    const nieuw = await sessionUser(row.id);
    await wijzigEigenWachtwoord(nieuw, { huidig: created.wachtwoord, nieuw: "Mijn-eigen-wachtwoord-9", herhaal: "Mijn-eigen-wachtwoord-9" });
    expect((await db().gebruiker.findUniqueOrThrow({ where: { id: row.id } })).moetWachtwoordWijzigen).toBe(false);
    expect(await db().auditLog.count({ where: { entiteitId: row.id } })).toBe(2);
  });

  it("weigert lege, te lange en dubbele invoer met meldingen per veld en maakt niets aan", async () => {
    const { user, organisatie } = await beheerder();
    const voor = await db().gebruiker.count({ where: { organisatieId: organisatie.id } });
    const leeg = await fieldErrors(createGebruiker(user, { naam: "", email: "", rol: "" }));
    expect(leeg.naam?.[0]).toMatch(/Vul de naam in/);
    expect(leeg.email?.[0]).toMatch(/Vul het e-mailadres in/);
    expect(leeg.rol?.[0]).toBe("Kies een rol.");
    const lang = await fieldErrors(createGebruiker(user, { naam: "x".repeat(500), email: "a@b.nl", rol: "BEGELEIDER" }));
    expect(lang.naam?.[0]).toMatch(/te lang/);
    const consulentZonderGemeente = await fieldErrors(createGebruiker(user, { naam: "Test", email: "c@b.nl", rol: "CONSULENT" }));
    expect(consulentZonderGemeente.gemeenteIds?.[0]).toMatch(/minstens één gemeente/);
    await createGebruiker(user, { naam: "Test Dubbel", email: "dubbel@test.wegwijs.test", rol: "BEGELEIDER" });
    const dubbel = await fieldErrors(createGebruiker(user, { naam: "Test Dubbel 2", email: "DUBBEL@test.wegwijs.test", rol: "BEGELEIDER" }));
    expect(dubbel.email).toEqual([EMAIL_NIET_BRUIKBAAR]);
    expect(await db().gebruiker.count({ where: { organisatieId: organisatie.id } })).toBe(voor + 1);
  });

  it("uitschakelen beëindigt alle sessies; je eigen account uitschakelen kan niet", async () => {
    const { user, organisatie } = await beheerder();
    const g = await maakGebruiker(organisatie.id, "BEGELEIDER");
    const sessie = await sessionUser(g.id);
    expect((await laadSessie(sessie.sessieId)).ok).toBe(true);
    await setGebruikerActief(user, g.id, false);
    expect((await laadSessie(sessie.sessieId)).ok).toBe(false);
    await expect(setGebruikerActief(user, user.id, false)).rejects.toBeInstanceOf(AppError);
  });

  it("een wachtwoordreset geeft een nieuw tijdelijk wachtwoord en logt overal uit", async () => {
    const { user, organisatie } = await beheerder();
    const g = await maakGebruiker(organisatie.id, "VRIJWILLIGER");
    const sessie = await sessionUser(g.id);
    const { wachtwoord } = await resetWachtwoord(user, g.id);
    expect(wachtwoord).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
    expect((await laadSessie(sessie.sessieId)).ok).toBe(false);
    expect(await authenticate({ email: g.email, password: wachtwoord }, "10.9.0.2")).toMatchObject({ ok: true });
  });
});

describe("gemeente-instellingen", () => {
  const geldig = (version: number) => ({
    version,
    looptijdMaanden: "36",
    opstartfaseWeken: "10",
    meetmomentenMaanden: "12, 3 8",
    contactNormDagen: "14",
    bellijstIntervalDagen: "90",
    taakstelling: "240",
    spreekuur: "Elke werkdag 9:00–12:00",
    leefgebieden: ["WONEN", "ZORG_GEZONDHEID"],
  });

  it("slaat op en verhoogt de versie; een verouderde pagina krijgt een conflict en overschrijft niets", async () => {
    const { user, gemeente } = await beheerder();
    await updateGemeenteInstellingen(user, gemeente.id, geldig(1));
    const na = await db().gemeente.findUniqueOrThrow({ where: { id: gemeente.id } });
    expect(na).toMatchObject({ looptijdMaanden: 36, meetmomentenMaanden: [3, 8, 12], bellijstIntervalDagen: 90, version: 2 });
    await expect(updateGemeenteInstellingen(user, gemeente.id, { ...geldig(1), looptijdMaanden: "6" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await db().gemeente.findUniqueOrThrow({ where: { id: gemeente.id } })).looptijdMaanden).toBe(36);
  });

  it("weigert ongeldige waarden met een melding per veld", async () => {
    const { user, gemeente } = await beheerder();
    const errors = await fieldErrors(
      updateGemeenteInstellingen(user, gemeente.id, { ...geldig(1), looptijdMaanden: "0", meetmomentenMaanden: "drie", leefgebieden: [] }),
    );
    expect(errors.looptijdMaanden?.[0]).toMatch(/minstens 1/);
    expect(errors.meetmomentenMaanden?.[0]).toMatch(/hele maanden/);
    expect(errors.leefgebieden?.[0]).toMatch(/minstens één leefgebied/);
    expect((await db().gemeente.findUniqueOrThrow({ where: { id: gemeente.id } })).version).toBe(1);
  });
});
