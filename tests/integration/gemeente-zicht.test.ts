import { beforeAll, describe, expect, it } from "vitest";
import { DOSSIER_DELEN, type DossierDeel, type SessionUser } from "@/lib/authz";
import { db } from "@/lib/db";
import type { ToestemmingOnderwerp } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import { laadDossierZicht, loadInburgeraar } from "@/lib/inburgeraar/laad";
import { getDossierOverzicht } from "@/lib/inburgeraar/queries";
import { getRapportage, rapportageVersies } from "@/lib/rapportage/queries";
import { deelRapportage } from "@/lib/rapportage/mutations";
import { trekToestemmingIn } from "@/lib/toestemming/mutations";
import { getVoortgang } from "@/lib/voortgang/queries";
import { plusDagen, vandaag } from "@/lib/tijd";
import { maakGebruiker, maakInburgeraar, maakTweeOrganisaties, sessionUser, wijsToe } from "../factories";

/**
 * The matrix of issue 9: every role × every consent state × every part of a
 * dossier. The expectations are written out here, not derived from
 * lib/authz, so a change in the policy shows up as a failing cell.
 */

const ALLE: ToestemmingOnderwerp[] = ["VOORTGANG", "BEGELEIDINGSPLAN", "CHECKLIST", "AFSPRAKEN", "SIGNALEN", "CONTACTGEGEVENS", "VERSLAGEN"];
const STATEN = ["geen", "gegeven", "verlopen", "vandaag-ingetrokken", "later-ingetrokken"] as const;
type Staat = (typeof STATEN)[number];
const ROLLEN = ["begeleider", "vrijwilliger", "teamleider", "consulent", "beheerder"] as const;

const VANDAAG = vandaag();
const d = (k: string) => new Date(`${k}T00:00:00Z`);

/** Rows of consent for every subject, to the consulenten, in one state. */
function toestemmingRijen(inburgeraarId: string, door: string, staat: Staat) {
  if (staat === "geen") return [];
  return ALLE.map((onderwerp) => ({
    inburgeraarId,
    onderwerp,
    ontvanger: "CONSULENT_GEMEENTE" as const,
    vastgelegdDoorId: door,
    wijze: "MONDELING" as const,
    gegevenOp: d(plusDagen(VANDAAG, -60)),
    geldigTot: staat === "verlopen" ? d(plusDagen(VANDAAG, -1)) : null,
    ingetrokkenOp: staat === "vandaag-ingetrokken" ? d(VANDAAG) : staat === "later-ingetrokken" ? d(plusDagen(VANDAAG, 1)) : null,
  }));
}

/** What each role sees, written out. Consent-dependent parts are marked "T". */
const VERWACHT: Record<(typeof ROLLEN)[number], Record<DossierDeel, boolean | "T">> = {
  begeleider: Object.fromEntries(DOSSIER_DELEN.map((x) => [x, true])) as Record<DossierDeel, true>,
  teamleider: Object.fromEntries(DOSSIER_DELEN.map((x) => [x, true])) as Record<DossierDeel, true>,
  vrijwilliger: {
    basis: true,
    persoon: true,
    identiteit: false,
    bsn: false,
    contact: true,
    traject: true,
    inburgering: true,
    financieel: false,
    verslagen: true,
    checklist: true,
    afspraken: true,
    plan: true,
    signalen: false,
    rapportages: false,
  },
  consulent: {
    basis: true,
    persoon: "T",
    identiteit: false,
    bsn: false,
    contact: "T",
    traject: "T",
    inburgering: true,
    financieel: false,
    verslagen: "T",
    checklist: "T",
    afspraken: "T",
    plan: "T",
    signalen: "T",
    rapportages: "T",
  },
  beheerder: Object.fromEntries(DOSSIER_DELEN.map((x) => [x, false])) as Record<DossierDeel, false>,
};

const consentGeldt = (staat: Staat) => staat === "gegeven" || staat === "later-ingetrokken";

async function code(p: Promise<unknown>): Promise<string | null> {
  return p.then(
    () => null,
    (e: unknown) => (e instanceof AppError ? e.code : String(e)),
  );
}

