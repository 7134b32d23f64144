import { describe, expect, it } from "vitest";
import { getInburgeraar } from "@/lib/inburgeraar/queries";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { beeindigToewijzing, wijsToe } from "@/lib/toewijzing/mutations";
import { getToewijzingen } from "@/lib/toewijzing/queries";
import { maakGebruiker, maakTweeOrganisaties, sessionUser } from "../factories";
import { zinVoorAudit } from "@/lib/audit/zinnen";

async function code(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

describe("toewijzingen door een teamleider", () => {
  it("een nieuw maatje neemt het over; de vorige toewijzing blijft als historie en de toegang gaat mee", async () => {
    const w = await maakTweeOrganisaties();
    const teamleider = await sessionUser(w.gebruikers.teamleider.id);
    const nieuw = await maakGebruiker(w.a.organisatie.id, "VRIJWILLIGER");
    await wijsToe(teamleider, { inburgeraarId: w.inburgeraarA.id, gebruikerId: nieuw.id, rol: "MAATJE", reden: "Spreekt Tigrinya", overdrachtNotitie: "Kent het gezin nog niet; eerst samen langs." });

    const overzicht = await getToewijzingen(teamleider, w.inburgeraarA.id);
    expect(overzicht.actief.filter((t) => t.rol === "MAATJE").map((t) => t.gebruiker.id)).toEqual([nieuw.id]);
    expect(overzicht.historie.map((t) => t.gebruiker.id)).toEqual([w.gebruikers.vrijwilliger.id]);

    // The new volunteer can open the dossier; the previous one no longer can.
    await expect(getInburgeraar(await sessionUser(nieuw.id), w.inburgeraarA.id)).resolves.toBeTruthy();
    expect(await code(getInburgeraar(await sessionUser(w.gebruikers.vrijwilliger.id), w.inburgeraarA.id))).toBe("NIET_GEVONDEN");

    const audit = await db().auditLog.findFirst({ where: { inburgeraarId: w.inburgeraarA.id, actie: "toewijzing.gemaakt" } });
    expect(zinVoorAudit(audit!)).toContain(`in plaats van ${w.gebruikers.vrijwilliger.naam}`);
  });

  it("weigert een vrijwilliger als begeleider, een begeleider als maatje en een vol maatje", async () => {
    const w = await maakTweeOrganisaties();
    const teamleider = await sessionUser(w.gebruikers.teamleider.id);
    const id = w.nietToegewezenA.id;
    await expect(wijsToe(teamleider, { inburgeraarId: id, gebruikerId: w.gebruikers.vrijwilliger.id, rol: "BEGELEIDER" })).rejects.toThrow(
      "Alleen een begeleider of teamleider kan deze rol krijgen.",
    );
    await expect(wijsToe(teamleider, { inburgeraarId: id, gebruikerId: w.gebruikers.begeleider.id, rol: "MAATJE" })).rejects.toThrow(
      "Alleen een vrijwilliger kan maatje zijn.",
    );
    await db().vrijwilligerProfiel.update({ where: { gebruikerId: w.gebruikers.vrijwilliger.id }, data: { maxMaatjes: 1 } });
    await expect(wijsToe(teamleider, { inburgeraarId: id, gebruikerId: w.gebruikers.vrijwilliger.id, rol: "MAATJE" })).rejects.toThrow(
      /het maximum dat is afgesproken/,
    );
    expect(await db().toewijzing.count({ where: { inburgeraarId: id } })).toBe(0);
  });

  it("beëindigen zet een einddatum; niemand wordt verwijderd", async () => {
    const w = await maakTweeOrganisaties();
    const teamleider = await sessionUser(w.gebruikers.teamleider.id);
    const t = await db().toewijzing.findFirstOrThrow({ where: { inburgeraarId: w.inburgeraarA.id, rol: "MAATJE" } });
    await beeindigToewijzing(teamleider, { toewijzingId: t.id, reden: "Verhuisd" });
    const na = await db().toewijzing.findUniqueOrThrow({ where: { id: t.id } });
    expect(na.tot).not.toBeNull();
    expect(na.reden).toBe("Verhuisd");
    expect(await code(beeindigToewijzing(teamleider, { toewijzingId: t.id }))).toBe("NIET_GEVONDEN");
  });

  it("alleen een teamleider van dezelfde organisatie kan toewijzen", async () => {
    const w = await maakTweeOrganisaties();
    const input = { inburgeraarId: w.inburgeraarA.id, gebruikerId: w.gebruikers.vrijwilliger.id, rol: "MAATJE" };
    for (const rol of ["begeleider", "vrijwilliger", "consulent", "beheerder"] as const) {
      expect(await code(wijsToe(await sessionUser(w.gebruikers[rol].id), input))).toBe("GEEN_TOEGANG");
    }
    const teamleiderB = await sessionUser((await maakGebruiker(w.b.organisatie.id, "TEAMLEIDER")).id);
    expect(await code(wijsToe(teamleiderB, input))).toBe("NIET_GEVONDEN");
    expect(await code(getToewijzingen(teamleiderB, w.inburgeraarA.id))).toBe("NIET_GEVONDEN");
    // A user of organisation B cannot be assigned in organisation A.
    const teamleider = await sessionUser(w.gebruikers.teamleider.id);
    expect(await code(wijsToe(teamleider, { ...input, gebruikerId: w.gebruikers.begeleiderB.id, rol: "BEGELEIDER" }))).toBe("NIET_GEVONDEN");
  });
});

describe("teamoverzicht", () => {
  it("toont wie nog geen maatje heeft, alleen uit de eigen organisatie", async () => {
    const { zonderMaatje } = await import("@/lib/team/queries");
    const w = await maakTweeOrganisaties();
    const teamleider = await sessionUser(w.gebruikers.teamleider.id);
    const ids = (await zonderMaatje(teamleider)).map((r) => r.id);
    expect(ids).toContain(w.nietToegewezenA.id);
    expect(ids).not.toContain(w.inburgeraarA.id);
    expect(ids).not.toContain(w.inburgeraarB.id);
  });
});
