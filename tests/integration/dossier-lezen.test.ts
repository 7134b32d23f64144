/**
 * The dossier's hot reads load the part and record the view in ONE statement
 * (docs/decisions/019). What the database holds afterwards must be what the
 * separate loads wrote: one view row per read, the same refusals, and gated
 * columns only where the part is visible.
 */
import { describe, expect, it } from "vitest";
import { logAfspraak } from "@/lib/afspraak/mutations";
import { getDossierAfspraken } from "@/lib/afspraak/queries";
import { can } from "@/lib/authz";
import { db } from "@/lib/db";
import type { ToestemmingOnderwerp } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import { laadDossierZicht } from "@/lib/inburgeraar/laad";
import { getChecklist } from "@/lib/opstart/queries";
import { vandaag } from "@/lib/tijd";
import { maakInburgeraar, maakTweeOrganisaties, sessionUser, wijsToe } from "../factories";

async function code(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(AppError);
  return (e as AppError).code;
}

const onderdeel = (r: { details: unknown }) => (r.details as { onderdeel?: string; reden?: string }).onderdeel;

describe("dossier lezen in één query", () => {
  it("schrijft per weergave één auditregel: wie, welk onderdeel, welk dossier, nu", async () => {
    const w = await maakTweeOrganisaties();
    const begeleider = await sessionUser(w.gebruikers.begeleider.id);
    const id = w.inburgeraarA.id;
    const voor = Date.now();
    await getChecklist(begeleider, id);
    await getDossierAfspraken(begeleider, id);
    await getChecklist(begeleider, id);
    const rijen = await db().auditLog.findMany({ where: { gebruikerId: begeleider.id, actie: "inburgeraar.bekeken" }, orderBy: { id: "asc" } });
    expect(rijen.map(onderdeel)).toEqual(["opstartfase", "afspraken", "opstartfase"]);
    for (const r of rijen) {
      expect(r).toMatchObject({ organisatieId: begeleider.organisatieId, entiteit: "Inburgeraar", entiteitId: id, inburgeraarId: id });
      expect(r.requestId).toBeTruthy();
      // Stored as the instant (UTC), whatever the connection's time zone.
      expect(Math.abs(r.createdAt.getTime() - voor)).toBeLessThan(60_000);
    }
  });

  it("een lijstkolom zonder waarde (NULL in de database) komt als lege lijst, zoals Prisma hem gaf", async () => {
    const w = await maakTweeOrganisaties();
    const begeleider = await sessionUser(w.gebruikers.begeleider.id);
    const id = w.inburgeraarA.id;
    // A planned afspraak has no leefgebieden; an item from an old template no categories.
    const a = await db().afspraak.create({ data: { inburgeraarId: id, medewerkerId: begeleider.id, start: new Date(Date.now() + 86_400_000), type: "KANTOOR" } });
    await db().$executeRaw`UPDATE "Afspraak" SET leefgebieden = NULL WHERE id = ${a.id}`;
    const c = await db().checklistItem.create({ data: { inburgeraarId: id, code: "LEEG", titel: "Zonder categorie" } });
    await db().$executeRaw`UPDATE "ChecklistItem" SET categorieen = NULL WHERE id = ${c.id}`;
    const afspraken = await getDossierAfspraken(begeleider, id);
    expect(afspraken.komend.find((x) => x.id === a.id)?.leefgebieden).toEqual([]);
    const checklist = await getChecklist(begeleider, id);
    expect(JSON.stringify(checklist)).toContain("Zonder categorie");
    expect(JSON.stringify(checklist)).not.toContain('"categorieen":null');
  });

  it("weigert buiten bereik en zonder toestemming zoals voorheen: niet gevonden, geen weergave, de weigering geaudit", async () => {
    const w = await maakTweeOrganisaties();
    const begeleider = await sessionUser(w.gebruikers.begeleider.id);
    const consulent = await sessionUser(w.gebruikers.consulent.id);
    expect(await code(getChecklist(begeleider, w.inburgeraarB.id))).toBe("NIET_GEVONDEN");
    expect(await code(getDossierAfspraken(begeleider, w.inburgeraarB.id))).toBe("NIET_GEVONDEN");
    expect(await code(getChecklist(consulent, w.inburgeraarA.id))).toBe("NIET_GEVONDEN");
    expect(await code(getDossierAfspraken(consulent, w.inburgeraarA.id))).toBe("NIET_GEVONDEN");
    const wie = { gebruikerId: { in: [begeleider.id, consulent.id] } };
    expect(await db().auditLog.count({ where: { ...wie, actie: "inburgeraar.bekeken" } })).toBe(0);
    const geweigerd = await db().auditLog.findMany({ where: { ...wie, actie: "toegang.geweigerd" }, orderBy: { id: "asc" } });
    expect(geweigerd.map((r) => [r.gebruikerId, r.entiteitId, r.inburgeraarId, r.details])).toEqual([
      [begeleider.id, w.inburgeraarB.id, null, { reden: "buiten-bereik", onderdeel: "basis" }],
      [begeleider.id, w.inburgeraarB.id, null, { reden: "buiten-bereik", onderdeel: "basis" }],
      [consulent.id, w.inburgeraarA.id, null, { reden: "geen-toestemming", onderdeel: "checklist" }],
      [consulent.id, w.inburgeraarA.id, null, { reden: "geen-toestemming", onderdeel: "afspraken" }],
    ]);
  });

  it("selecteert een notitie bij een financieel punt alleen voor wie financiële gegevens ziet, en de BRP-datum alleen met het traject", async () => {
    const w = await maakTweeOrganisaties();
    const begeleider = await sessionUser(w.gebruikers.begeleider.id);
    const maatje = await sessionUser(w.gebruikers.vrijwilliger.id);
    const consulent = await sessionUser(w.gebruikers.consulent.id);
    const id = w.inburgeraarA.id;
    await db().inburgeraar.update({ where: { id }, data: { brpInschrijvingDatum: new Date("2026-03-02T00:00:00Z") } });
    await db().checklistItem.createMany({
      data: [
        { inburgeraarId: id, code: "FIN-1", titel: "Uitkering aangevraagd", categorieen: ["FIN"], notitie: "FIN-notitie", volgorde: 1 },
        { inburgeraarId: id, code: "HV-1", titel: "Huurcontract getekend", categorieen: ["HV", "FIN"], notitie: "HV-FIN-notitie", volgorde: 2 },
        { inburgeraarId: id, code: "VL-1", titel: "Zorgverzekering", categorieen: ["VL"], notitie: "VL-notitie", volgorde: 3 },
      ],
    });
    const notities = async (user: typeof begeleider) =>
      (await getChecklist(user, id)).secties.flatMap((s) => s.items).map((i) => [i.code, i.notitie]).sort();
    expect(await notities(begeleider)).toEqual([["FIN-1", "FIN-notitie"], ["HV-1", "HV-FIN-notitie"], ["VL-1", "VL-notitie"]]);
    expect(await notities(maatje)).toEqual([["FIN-1", null], ["HV-1", null], ["VL-1", "VL-notitie"]]);

    const geef = (onderwerp: "CHECKLIST" | "VOORTGANG") =>
      db().toestemming.create({
        data: { inburgeraarId: id, onderwerp, ontvanger: "CONSULENT_GEMEENTE", gegevenOp: new Date("2026-01-01T00:00:00Z"), vastgelegdDoorId: w.gebruikers.begeleider.id },
      });
    await geef("CHECKLIST");
    expect((await getChecklist(consulent, id)).brpInschrijvingDatum).toBeNull();
    await geef("VOORTGANG");
    expect((await getChecklist(consulent, id)).brpInschrijvingDatum).toBe("2026-03-02");
    expect((await getChecklist(begeleider, id)).brpInschrijvingDatum).toBe("2026-03-02");
  });

  it("de poorten in SQL geven per rol en toestemming precies wat het zicht van lib/authz toelaat", async () => {
    const w = await maakTweeOrganisaties();
    const begeleiderId = w.gebruikers.begeleider.id;
    const users = {
      begeleider: await sessionUser(begeleiderId),
      teamleider: await sessionUser(w.gebruikers.teamleider.id),
      vrijwilliger: await sessionUser(w.gebruikers.vrijwilliger.id),
      consulent: await sessionUser(w.gebruikers.consulent.id),
    };
    const alle: ToestemmingOnderwerp[] = ["VOORTGANG", "BEGELEIDINGSPLAN", "CHECKLIST", "AFSPRAKEN", "SIGNALEN", "CONTACTGEGEVENS", "VERSLAGEN"];
    const staten: Record<string, ToestemmingOnderwerp[]> = { geen: [], alleen_onderdelen: ["AFSPRAKEN", "CHECKLIST"], alles: alle };
    for (const [staat, onderwerpen] of Object.entries(staten)) {
      const p = await maakInburgeraar(w.a.organisatie.id, w.a.gemeente.id, { brpInschrijvingDatum: "2026-01-05", tolkNodig: true, tolkTaal: "Tigrinya" });
      await wijsToe(p.id, begeleiderId, "BEGELEIDER");
      await wijsToe(p.id, w.gebruikers.vrijwilliger.id, "MAATJE");
      await db().toestemming.createMany({
        data: onderwerpen.map((onderwerp) => ({ inburgeraarId: p.id, onderwerp, ontvanger: "CONSULENT_GEMEENTE" as const, gegevenOp: new Date("2026-01-01T00:00:00Z"), vastgelegdDoorId: begeleiderId })),
      });
      await logAfspraak(users.begeleider, {
        inburgeraarId: p.id, datum: vandaag(), tijd: "09:00", type: "HUISBEZOEK", status: "VOND_PLAATS", locatie: "Thuis", verslag: "Verslag", aanvraagSleutel: `zicht-${staat}-${p.id}`,
      });
      // A subject, as a planned afspraak carries one (the log form has none).
      await db().afspraak.updateMany({ where: { inburgeraarId: p.id }, data: { onderwerp: "Onderwerp" } });
      await db().checklistItem.createMany({
        data: [
          { inburgeraarId: p.id, code: "FIN-1", titel: "Uitkering", categorieen: ["FIN"], notitie: "FIN-notitie" },
          { inburgeraarId: p.id, code: "VL-1", titel: "Zorgverzekering", categorieen: ["VL"], notitie: "VL-notitie" },
        ],
      });
      for (const [rol, user] of Object.entries(users)) {
        const zicht = await laadDossierZicht(user, p.id);
        const waar = `${rol}/${staat}`;
        if (!zicht.afspraken) expect(await code(getDossierAfspraken(user, p.id)), waar).toBe("NIET_GEVONDEN");
        else {
          const a = await getDossierAfspraken(user, p.id);
          expect(a.eerder, waar).toHaveLength(1);
          // The begeleider's verslag: every reader of verslagen; a maatje only their own or shared ones (not this one).
          const verslag = zicht.verslagen && rol !== "vrijwilliger";
          expect(a.eerder[0], waar).toMatchObject({ locatie: zicht.contact ? "Thuis" : null, onderwerp: verslag ? "Onderwerp" : null, verslag: verslag ? "Verslag" : null });
          expect(a.inburgeraar, waar).toMatchObject({ tolkNodig: zicht.persoon, tolkTaal: zicht.persoon ? "Tigrinya" : null });
          expect(a.openChecklist.length > 0, waar).toBe(can(user, "checklist:bijwerken") && zicht.checklist);
        }
        if (!zicht.checklist) expect(await code(getChecklist(user, p.id)), waar).toBe("NIET_GEVONDEN");
        else {
          const c = await getChecklist(user, p.id);
          const notities = Object.fromEntries(c.secties.flatMap((x) => x.items).map((i) => [i.code, i.notitie]));
          expect(notities, waar).toEqual({ "FIN-1": zicht.financieel ? "FIN-notitie" : null, "VL-1": "VL-notitie" });
          expect(c.brpInschrijvingDatum, waar).toBe(zicht.traject ? "2026-01-05" : null);
        }
      }
    }
  });
});
