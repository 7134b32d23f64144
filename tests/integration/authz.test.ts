import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createGebruiker, resetWachtwoord, setGebruikerActief } from "@/lib/gebruiker/mutations";
import { gebruikerKeuzes, listGebruikers } from "@/lib/gebruiker/queries";
import { updateGemeenteInstellingen } from "@/lib/gemeente/mutations";
import { getGemeente, listGemeenten } from "@/lib/gemeente/queries";
import { getDossierAfspraken } from "@/lib/afspraak/queries";
import { getInburgeraar, listInburgeraars } from "@/lib/inburgeraar/queries";
import { getChecklist } from "@/lib/opstart/queries";
import { teamOverzicht } from "@/lib/team/queries";
import { maakGebruiker, maakTweeOrganisaties, sessionUser } from "../factories";

async function expectCode(promise: Promise<unknown>, code: AppError["code"]) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
}

const instellingen = (version: number) => ({
  version,
  looptijdMaanden: 24,
  opstartfaseWeken: 8,
  meetmomentenMaanden: "3, 8, 12",
  contactNormDagen: 14,
  bellijstIntervalDagen: "",
  taakstelling: "",
  spreekuur: "",
  leefgebieden: ["WONEN"],
});

describe("organisatiegrenzen", () => {
  it("een gebruiker van organisatie A krijgt 'niet gevonden' voor dossiers van organisatie B", async () => {
    const w = await maakTweeOrganisaties();
    for (const rol of ["begeleider", "vrijwilliger", "teamleider", "consulent"] as const) {
      const user = await sessionUser(w.gebruikers[rol].id);
      await expectCode(getInburgeraar(user, w.inburgeraarB.id), "NIET_GEVONDEN");
      const ids = (await listInburgeraars(user)).map((r) => r.id);
      expect(ids).not.toContain(w.inburgeraarB.id);
    }
  });

  it("een teamleider ziet alleen het eigen team en een beheerder alleen de eigen gebruikers en gemeenten", async () => {
    const w = await maakTweeOrganisaties();
    const teamleider = await sessionUser(w.gebruikers.teamleider.id);
    const team = await teamOverzicht(teamleider);
    expect(team.map((t) => t.id)).toContain(w.gebruikers.begeleider.id);
    expect(team.map((t) => t.id)).not.toContain(w.gebruikers.begeleiderB.id);

    const beheerder = await sessionUser(w.gebruikers.beheerder.id);
    expect((await listGebruikers(beheerder)).map((g) => g.id)).not.toContain(w.gebruikers.begeleiderB.id);
    expect((await listGemeenten(beheerder)).map((g) => g.id)).toEqual([w.a.gemeente.id]);
    expect((await gebruikerKeuzes(beheerder)).gemeenten.map((g) => g.id)).toEqual([w.a.gemeente.id]);
  });

  it("beheeracties op records van organisatie B geven 'niet gevonden' en veranderen niets", async () => {
    const w = await maakTweeOrganisaties();
    const beheerder = await sessionUser(w.gebruikers.beheerder.id);
    await expectCode(setGebruikerActief(beheerder, w.gebruikers.begeleiderB.id, false), "NIET_GEVONDEN");
    await expectCode(resetWachtwoord(beheerder, w.gebruikers.begeleiderB.id), "NIET_GEVONDEN");
    await expectCode(getGemeente(beheerder, w.b.gemeente.id), "NIET_GEVONDEN");
    await expectCode(updateGemeenteInstellingen(beheerder, w.b.gemeente.id, instellingen(1)), "NIET_GEVONDEN");
    await expectCode(
      createGebruiker(beheerder, { naam: "Nieuwe Consulent", email: "nieuw-c@test.wegwijs.test", rol: "CONSULENT", gemeenteIds: [w.b.gemeente.id] }),
      "NIET_GEVONDEN",
    );
    const b = await db().gebruiker.findUniqueOrThrow({ where: { id: w.gebruikers.begeleiderB.id } });
    expect(b.actief).toBe(true);
    expect((await db().gemeente.findUniqueOrThrow({ where: { id: w.b.gemeente.id } })).looptijdMaanden).toBe(12);
    expect(await db().gebruiker.count({ where: { email: "nieuw-c@test.wegwijs.test" } })).toBe(0);
  });
});