describe("matrix: rol × toestemming × onderdeel", () => {
  let w: Awaited<ReturnType<typeof maakTweeOrganisaties>>;
  const users = {} as Record<(typeof ROLLEN)[number], SessionUser>;
  const personen = {} as Record<Staat, string>;
  let consulentAndereGemeente: SessionUser;
  let consulentB: SessionUser;

  beforeAll(async () => {
    w = await maakTweeOrganisaties();
    for (const r of ROLLEN) users[r] = await sessionUser(w.gebruikers[r].id);
    for (const staat of STATEN) {
      const p = await maakInburgeraar(w.a.organisatie.id, w.a.gemeente.id, { brpInschrijvingDatum: "2026-01-05" });
      await wijsToe(p.id, w.gebruikers.begeleider.id, "BEGELEIDER");
      await wijsToe(p.id, w.gebruikers.vrijwilliger.id, "MAATJE");
      await db().toestemming.createMany({ data: toestemmingRijen(p.id, w.gebruikers.begeleider.id, staat) });
      personen[staat] = p.id;
    }
    const andere = await db().gemeente.create({ data: { organisatieId: w.a.organisatie.id, naam: `Andere gemeente ${Date.now()}` } });
    consulentAndereGemeente = await sessionUser((await maakGebruiker(w.a.organisatie.id, "CONSULENT", { gemeenteIds: [andere.id] })).id);
    consulentB = await sessionUser((await maakGebruiker(w.b.organisatie.id, "CONSULENT", { gemeenteIds: [w.b.gemeente.id] })).id);
  });

  for (const rol of ROLLEN) {
    for (const staat of STATEN) {
      it(`${rol}, toestemming ${staat}: ziet precies de verwachte onderdelen, in de pagina én in de query`, async () => {
        const user = users[rol];
        const id = personen[staat];
        const verwacht = Object.fromEntries(
          DOSSIER_DELEN.map((deel) => {
            const v = VERWACHT[rol][deel];
            return [deel, v === "T" ? consentGeldt(staat) : v];
          }),
        );
        if (rol === "beheerder") {
          expect(await code(laadDossierZicht(user, id))).toBe("GEEN_TOEGANG");
          return;
        }
        expect(await laadDossierZicht(user, id)).toEqual(verwacht);
        // The same decision in the database: loading a part without consent is "not found".
        for (const deel of DOSSIER_DELEN) {
          const uitkomst = await code(loadInburgeraar(db(), { user, id, need: [deel], select: { id: true } }));
          expect(uitkomst, `${rol}/${staat}/${deel}`).toBe(verwacht[deel] ? null : "NIET_GEVONDEN");
        }
      });
    }
  }

  it("een consulent van een andere gemeente of organisatie ziet van geen enkel dossier iets, ook met toestemming", async () => {
    for (const staat of STATEN) {
      for (const user of [consulentAndereGemeente, consulentB]) {
        expect(await code(laadDossierZicht(user, personen[staat]))).toBe("NIET_GEVONDEN");
        expect(await code(getDossierOverzicht(user, personen[staat]))).toBe("NIET_GEVONDEN");
      }
    }
    const lijst = await getVoortgang(consulentAndereGemeente);
    expect(lijst.rijen.map((r) => r.id)).not.toContain(personen.gegeven);
    expect((await getVoortgang(consulentB)).rijen.map((r) => r.id)).not.toContain(personen.gegeven);
  });

  it("de Voortgang-rij laadt elk onderdeel alleen als de toestemming geldt, anders 'geen toestemming'", async () => {
    const lijst = await getVoortgang(users.consulent, { pagina: 1 });
    for (const staat of STATEN) {
      const rij = lijst.rijen.find((r) => r.id === personen[staat])!;
      expect(rij, staat).toBeTruthy();
      for (const deel of ["traject", "afspraken", "checklist", "plan", "signalen"] as const) {
        expect(rij[deel].zichtbaar, `${staat}/${deel}`).toBe(consentGeldt(staat));
        // Never loaded: a hidden part carries no data at all, not even an empty value.
        if (!consentGeldt(staat)) expect(Object.keys(rij[deel])).toEqual(["zichtbaar"]);
      }
      // The gemeente's own dates are always there.
      expect(rij.inburgering.brp).toBe("2026-01-05");
    }
  });

  it("het Overzicht selecteert geen velden zonder toestemming (contact, traject, persoon ontbreken)", async () => {
    const zonder = await getDossierOverzicht(users.consulent, personen.verlopen);
    for (const veld of ["telefoon", "email", "geboortedatum", "einddatum", "opstartAfgeslotenOp", "vNummer", "uitkeringStartDatum"]) {
      expect(zonder, veld).not.toHaveProperty(veld);
    }
    expect(zonder).toHaveProperty("brpInschrijvingDatum");
    const met = await getDossierOverzicht(users.consulent, personen.gegeven);
    expect(met).toHaveProperty("telefoon");
    expect(met).not.toHaveProperty("vNummer");
  });
});

