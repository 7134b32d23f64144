/**
 * The action kit as a user meets it: hostile or broken input gets a Dutch
 * message next to the field and changes nothing; a session that must still
 * change its password can do nothing else.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { logAfspraakAction, planAfspraakAction } from "@/lib/afspraak/actions";
import { db } from "@/lib/db";
import { vandaag } from "@/lib/tijd";
import "@/lib/validatie/zod-nl";
import { maakTweeOrganisaties } from "../factories";
import { meldAanAls, voerUit } from "../setup/actie-request";

vi.mock("next/headers", async () => (await import("../setup/actie-request")).nextHeaders);
vi.mock("next/cache", async () => (await import("../setup/actie-request")).nextCache);

const logInvoer = (inburgeraarId: string, extra: Record<string, string> = {}) => ({
  inburgeraarId,
  datum: vandaag(),
  tijd: "09:00",
  type: "HUISBEZOEK",
  status: "VOND_PLAATS",
  aanvraagSleutel: `kit-${randomUUID()}`,
  ...extra,
});

describe("de actie-kit", () => {
  it("een NUL-byte of een ander stuurteken geeft een melding bij dat veld en schrijft niets", async () => {
    const w = await maakTweeOrganisaties();
    await meldAanAls(w.gebruikers.begeleider.id);
    for (const verslag of ["Gesprek\u0000gehad", "Tekst met \u202Eomgekeerde\u202C richting", "bel\u0007"]) {
      const state = await voerUit(logAfspraakAction, logInvoer(w.inburgeraarA.id, { verslag }));
      expect(state.ok).toBe(false);
      expect(state.message).toBe("Controleer de gemarkeerde velden.");
      expect(state.errors?.verslag?.[0]).toMatch(/teken dat niet is toegestaan/);
    }
    expect(await db().afspraak.count({ where: { inburgeraarId: w.inburgeraarA.id } })).toBe(0);
    // Newlines and tabs in a verslag are ordinary text.
    const goed = await voerUit(logAfspraakAction, logInvoer(w.inburgeraarA.id, { verslag: "Regel 1\nRegel 2\tmet tab" }));
    expect(goed).toMatchObject({ ok: true, message: "Het contact is vastgelegd." });
  });

  it("gemanipuleerde velden krijgen Nederlandse meldingen, nooit Engelse", async () => {
    const w = await maakTweeOrganisaties();
    await meldAanAls(w.gebruikers.begeleider.id);
    const state = await voerUit(planAfspraakAction, {
      inburgeraarId: w.inburgeraarA.id,
      datum: "2026-02-30",
      tijd: "25:99",
      type: "ONBEKEND_TYPE",
      duurMinuten: "veel",
      aanvraagSleutel: "x",
    });
    expect(state.ok).toBe(false);
    const meldingen = Object.values(state.errors ?? {}).flat();
    expect(meldingen.length).toBeGreaterThanOrEqual(4);
    for (const m of meldingen) {
      expect(m).not.toMatch(/\b(Invalid|expected|received|must|Required|string|number)\b/i);
    }
    expect(await db().afspraak.count({ where: { inburgeraarId: w.inburgeraarA.id } })).toBe(0);
  });

  it("zod zonder eigen melding valt terug op eenvoudig Nederlands", () => {
    const schema = z.object({ naam: z.string().max(3), aantal: z.number(), soort: z.enum(["A", "B"]) }).strict();
    const fout = schema.safeParse({ naam: "te lang", aantal: "x", soort: "C", rol: "BEHEERDER" }).error!;
    const teksten = fout.issues.map((i) => i.message);
    expect(teksten).toEqual(
      expect.arrayContaining(["Dit is te lang: hoogstens 3 tekens.", "Deze waarde klopt niet.", "Kies een van de mogelijkheden.", "Dit veld hoort niet bij dit formulier."]),
    );
  });

  it("met een tijdelijk wachtwoord weigert elke actie behalve wachtwoord wijzigen, en schrijft niets", async () => {
    const w = await maakTweeOrganisaties();
    await db().gebruiker.update({ where: { id: w.gebruikers.begeleider.id }, data: { moetWachtwoordWijzigen: true } });
    await meldAanAls(w.gebruikers.begeleider.id);
    const state = await voerUit(logAfspraakAction, logInvoer(w.inburgeraarA.id));
    expect(state).toMatchObject({ ok: false, message: "Kies eerst een eigen wachtwoord. Daarna kun je verder." });
    expect(await db().afspraak.count({ where: { inburgeraarId: w.inburgeraarA.id } })).toBe(0);
  });

  it("een geweigerde poging staat één keer in het auditlog, met het gevraagde dossier", async () => {
    const w = await maakTweeOrganisaties();
    await meldAanAls(w.gebruikers.begeleiderB.id);
    const state = await voerUit(logAfspraakAction, logInvoer(w.inburgeraarA.id));
    expect(state.ok).toBe(false);
    const rijen = await db().auditLog.findMany({ where: { actie: "toegang.geweigerd", gebruikerId: w.gebruikers.begeleiderB.id } });
    expect(rijen).toHaveLength(1);
    expect(rijen[0]).toMatchObject({ entiteitId: w.inburgeraarA.id, organisatieId: w.b.organisatie.id, inburgeraarId: null });
  });

  it("zonder sessie: 'niet ingelogd', niets geschreven", async () => {
    const w = await maakTweeOrganisaties();
    await meldAanAls(null);
    const state = await voerUit(logAfspraakAction, logInvoer(w.inburgeraarA.id));
    expect(state).toMatchObject({ ok: false, message: "Je bent niet (meer) ingelogd. Log opnieuw in." });
    expect(await db().afspraak.count({ where: { inburgeraarId: w.inburgeraarA.id } })).toBe(0);
  });
});