describe("toegang binnen de organisatie", () => {
  it("een vrijwilliger ziet alleen de eigen maatjes", async () => {
    const w = await maakTweeOrganisaties();
    const vrijwilliger = await sessionUser(w.gebruikers.vrijwilliger.id);
    expect((await listInburgeraars(vrijwilliger)).map((r) => r.id)).toEqual([w.inburgeraarA.id]);
    await expect(getInburgeraar(vrijwilliger, w.inburgeraarA.id)).resolves.toMatchObject({ id: w.inburgeraarA.id });
    await expectCode(getInburgeraar(vrijwilliger, w.nietToegewezenA.id), "NIET_GEVONDEN");
  });

  it("een beëindigde toewijzing geeft geen toegang meer", async () => {
    const w = await maakTweeOrganisaties();
    await db().toewijzing.updateMany({ where: { gebruikerId: w.gebruikers.vrijwilliger.id }, data: { tot: new Date(Date.now() - 1000) } });
    const vrijwilliger = await sessionUser(w.gebruikers.vrijwilliger.id);
    await expectCode(getInburgeraar(vrijwilliger, w.inburgeraarA.id), "NIET_GEVONDEN");
  });

  it("een begeleider ziet alleen wie aan hem of haar is toegewezen; een teamleider ziet iedereen", async () => {
    const w = await maakTweeOrganisaties();
    const begeleider = await sessionUser(w.gebruikers.begeleider.id);
    await expectCode(getInburgeraar(begeleider, w.nietToegewezenA.id), "NIET_GEVONDEN");
    const teamleider = await sessionUser(w.gebruikers.teamleider.id);
    await expect(getInburgeraar(teamleider, w.nietToegewezenA.id)).resolves.toBeTruthy();
  });

  it("een consulent ziet alleen de eigen gemeenten en een beheerder geen dossiers", async () => {
    const w = await maakTweeOrganisaties();
    const andereGemeente = await db().gemeente.create({ data: { organisatieId: w.a.organisatie.id, naam: "Andere testgemeente" } });
    const consulent2 = await sessionUser((await maakGebruiker(w.a.organisatie.id, "CONSULENT", { gemeenteIds: [andereGemeente.id] })).id);
    await expectCode(getInburgeraar(consulent2, w.inburgeraarA.id), "NIET_GEVONDEN");
    const beheerder = await sessionUser(w.gebruikers.beheerder.id);
    await expectCode(getInburgeraar(beheerder, w.inburgeraarA.id), "GEEN_TOEGANG");
  });

  it("rollen zonder recht kunnen geen gebruikers of gemeenten beheren", async () => {
    const w = await maakTweeOrganisaties();
    for (const rol of ["begeleider", "vrijwilliger", "teamleider", "consulent"] as const) {
      const user = await sessionUser(w.gebruikers[rol].id);
      await expectCode(listGebruikers(user), "GEEN_TOEGANG");
      await expectCode(setGebruikerActief(user, w.gebruikers.begeleider.id, false), "GEEN_TOEGANG");
      await expectCode(updateGemeenteInstellingen(user, w.a.gemeente.id, instellingen(1)), "GEEN_TOEGANG");
    }
  });

  it("het bekijken van een dossier komt in het auditlog", async () => {
    const w = await maakTweeOrganisaties();
    const begeleider = await sessionUser(w.gebruikers.begeleider.id);
    await getInburgeraar(begeleider, w.inburgeraarA.id);
    const rows = await db().auditLog.findMany({ where: { inburgeraarId: w.inburgeraarA.id, actie: "inburgeraar.bekeken" } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.gebruikerId).toBe(begeleider.id);
  });
});

describe("consulent en toestemming", () => {
  it("ziet afspraken en checklist alleen met geldige toestemming voor dat onderdeel", async () => {
    const w = await maakTweeOrganisaties();
    const consulent = await sessionUser(w.gebruikers.consulent.id);
    const id = w.inburgeraarA.id;
    await expectCode(getDossierAfspraken(consulent, id), "NIET_GEVONDEN");
    await expectCode(getChecklist(consulent, id), "NIET_GEVONDEN");

    const geef = (onderwerp: "AFSPRAKEN" | "CHECKLIST", gegevenOp: string, ingetrokkenOp?: string) =>
      db().toestemming.create({
        data: {
          inburgeraarId: id,
          onderwerp,
          ontvanger: "CONSULENT_GEMEENTE",
          gegevenOp: new Date(`${gegevenOp}T00:00:00Z`),
          ingetrokkenOp: ingetrokkenOp ? new Date(`${ingetrokkenOp}T00:00:00Z`) : null,
          vastgelegdDoorId: w.gebruikers.begeleider.id,
        },
      });
    // Consent for the checklist only, and an afspraken consent that was withdrawn.
    await geef("CHECKLIST", "2026-01-01");
    await geef("AFSPRAKEN", "2026-01-01", "2026-02-01");
    await expect(getChecklist(consulent, id)).resolves.toBeTruthy();
    await expectCode(getDossierAfspraken(consulent, id), "NIET_GEVONDEN");
    await geef("AFSPRAKEN", "2026-03-01");
    await expect(getDossierAfspraken(consulent, id)).resolves.toBeTruthy();
    // Each view is in the audit trail, with the part that was seen.
    const views = await db().auditLog.findMany({ where: { inburgeraarId: id, gebruikerId: consulent.id, actie: "inburgeraar.bekeken" } });
    expect(views.map((v) => (v.details as { onderdeel: string }).onderdeel).sort()).toEqual(["afspraken", "opstartfase"]);
  });
});