describe("intrekken werkt bij de eerstvolgende aanvraag", () => {
  it("na intrekken ziet de consulent geen rapportage, geen scores en geen contactgegevens meer", async () => {
    const w = await maakTweeOrganisaties();
    const begeleider = await sessionUser(w.gebruikers.begeleider.id);
    const consulent = await sessionUser(w.gebruikers.consulent.id);
    const id = w.inburgeraarA.id;
    await db().toestemming.createMany({ data: toestemmingRijen(id, begeleider.id, "gegeven") });
    const plan = await db().begeleidingsplan.create({ data: { inburgeraarId: id } });
    await db().meetmoment.create({
      data: { planId: plan.id, maandNaStart: 3, geplandOp: d("2026-04-05"), afgenomenOp: d("2026-04-06"), scores: { create: [{ leefgebied: "WONEN", score: 3 }] } },
    });
    const r = await deelRapportage(begeleider, { inburgeraarId: id, aanvraagSleutel: "intrek-test-1" });

    // Before: everything in sight.
    expect((await getRapportage(consulent, r.id)).inhoud.onderdelen).toContain("plan");
    const voor = (await getVoortgang(consulent)).rijen.find((x) => x.id === id)!;
    expect(voor.plan).toMatchObject({ zichtbaar: true, data: { scores: [{ leefgebied: "WONEN", score: 3 }] } });

    const rijen = await db().toestemming.findMany({ where: { inburgeraarId: id }, select: { id: true } });
    await trekToestemmingIn(begeleider, { inburgeraarId: id, toestemmingIds: rijen.map((x) => x.id), ingetrokkenOp: vandaag() });

    // The very next request: nothing of it.
    expect(await code(getRapportage(consulent, r.id))).toBe("NIET_GEVONDEN");
    expect(await code(rapportageVersies(consulent, id))).toBe("NIET_GEVONDEN");
    const na = (await getVoortgang(consulent)).rijen.find((x) => x.id === id)!;
    expect(na.plan).toEqual({ zichtbaar: false });
    expect(na.traject).toEqual({ zichtbaar: false });
    expect(await getDossierOverzicht(consulent, id)).not.toHaveProperty("telefoon");
    // The begeleider still has every version.
    expect((await rapportageVersies(begeleider, id)).map((v) => v.versie)).toEqual([1]);
  });

  it("een gedeelde rapportage verliest een onderdeel zodra de toestemming daarvoor wordt ingetrokken", async () => {
    const w = await maakTweeOrganisaties();
    const begeleider = await sessionUser(w.gebruikers.begeleider.id);
    const consulent = await sessionUser(w.gebruikers.consulent.id);
    const id = w.inburgeraarA.id;
    await db().toestemming.createMany({ data: toestemmingRijen(id, begeleider.id, "gegeven") });
    const r = await deelRapportage(begeleider, { inburgeraarId: id, aanvraagSleutel: "intrek-test-2" });
    expect((await getRapportage(consulent, r.id)).inhoud.onderdelen).toContain("checklist");
    const checklist = await db().toestemming.findFirstOrThrow({ where: { inburgeraarId: id, onderwerp: "CHECKLIST" } });
    await trekToestemmingIn(begeleider, { inburgeraarId: id, toestemmingIds: [checklist.id], ingetrokkenOp: vandaag() });
    const na = await getRapportage(consulent, r.id);
    expect(na.inhoud.onderdelen).not.toContain("checklist");
    expect(na.inhoud).not.toHaveProperty("checklist");
    expect(na.inhoud.onderdelen).toContain("traject");
  });
});
