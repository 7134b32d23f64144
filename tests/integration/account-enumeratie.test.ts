import { describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import { createGebruiker, EMAIL_NIET_BRUIKBAAR } from "@/lib/gebruiker/mutations";
import { maakGebruiker, maakOrganisatie, sessionUser } from "../factories";

/** What the beheerder gets back: the error's class, message and field errors, or "gelukt". */
async function antwoord(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (error === null) return "gelukt";
  return {
    soort: (error as Error).constructor.name,
    velden: error instanceof z.ZodError ? z.flattenError(error).fieldErrors : null,
    message: error instanceof z.ZodError ? null : (error as Error).message,
  };
}

describe("een account aanmaken verraadt niet dat een e-mailadres elders bestaat", () => {
  it("geeft voor een adres uit een andere organisatie precies hetzelfde antwoord als voor een adres uit de eigen organisatie", async () => {
    const { organisatie: eigen } = await maakOrganisatie();
    const { organisatie: andere } = await maakOrganisatie();
    const beheerder = await sessionUser((await maakGebruiker(eigen.id, "BEHEERDER")).id);
    const collega = await maakGebruiker(eigen.id, "BEGELEIDER");
    const elders = await maakGebruiker(andere.id, "BEGELEIDER");
    const voor = await db().gebruiker.count();
    const auditVoor = await db().auditLog.count();

    const eigenAntwoord = await antwoord(createGebruiker(beheerder, { naam: "Test Een", email: collega.email, rol: "BEGELEIDER" }));
    const eldersAntwoord = await antwoord(
      createGebruiker(beheerder, { naam: "Test Twee", email: elders.email.toUpperCase(), rol: "BEGELEIDER" }),
    );
    expect(eigenAntwoord).toEqual({ soort: "ZodError", velden: { email: [EMAIL_NIET_BRUIKBAAR] }, message: null });
    expect(eldersAntwoord).toEqual(eigenAntwoord);
    // The message names no organisation, person or account.
    expect(EMAIL_NIET_BRUIKBAAR).not.toMatch(/organisatie|bestaat|account/i);
    // No user was written; both refusals left the same audit row in the beheerder's own trail.
    expect(await db().gebruiker.count()).toBe(voor);
    expect(await db().auditLog.count()).toBe(auditVoor + 2);
    const rijen = await db().auditLog.findMany({
      where: { actie: "gebruiker.aanmaken-geweigerd" },
      orderBy: { createdAt: "asc" },
      select: { actie: true, organisatieId: true, gebruikerId: true, entiteitId: true, details: true },
    });
    expect(rijen).toEqual([
      { actie: "gebruiker.aanmaken-geweigerd", organisatieId: eigen.id, gebruikerId: beheerder.id, entiteitId: null, details: { email: collega.email } },
      { actie: "gebruiker.aanmaken-geweigerd", organisatieId: eigen.id, gebruikerId: beheerder.id, entiteitId: null, details: { email: elders.email } },
    ]);
    // The other organisation's account is untouched.
    expect(await db().gebruiker.findUniqueOrThrow({ where: { id: elders.id }, select: { organisatieId: true, naam: true } })).toEqual({
      organisatieId: andere.id,
      naam: elders.naam,
    });
  });

  it("geeft het neutrale antwoord ook als twee beheerders uit verschillende organisaties tegelijk hetzelfde adres aanmaken", async () => {
    const { organisatie: a } = await maakOrganisatie();
    const { organisatie: b } = await maakOrganisatie();
    const beheerderA = await sessionUser((await maakGebruiker(a.id, "BEHEERDER")).id);
    const beheerderB = await sessionUser((await maakGebruiker(b.id, "BEHEERDER")).id);
    const email = "tegelijk-fictief@test.wegwijs.test";
    const antwoorden = await Promise.all([
      antwoord(createGebruiker(beheerderA, { naam: "Test A", email, rol: "BEGELEIDER" })),
      antwoord(createGebruiker(beheerderB, { naam: "Test B", email, rol: "BEGELEIDER" })),
    ]);
    expect(antwoorden.filter((x) => x === "gelukt")).toHaveLength(1);
    expect(antwoorden.find((x) => x !== "gelukt")).toEqual({ soort: "ZodError", velden: { email: [EMAIL_NIET_BRUIKBAAR] }, message: null });
    expect(await db().gebruiker.count({ where: { email } })).toBe(1);
  });
});
