/**
 * The authorization matrix's world and rows, shared by the matrix itself
 * (tests/integration/authz-matrix.test.ts) and the hostile-input properties
 * (tests/integration/vijandige-invoer.test.ts): per exported server action,
 * who may run it and a valid input for dossier X.
 *
 * A test file that imports this must mock next/headers and next/cache with
 * tests/setup/actie-request.ts (vi.mock is hoisted per test file).
 */
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { plusDagen, vandaag } from "@/lib/tijd";
import { inhoudSleutel, laadPlanInhoud } from "@/lib/plan/inhoud";
import { maakGebruiker, maakInburgeraar, maakOrganisatie, wijsToe } from "../factories";
import type { SessionUser } from "@/lib/authz";
import { versleutel } from "@/lib/crypto/versleutel";
import { instelGegevens } from "@/lib/tweestaps/mutations";
import { codeVoorMoment, TWEESTAPS_GEHEIM_DOEL } from "@/lib/tweestaps/totp";
import { huidigeAanmelding, meldAanAls, type Action, type Invoer } from "./actie-request";

// ─────────────────────────── actors ───────────────────────────

export const ACTOREN = [
  "anoniem",
  "moetWachtwoordWijzigen",
  "tweestapsNietGedaan",
  "vrijwilligerGekoppeld",
  "vrijwilligerNietGekoppeld",
  "begeleiderToegewezen",
  "begeleiderNietToegewezen",
  "teamleider",
  "teamleiderAndereOrganisatie",
  "consulentMetToestemming",
  "consulentZonderToestemming",
  "consulentAndereGemeente",
  "beheerder",
] as const;
export type Actor = (typeof ACTOREN)[number];

/** Marker texts in dossier X's signal and verslag. */
export const LEK_MERKEN = { signaal: "MATRIX-LEKMERK-SIGNAAL", verslag: "MATRIX-LEKMERK-VERSLAG" } as const;

export const WACHTWOORD = "Matrix-wachtwoord-2026!";

/** One dossier X in organisation A, gemeente G1, with everyone around it. */
export async function maakWereld(actor: Actor, hash: string) {
  const a = await maakOrganisatie();
  const g2 = await db().gemeente.create({ data: { organisatieId: a.organisatie.id, naam: `Tweede gemeente ${randomUUID().slice(0, 6)}` } });
  const b = await maakOrganisatie();
  const org = a.organisatie.id;
  const g1 = a.gemeente.id;
  const gebruiker = (organisatieId: string, rol: Parameters<typeof maakGebruiker>[1], gemeenteIds?: string[]) =>
    maakGebruiker(organisatieId, rol, { gemeenteIds, wachtwoordHash: hash });
  const [begeleider, begeleider2, vrijwilliger, vrijwilliger2, teamleider, teamleiderB, consulent, consulentG2, beheerder] = await Promise.all([
    gebruiker(org, "BEGELEIDER"),
    gebruiker(org, "BEGELEIDER"),
    gebruiker(org, "VRIJWILLIGER"),
    gebruiker(org, "VRIJWILLIGER"),
    gebruiker(org, "TEAMLEIDER"),
    gebruiker(b.organisatie.id, "TEAMLEIDER"),
    gebruiker(org, "CONSULENT", [g1]),
    gebruiker(org, "CONSULENT", [g2.id]),
    gebruiker(org, "BEHEERDER"),
  ]);
  const u = { begeleider, begeleider2, vrijwilliger, vrijwilliger2, teamleider, teamleiderB, consulent, consulentG2, beheerder };
  const x = await maakInburgeraar(org, g1, { fase: "AANGEMELD", brpInschrijvingDatum: "2026-06-01" });
  await wijsToe(x.id, u.begeleider.id, "BEGELEIDER");
  const maatje = await wijsToe(x.id, u.vrijwilliger.id, "MAATJE");
  const item = await db().checklistItem.create({ data: { inburgeraarId: x.id, code: "HV-1", titel: "Huurcontract getekend", categorieen: ["HV"] } });
  // Special-category text in dossier X: no action's answer may carry it (tests/integration/authz-matrix.test.ts).
  await db().signaal.create({ data: { inburgeraarId: x.id, categorie: "SCHULDEN", omschrijving: LEK_MERKEN.signaal, gemeldDoorId: u.begeleider.id } });
  await db().afspraak.create({
    data: { inburgeraarId: x.id, medewerkerId: u.begeleider.id, start: new Date(Date.now() - 3 * 86_400_000), type: "HUISBEZOEK", status: "VOND_PLAATS", verslag: LEK_MERKEN.verslag },
  });
  const template = await db().checklistTemplate.create({
    data: { gemeenteId: g1, naam: "Opstart", items: { create: { code: "HV-1", titel: "Huurcontract getekend", categorieen: ["HV"] } } },
    include: { items: true },
  });
  if (actor === "consulentMetToestemming") {
    const gegevenOp = new Date(`${plusDagen(vandaag(), -10)}T00:00:00Z`);
    for (const onderwerp of ["VOORTGANG", "BEGELEIDINGSPLAN", "CHECKLIST", "AFSPRAKEN", "SIGNALEN", "CONTACTGEGEVENS"] as const) {
      await db().toestemming.create({ data: { inburgeraarId: x.id, onderwerp, ontvanger: "CONSULENT_GEMEENTE", gegevenOp, vastgelegdDoorId: u.begeleider.id } });
    }
  }
  const actorGebruiker: Record<Exclude<Actor, "anoniem">, { id: string }> = {
    moetWachtwoordWijzigen: u.begeleider,
    tweestapsNietGedaan: u.begeleider2,
    vrijwilligerGekoppeld: u.vrijwilliger,
    vrijwilligerNietGekoppeld: u.vrijwilliger2,
    begeleiderToegewezen: u.begeleider,
    begeleiderNietToegewezen: u.begeleider2,
    teamleider: u.teamleider,
    teamleiderAndereOrganisatie: u.teamleiderB,
    consulentMetToestemming: u.consulent,
    consulentZonderToestemming: u.consulent,
    consulentAndereGemeente: u.consulentG2,
    beheerder: u.beheerder,
  };
  return { org, g1, g2: g2.id, u, x, maatje, item, template, actorGebruiker };
}
export type Wereld = Awaited<ReturnType<typeof maakWereld>>;

export async function meldAan(actor: Actor, w: Wereld) {
  if (actor === "anoniem") return meldAanAls(null);
  const gebruikerId = w.actorGebruiker[actor].id;
  if (actor === "moetWachtwoordWijzigen") await db().gebruiker.update({ where: { id: gebruikerId }, data: { moetWachtwoordWijzigen: true } });
  // Everyone has the authenticator app (issue 12); only tweestapsNietGedaan has not given its code in this session.
  await db().gebruiker.update({ where: { id: gebruikerId }, data: { tweestapsGeheim: versleutel(MATRIX_GEHEIM, TWEESTAPS_GEHEIM_DOEL), tweestapsSinds: new Date() } });
  await meldAanAls(gebruikerId, { tweedeStap: actor !== "tweestapsNietGedaan" });
}

// ─────────────────────────── the matrix ───────────────────────────

export interface Rij {
  /** Who may: everyone else must be refused, with nothing written. */
  mag: readonly Actor[];
  invoer: (w: Wereld) => Invoer | Promise<Invoer>;
}

const DOSSIER_SCHRIJVERS = ["begeleiderToegewezen", "teamleider"] as const;
const DOSSIER_LOGGERS = ["vrijwilligerGekoppeld", "begeleiderToegewezen", "teamleider"] as const;
const EIGEN_AGENDA = ["vrijwilligerGekoppeld", "vrijwilligerNietGekoppeld", "begeleiderToegewezen", "begeleiderNietToegewezen", "teamleider", "teamleiderAndereOrganisatie"] as const;
const IEDEREEN_INGELOGD = ACTOREN.filter((a) => a !== "anoniem" && a !== "tweestapsNietGedaan");
/** Signed in completely: password and second step done, no temporary password. */
const VOLLEDIG_INGELOGD = IEDEREEN_INGELOGD.filter((a) => a !== "moetWachtwoordWijzigen");
/** The authenticator-app secret every actor's account has in the matrix (a test value). */
const MATRIX_GEHEIM = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const sleutel = () => `matrix-${randomUUID()}`;
const morgen = () => plusDagen(vandaag(), 1);

/** The plan is written from the opstartfase on: dossier X starts it, and gets a doel with an actie for the maatje. */
async function metPlan(w: Wereld) {
  await db().inburgeraar.update({ where: { id: w.x.id }, data: { fase: "OPSTARTFASE" } });
  const plan = await db().begeleidingsplan.upsert({ where: { inburgeraarId: w.x.id }, create: { inburgeraarId: w.x.id }, update: {} });
  const doel = await db().doel.create({ data: { planId: plan.id, leefgebied: "WONEN", omschrijving: "Zelf een reparatie melden" } });
  const actie = await db().actie.create({ data: { doelId: doel.id, omschrijving: "Samen de app van de corporatie bekijken", voor: "MAATJE" } });
  return { plan, doel, actie };
}
const inOpstart = (w: Wereld) => db().inburgeraar.update({ where: { id: w.x.id }, data: { fase: "OPSTARTFASE" } });

const PLAN_RIJEN: Record<string, Rij> = {
  "lib/plan/actions.ts#bewerkLeefgebiedAction": {
    mag: DOSSIER_SCHRIJVERS,
    invoer: async (w) => (await inOpstart(w), { inburgeraarId: w.x.id, leefgebied: "WONEN", version: "0", kanAl: "Kent de buren", streefScore: "4" }),
  },
  "lib/plan/actions.ts#kiesFocusAction": {
    mag: DOSSIER_SCHRIJVERS,
    invoer: async (w) => (await inOpstart(w), { inburgeraarId: w.x.id, focus: "WONEN", version: "0" }),
  },
  "lib/plan/actions.ts#voegDoelToeAction": {
    mag: DOSSIER_SCHRIJVERS,
    invoer: async (w) => (await inOpstart(w), { inburgeraarId: w.x.id, leefgebied: "WONEN", omschrijving: "Zelf een reparatie melden" }),
  },
  "lib/plan/actions.ts#bewerkDoelAction": {
    mag: DOSSIER_SCHRIJVERS,
    invoer: async (w) => ({ doelId: (await metPlan(w)).doel.id, version: "1", omschrijving: "Zelf een reparatie melden", status: "BEZIG" }),
  },
  "lib/plan/actions.ts#voegActieToeAction": {
    mag: DOSSIER_SCHRIJVERS,
    invoer: async (w) => ({ doelId: (await metPlan(w)).doel.id, omschrijving: "Meld de lekkende kraan zelf", voor: "INBURGERAAR" }),
  },
  "lib/plan/actions.ts#rondActieAfAction": {
    // The maatje ticks off the acties for the maatje (and the huiswerk).
    mag: DOSSIER_LOGGERS,
    invoer: async (w) => ({ actieId: (await metPlan(w)).actie.id, version: "1", afgerond: "true" }),
  },
  "lib/plan/actions.ts#legMeetmomentVastAction": {
    mag: DOSSIER_SCHRIJVERS,
    invoer: async (w) => (await inOpstart(w), { inburgeraarId: w.x.id, maand: "0", version: "0", datum: vandaag(), "scores.WONEN.score": "3", "scores.WONEN.eigenScore": "4" }),
  },
  "lib/plan/actions.ts#legAkkoordVastAction": {
    mag: DOSSIER_SCHRIJVERS,
    invoer: async (w) => {
      const { plan } = await metPlan(w);
      return { inburgeraarId: w.x.id, inhoudSleutel: inhoudSleutel(await laadPlanInhoud(db(), plan.id)), datum: vandaag(), wijze: "MONDELING" };
    },
  },
};

// ── issue 11: signalen and the Meldcode ──
/** A signal about X raised by its maatje; Meldcode signals get a trajectory up to `totStap` (step 4 concludes "melden"). */
async function metSignaal(w: Wereld, opties: { status?: "OPEN" | "OPGEPAKT"; meldcodeTotStap?: 0 | 1 | 2 | 3 | 4 } = {}) {
  const meldcode = opties.meldcodeTotStap !== undefined;
  const s = await db().signaal.create({
    data: {
      inburgeraarId: w.x.id,
      categorie: meldcode ? "HUISELIJK_GEWELD" : "SCHULDEN",
      ernst: "HOOG",
      omschrijving: "Post stapelt zich op; deurwaarder geweest.",
      meldcode,
      status: opties.status ?? "OPEN",
      gemeldDoorId: w.u.vrijwilliger.id,
      ...(opties.status === "OPGEPAKT" ? { opgepaktDoorId: w.u.begeleider.id, opgepaktOp: new Date() } : {}),
    },
  });
  const stap = opties.meldcodeTotStap ?? 0;
  if (stap > 0) {
    const nu = new Date();
    const d = new Date(`${vandaag()}T00:00:00Z`);
    await db().meldcode.create({
      data: {
        signaalId: s.id,
        version: stap,
        feiten: "Blauwe plek gezien.",
        feitenDatum: d,
        stap1Op: nu,
        ...(stap >= 2 ? { overlegMet: "Collega", overlegDatum: d, advies: "Gesprek voeren.", stap2Op: nu } : {}),
        ...(stap >= 3 ? { gesprekGevoerd: true, gesprekDatum: d, gesprekToelichting: "Gesprek gevoerd.", stap3Op: nu } : {}),
        ...(stap >= 4 ? { afweging: { antwoorden: ["ja", "ja", "ja", "ja", "ja"], toelichtingen: [] }, conclusie: "MELDEN", stap4Op: nu } : {}),
      },
    });
  }
  return s;
}

const SIGNAAL_RIJEN: Record<string, Rij> = {
  "lib/signaal/actions.ts#meldSignaalAction": {
    // Everyone who meets the person: the maatje, the begeleider, the teamleider.
    mag: DOSSIER_LOGGERS,
    invoer: (w) => ({ inburgeraarId: w.x.id, categorie: "SCHULDEN", ernst: "MIDDEN", omschrijving: "Post stapelt zich op; deurwaarder geweest.", aanvraagSleutel: sleutel() }),
  },
  "lib/signaal/actions.ts#pakSignaalOpAction": {
    mag: DOSSIER_SCHRIJVERS,
    invoer: async (w) => ({ signaalId: (await metSignaal(w)).id, version: "1" }),
  },
  "lib/signaal/actions.ts#legSignaalActieVastAction": {
    mag: DOSSIER_SCHRIJVERS,
    invoer: async (w) => ({ signaalId: (await metSignaal(w, { status: "OPGEPAKT" })).id, omschrijving: "Gebeld met de schuldhulp.", datum: vandaag(), opvolgOp: morgen() }),
  },
  "lib/signaal/actions.ts#wijzigSignaalStatusAction": {
    mag: DOSSIER_SCHRIJVERS,
    invoer: async (w) => ({ signaalId: (await metSignaal(w, { status: "OPGEPAKT" })).id, version: "1", naar: "DOORVERWEZEN", doorverwezenNaar: "Schuldhulpverlening" }),
  },
  "lib/signaal/actions.ts#deelSignaalAction": {
    // With the person's SIGNALEN consent in force: every world gets it for this row.
    mag: DOSSIER_SCHRIJVERS,
    invoer: async (w) => {
      if ((await db().toestemming.count({ where: { inburgeraarId: w.x.id, onderwerp: "SIGNALEN" } })) === 0) {
        await db().toestemming.create({
          data: { inburgeraarId: w.x.id, onderwerp: "SIGNALEN", ontvanger: "CONSULENT_GEMEENTE", gegevenOp: new Date(`${plusDagen(vandaag(), -3)}T00:00:00Z`), vastgelegdDoorId: w.u.begeleider.id },
        });
      }
      return { signaalId: (await metSignaal(w, { status: "OPGEPAKT" })).id, version: "1", grond: "TOESTEMMING" };
    },
  },
  "lib/signaal/actions.ts#meldcodeStap1Action": {
    mag: DOSSIER_SCHRIJVERS,
    invoer: async (w) => ({ signaalId: (await metSignaal(w, { meldcodeTotStap: 0 })).id, version: "0", feiten: "Blauwe plek op de arm gezien.", feitenDatum: vandaag() }),
  },
  "lib/signaal/actions.ts#meldcodeStap2Action": {
    mag: DOSSIER_SCHRIJVERS,
    invoer: async (w) => ({ signaalId: (await metSignaal(w, { meldcodeTotStap: 1 })).id, version: "1", overlegMet: "Collega Noor", overlegDatum: vandaag(), advies: "Gesprek voeren." }),
  },
  "lib/signaal/actions.ts#meldcodeStap3Action": {
    mag: DOSSIER_SCHRIJVERS,
    invoer: async (w) => ({ signaalId: (await metSignaal(w, { meldcodeTotStap: 2 })).id, version: "2", gesprekGevoerd: "nee", gesprekToelichting: "Partner was steeds aanwezig: niet veilig." }),
  },
  "lib/signaal/actions.ts#meldcodeStap4Action": {
    mag: DOSSIER_SCHRIJVERS,
    invoer: async (w) => ({ signaalId: (await metSignaal(w, { meldcodeTotStap: 3 })).id, version: "3", vraag1: "ja", vraag2: "ja", vraag3: "ja", vraag4: "ja", vraag5: "ja" }),
  },
  "lib/signaal/actions.ts#meldcodeStap5Action": {
    mag: DOSSIER_SCHRIJVERS,
    invoer: async (w) => ({
      signaalId: (await metSignaal(w, { meldcodeTotStap: 4 })).id,
      version: "4",
      gemeld: "on",
      meldDatum: vandaag(),
      meldReferentie: "VT-1",
      meldReden: "Structurele onveiligheid in het gezin.",
      opvolgOp: morgen(),
    }),
  },
};


// ── issue 11b: sociale kaart, doorverwijzingen, casuïstiekoverleg ──
/** Maintainers of the sociale kaart; a teamleider of another organisation maintains their own (an entry "for all gemeenten"). */
const KAART_BEHEERDERS = ["teamleider", "teamleiderAndereOrganisatie", "beheerder"] as const;
const kaartEntry = (w: Wereld) => db().socialeKaartOrganisatie.create({ data: { organisatieId: w.org, gemeenteId: w.g1, naam: "Schuldhulp Matrix", leefgebieden: ["FINANCIEN_ADMINISTRATIE"] } });

const ISSUE_11B_RIJEN: Record<string, Rij> = {
  "lib/sociale-kaart/actions.ts#maakKaartOrganisatieAction": {
    mag: KAART_BEHEERDERS,
    invoer: () => ({ naam: "Taalcafé Matrix", leefgebieden: ["PARTICIPATIE"], gemeenteId: "", talen: "Arabisch, Engels" }),
  },
  "lib/sociale-kaart/actions.ts#wijzigKaartOrganisatieAction": {
    mag: ["teamleider", "beheerder"],
    invoer: async (w) => ({ id: (await kaartEntry(w)).id, version: "1", naam: "Schuldhulp Matrix Noord", leefgebieden: ["FINANCIEN_ADMINISTRATIE"], gemeenteId: w.g1, actief: "on" }),
  },
  "lib/sociale-kaart/actions.ts#importeerSocialeKaartAction": {
    mag: KAART_BEHEERDERS,
    invoer: () => ({ gemeenteId: "", stap: "importeren", csv: "naam;leefgebieden\nBuurthuis Matrix;Sociaal netwerk\n" }),
  },
  // A doorverwijzing belongs to the plan (docs/decisions/013): who writes the plan of dossier X.
  "lib/doorverwijzing/actions.ts#legDoorverwijzingVastAction": {
    mag: DOSSIER_SCHRIJVERS,
    invoer: async (w) => ({ inburgeraarId: w.x.id, socialeKaartId: (await kaartEntry(w)).id, datum: vandaag(), reden: "Betalingsachterstand huur.", aanvraagSleutel: sleutel() }),
  },
  "lib/doorverwijzing/actions.ts#legUitkomstVastAction": {
    mag: DOSSIER_SCHRIJVERS,
    invoer: async (w) => {
      const d = await db().doorverwijzing.create({
        data: { inburgeraarId: w.x.id, socialeKaartId: (await kaartEntry(w)).id, datum: new Date(`${plusDagen(vandaag(), -20)}T00:00:00Z`), reden: "Schulden.", vastgelegdDoorId: w.u.begeleider.id },
      });
      return { id: d.id, version: "1", uitkomst: "GEHOLPEN", uitkomstOp: vandaag() };
    },
  },
  // Casuïstiekoverleg: organised by begeleiders and teamleiders, with only dossiers they may see on the agenda.
  "lib/overleg/actions.ts#maakOverlegAction": {
    mag: DOSSIER_SCHRIJVERS,
    invoer: (w) => ({ titel: "Casuïstiekoverleg", datum: vandaag(), deelnemerIds: [], externeDeelnemers: "Wmo-consulent", inburgeraarIds: [w.x.id], aanvraagSleutel: sleutel() }),
  },
  // The teamleider's overleg on X with the begeleider, the other begeleider and the consulent: the minutes of X
  // are written by who organises overleggen and may see X; the consulent reads, the other begeleider sees nothing.
  "lib/overleg/actions.ts#slaBesluitenOpAction": {
    mag: DOSSIER_SCHRIJVERS,
    invoer: async (w) => ({ agendapuntId: (await overlegOpX(w)).punt.id, version: "1", besluiten: "Wijkteam inschakelen." }),
  },
  "lib/overleg/actions.ts#voegOverlegActieToeAction": {
    mag: DOSSIER_SCHRIJVERS,
    invoer: async (w) => ({ agendapuntId: (await overlegOpX(w)).punt.id, omschrijving: "Huisbezoek met het wijkteam", eigenaarId: w.u.begeleider.id, deadline: morgen() }),
  },
  // Only the owner ticks off their action.
  "lib/overleg/actions.ts#rondOverlegActieAfAction": {
    mag: ["begeleiderToegewezen"],
    invoer: async (w) => {
      const { punt } = await overlegOpX(w);
      const a = await db().overlegActie.create({ data: { agendapuntId: punt.id, omschrijving: "Huisbezoek", eigenaarId: w.u.begeleider.id, deadline: new Date(`${morgen()}T00:00:00Z`) } });
      return { actieId: a.id, afgerond: "true" };
    },
  },
};

async function overlegOpX(w: Wereld) {
  const overleg = await db().overleg.create({
    data: {
      organisatieId: w.org,
      titel: "Casuïstiekoverleg",
      datum: new Date(`${vandaag()}T00:00:00Z`),
      organisatorId: w.u.teamleider.id,
      deelnemers: { create: [w.u.teamleider.id, w.u.begeleider.id, w.u.begeleider2.id, w.u.consulent.id].map((gebruikerId) => ({ gebruikerId })) },
      agendapunten: { create: { inburgeraarId: w.x.id } },
    },
    include: { agendapunten: true },
  });
  return { overleg, punt: overleg.agendapunten[0]! };
}

/** "lib/<module>/actions.ts#<export>" → who may, and a valid input for dossier X. */
export const MATRIX: Record<string, Rij> = {
  "lib/afspraak/actions.ts#planAfspraakAction": {
    mag: DOSSIER_LOGGERS,
    invoer: (w) => ({ inburgeraarId: w.x.id, datum: morgen(), tijd: "10:00", type: "HUISBEZOEK", aanvraagSleutel: sleutel() }),
  },
  "lib/afspraak/actions.ts#logAfspraakAction": {
    mag: DOSSIER_LOGGERS,
    invoer: (w) => ({ inburgeraarId: w.x.id, datum: vandaag(), tijd: "09:00", type: "TELEFONISCH", status: "VOND_PLAATS", verslag: "Gebeld.", aanvraagSleutel: sleutel() }),
  },
  "lib/afspraak/actions.ts#wijzigAfspraakAction": {
    // Only who holds the afspraak may move it (lib/authz eigenAfspraakScope).
    mag: ["begeleiderToegewezen"],
    invoer: async (w) => {
      const a = await db().afspraak.create({
        data: { inburgeraarId: w.x.id, medewerkerId: w.u.begeleider.id, start: new Date(`${morgen()}T09:00:00Z`), type: "HUISBEZOEK" },
      });
      return { afspraakId: a.id, version: "1", datum: morgen(), tijd: "14:00", type: "HUISBEZOEK" };
    },
  },
  "lib/afspraak/actions.ts#logGroepscontactAction": {
    mag: DOSSIER_LOGGERS,
    invoer: async (w) => {
      // A second person guided by the same begeleider and maatje.
      const y = await maakInburgeraar(w.org, w.g1, { fase: "BEGELEIDINGSFASE" });
      await wijsToe(y.id, w.u.begeleider.id, "BEGELEIDER");
      await wijsToe(y.id, w.u.vrijwilliger.id, "MAATJE");
      return { inburgeraarIds: [w.x.id, y.id], datum: vandaag(), tijd: "09:00", type: "GROEPSBIJEENKOMST", verslag: "Budgetcursus.", aanvraagSleutel: sleutel() };
    },
  },
  "lib/afspraak/actions.ts#maakAgendaTokenAction": { mag: EIGEN_AGENDA, invoer: () => ({}) },
  "lib/afspraak/actions.ts#trekAgendaTokenInAction": { mag: EIGEN_AGENDA, invoer: () => ({}) },
  "lib/gebruiker/actions.ts#createGebruikerAction": {
    mag: ["beheerder"],
    invoer: () => ({ naam: "Nieuwe Collega", email: `nieuw-${randomUUID().slice(0, 8)}@test.wegwijs.test`, rol: "BEGELEIDER", gemeenteIds: [] }),
  },
  "lib/gebruiker/actions.ts#setGebruikerActiefAction": { mag: ["beheerder"], invoer: (w) => ({ id: w.u.begeleider2.id, actief: "false" }) },
  "lib/gebruiker/actions.ts#resetWachtwoordAction": { mag: ["beheerder"], invoer: (w) => ({ id: w.u.begeleider2.id }) },
  "lib/gebruiker/actions.ts#wijzigGebruikerAction": {
    mag: ["beheerder"],
    invoer: (w) => ({ id: w.u.begeleider2.id, version: "1", naam: "Andere Naam", rol: "BEGELEIDER", fte: "0,8", gemeenteIds: [w.g1] }),
  },
  "lib/gebruiker/actions.ts#wijzigWachtwoordAction": {
    // The one action a session with a temporary password may (must) use.
    mag: IEDEREEN_INGELOGD,
    invoer: () => ({ huidig: WACHTWOORD, nieuw: "Een-heel-nieuw-wachtwoord-42", herhaal: "Een-heel-nieuw-wachtwoord-42" }),
  },
  "lib/avg/actions.ts#wijzigBewaartermijnAction": {
    mag: ["beheerder"],
    invoer: async (w) => {
      const { bewaartermijnMaanden } = await db().organisatie.findUniqueOrThrow({ where: { id: w.org }, select: { bewaartermijnMaanden: true } });
      return { bewaartermijnMaanden: String(bewaartermijnMaanden === 36 ? 48 : 36), vorige: String(bewaartermijnMaanden) };
    },
  },
  // ── issue 12: two-factor sign-in and sessions ──
  "lib/tweestaps/actions.ts#voltooiTweedeStapAction": {
    // The one action (besides setting up the app) a session that has not given its code may run.
    mag: ["tweestapsNietGedaan"],
    invoer: () => ({ code: codeVoorMoment(MATRIX_GEHEIM, new Date()) }),
  },
  "lib/tweestaps/actions.ts#stelTweestapsInAction": {
    // Replacing the app needs a completely signed-in session; the sealed key is for this user and session.
    mag: VOLLEDIG_INGELOGD,
    invoer: async () => {
      const wie = huidigeAanmelding();
      if (!wie) return { sleutel: "v1.x.y.z", code: "123456" };
      const g = await db().gebruiker.findUniqueOrThrow({ where: { id: wie.gebruikerId }, select: { email: true } });
      const { sleutel, geheim } = await instelGegevens({ id: wie.gebruikerId, sessieId: wie.sessieId, email: g.email } as SessionUser);
      return { sleutel, code: codeVoorMoment(geheim.replace(/\s/g, ""), new Date()) };
    },
  },
  "lib/tweestaps/actions.ts#vernieuwHerstelcodesAction": { mag: VOLLEDIG_INGELOGD, invoer: () => ({}) },
  // Optional only for volunteers.
  "lib/tweestaps/actions.ts#zetTweestapsUitAction": { mag: ["vrijwilligerGekoppeld", "vrijwilligerNietGekoppeld"], invoer: () => ({}) },
  "lib/tweestaps/actions.ts#resetTweestapsAction": { mag: ["beheerder"], invoer: (w) => ({ id: w.u.begeleider2.id }) },
  "lib/sessie/actions.ts#beeindigAndereSessieAction": {
    mag: VOLLEDIG_INGELOGD,
    invoer: async (w) => {
      const wie = huidigeAanmelding();
      const andere = await db().sessie.create({ data: { gebruikerId: wie?.gebruikerId ?? w.u.begeleider.id, verlooptOp: new Date(Date.now() + 3_600_000) } });
      return { sessieId: andere.id };
    },
  },
  "lib/sessie/actions.ts#overalUitloggenAction": { mag: VOLLEDIG_INGELOGD, invoer: () => ({}) },
  "lib/sessie/actions.ts#wijzigSessieInstellingenAction": {
    mag: ["beheerder"],
    invoer: () => ({ version: "1", sessieInactiefMinuten: "20", sessieMaxUren: "10" }),
  },
  "lib/gemeente/actions.ts#updateGemeenteAction": {
    mag: ["beheerder"],
    invoer: (w) => ({
      id: w.g1,
      version: "1",
      looptijdMaanden: "12",
      opstartfaseWeken: "8",
      meetmomentenMaanden: "3, 8, 12",
      contactNormDagen: "14",
      bellijstIntervalDagen: "",
      taakstelling: "",
      spreekuur: "",
      leefgebieden: ["WONEN"],
    }),
  },
  "lib/inburgeraar/actions.ts#aanmeldAction": {
    // Registering needs no assignment: any begeleider of the organisation may.
    mag: ["begeleiderToegewezen", "begeleiderNietToegewezen", "teamleider"],
    invoer: (w) => ({
      voornaam: "Matrixa",
      achternaam: `Proefpersoon-${randomUUID().slice(0, 6)}`,
      geboortedatum: "1991-03-03",
      verblijfsvergunning: "ASIEL_BEPAALDE_TIJD",
      gemeenteId: w.g1,
    }),
  },
  "lib/inburgeraar/actions.ts#wijzigFaseAction": {
    mag: DOSSIER_SCHRIJVERS,
    invoer: (w) => ({ inburgeraarId: w.x.id, actie: "START_OPSTARTFASE", version: "1" }),
  },
  "lib/inburgeraar/actions.ts#wijzigGegevensAction": {
    mag: DOSSIER_SCHRIJVERS,
    invoer: (w) => ({
      inburgeraarId: w.x.id,
      version: "1",
      voornaam: "Gewijzigd",
      achternaam: w.x.achternaam,
      geboortedatum: "1990-05-17",
      verblijfsvergunning: "ASIEL_BEPAALDE_TIJD",
      brpInschrijvingDatum: "2026-06-01",
    }),
  },
  "lib/inburgeraar/actions.ts#toonBsnAction": { mag: DOSSIER_SCHRIJVERS, invoer: (w) => ({ inburgeraarId: w.x.id }) },
  "lib/opstart/actions.ts#updateChecklistItemAction": {
    mag: DOSSIER_LOGGERS,
    invoer: (w) => ({ id: w.item.id, version: "1", status: "GEREGELD", datum: vandaag(), notitie: "" }),
  },
  "lib/opstart/actions.ts#zetChecklistStatusAction": {
    mag: DOSSIER_LOGGERS,
    invoer: (w) => ({ id: w.item.id, version: "1", status: "GEREGELD" }),
  },
  "lib/opstart/actions.ts#updateTemplateItemAction": {
    mag: ["beheerder"],
    invoer: (w) => ({ templateId: w.template.id, version: "1", itemId: w.template.items[0]!.id, titel: "Huurcontract getekend en gelezen", categorieen: ["HV"] }),
  },
  "lib/opstart/actions.ts#addTemplateItemAction": {
    mag: ["beheerder"],
    invoer: (w) => ({ templateId: w.template.id, version: "1", titel: "Energiecontract", categorieen: ["HV"] }),
  },
  "lib/opstart/actions.ts#deactivateTemplateItemAction": {
    mag: ["beheerder"],
    invoer: (w) => ({ templateId: w.template.id, version: "1", itemId: w.template.items[0]!.id }),
  },
  ...PLAN_RIJEN,
  ...ISSUE_11B_RIJEN,
  "lib/toewijzing/actions.ts#wijsToeAction": {
    mag: ["teamleider"],
    // Taking over from the begeleider asks for the interne overdracht note.
    invoer: (w) => ({ inburgeraarId: w.x.id, gebruikerId: w.u.begeleider2.id, rol: "BEGELEIDER", overdrachtNotitie: "Lopende zaken staan in het plan." }),
  },
  "lib/toewijzing/actions.ts#beeindigToewijzingAction": { mag: ["teamleider"], invoer: (w) => ({ toewijzingId: w.maatje.id }) },
  "lib/toewijzing/actions.ts#zetMaatjeWensAction": { mag: ["teamleider"], invoer: (w) => ({ inburgeraarId: w.x.id, gewenst: "ja" }) },
  "lib/toewijzing/actions.ts#markeerOverdrachtGelezenAction": {
    // Only the person who took over reads their own note.
    mag: ["vrijwilligerGekoppeld"],
    invoer: async (w) => {
      await db().toewijzing.update({ where: { id: w.maatje.id }, data: { overdrachtNotitie: "Belt liever dan dat ze appt." } });
      return { toewijzingId: w.maatje.id };
    },
  },
  "lib/bellijst/actions.ts#logBelpogingAction": {
    // bellijst:bellen, scoped: a begeleider only for their own people.
    mag: ["begeleiderToegewezen", "teamleider"],
    invoer: (w) => ({ inburgeraarId: w.x.id, uitkomst: "BEREIKT", notitie: "Gaat goed." }),
  },
  "lib/vrijwilliger/actions.ts#wijzigVrijwilligerProfielAction": {
    mag: ["teamleider", "beheerder"],
    invoer: (w) => ({ gebruikerId: w.u.vrijwilliger2.id, version: "1", talen: "Dari, Farsi", taken: ["MAATJE"], maxMaatjes: "2", status: "ACTIEF", gemeenteIds: [w.g1] }),
  },
  "lib/vrijwilliger/actions.ts#wijzigEigenProfielAction": {
    mag: ["vrijwilligerGekoppeld", "vrijwilligerNietGekoppeld"],
    invoer: () => ({ version: "1", talen: "Tigrinya", beschikbaarheid: "Dinsdagavond" }),
  },
  // ── issue 9: consent, inburgering dates, reports, overdrachten ──
  "lib/toestemming/actions.ts#legToestemmingVastAction": {
    mag: DOSSIER_SCHRIJVERS,
    // VERSLAGEN: a subject no world has consent for yet, so the right actors can record it.
    invoer: (w) => ({ inburgeraarId: w.x.id, ontvanger: "CONSULENT_GEMEENTE", onderwerpen: ["VERSLAGEN"], wijze: "MONDELING", gegevenOp: vandaag(), aanvraagSleutel: sleutel() }),
  },
  "lib/toestemming/actions.ts#trekToestemmingInAction": {
    mag: DOSSIER_SCHRIJVERS,
    invoer: async (w) => {
      const t = await db().toestemming.create({
        data: { inburgeraarId: w.x.id, onderwerp: "VERSLAGEN", ontvanger: "CONSULENT_GEMEENTE", gegevenOp: new Date(`${plusDagen(vandaag(), -3)}T00:00:00Z`), vastgelegdDoorId: w.u.begeleider.id },
      });
      return { inburgeraarId: w.x.id, toestemmingIds: [t.id], ingetrokkenOp: vandaag() };
    },
  },
  "lib/tijdige-start/actions.ts#legInburgeringDatumsVastAction": {
    // The gemeente's own dates: its consulenten, with or without the person's consent; nobody else.
    mag: ["consulentMetToestemming", "consulentZonderToestemming"],
    invoer: (w) => ({ inburgeraarId: w.x.id, version: "1", bredeIntakeDatum: vandaag(), leerroute: "", pipVastgesteldDatum: "", startLeerrouteDatum: "", eersteLesDatum: "" }),
  },
  "lib/rapportage/actions.ts#deelRapportageAction": {
    mag: DOSSIER_SCHRIJVERS,
    // Sharing needs the person's VOORTGANG consent to the consulent: every world gets it for this row.
    invoer: async (w) => {
      await db().toestemming.create({
        data: { inburgeraarId: w.x.id, onderwerp: "VOORTGANG", ontvanger: "CONSULENT_GEMEENTE", gegevenOp: new Date(`${plusDagen(vandaag(), -3)}T00:00:00Z`), vastgelegdDoorId: w.u.begeleider.id },
      });
      return { inburgeraarId: w.x.id, toelichting: "Gaat goed.", aanvraagSleutel: sleutel() };
    },
  },
  "lib/overdracht/actions.ts#verstuurOverdrachtAction": {
    mag: DOSSIER_SCHRIJVERS,
    invoer: (w) => ({
      inburgeraarId: w.x.id,
      type: "INTERN",
      naarGebruikerId: w.u.begeleider2.id,
      samenvatting: "Opstartfase klaar; let op de post en de toeslagen.",
      aanvraagSleutel: sleutel(),
    }),
  },
  "lib/overdracht/actions.ts#ontvangOverdrachtAction": {
    // Only the receiver acknowledges; here the toegewezen begeleider receives from a colleague.
    mag: ["begeleiderToegewezen"],
    invoer: async (w) => {
      const o = await db().overdracht.create({
        data: { inburgeraarId: w.x.id, type: "INTERN", status: "VERSTUURD", vanId: w.u.begeleider2.id, naarGebruikerId: w.u.begeleider.id, samenvatting: "Overdracht na de opstartfase.", verstuurdOp: new Date() },
      });
      return { id: o.id, version: "1" };
    },
  },
  "lib/verlenging/actions.ts#vraagVerlengingAanAction": {
    mag: DOSSIER_SCHRIJVERS,
    invoer: (w) => ({ inburgeraarId: w.x.id, maanden: "6", reden: "Nog veel open punten bij financiën." }),
  },
  "lib/verlenging/actions.ts#beoordeelVerlengingAction": {
    mag: ["teamleider"],
    invoer: async (w) => {
      const v = await db().verlenging.create({ data: { inburgeraarId: w.x.id, reden: "Meer tijd nodig.", aangevraagdDoorId: w.u.begeleider.id } });
      return { verlengingId: v.id, besluit: "GOEDGEKEURD", version: "1", toelichting: "" };
    },
  },
  ...SIGNAAL_RIJEN,
};

// ─────────────────────────── discovery and checks ───────────────────────────

const actieModules = import.meta.glob<Record<string, unknown>>("/lib/**/actions.ts");

export async function gevondenActies(): Promise<Map<string, Action>> {
  const gevonden = new Map<string, Action>();
  for (const [pad, laad] of Object.entries(actieModules)) {
    const mod = await laad();
    for (const [naam, waarde] of Object.entries(mod)) {
      if (typeof waarde === "function") gevonden.set(`${pad.replace(/^\//, "")}#${naam}`, waarde as Action);
    }
  }
  return gevonden;
}

/**
 * A fingerprint of every domain table: its row count and the newest row
 * version (xmin, the id of the transaction that wrote it). Equal before and
 * after means nothing was inserted, updated or deleted.
 */
export async function vingerafdruk(): Promise<string> {
  tabellen ??= (
    await db().$queryRawUnsafe<{ naam: string }[]>(
      `SELECT table_name::text AS naam FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
          AND table_name NOT IN ('AuditLog', 'Sessie', 'LoginPoging', '_prisma_migrations')
        ORDER BY table_name`,
    )
  ).map((t) => t.naam);
  const sql = tabellen.map((naam) => `SELECT '${naam}' AS naam, count(*)::text AS n, coalesce(max(xmin::text::bigint), 0)::text AS x FROM "${naam}"`).join(" UNION ALL ");
  const rijen = await db().$queryRawUnsafe<{ naam: string; n: string; x: string }[]>(sql);
  return rijen.map((r) => `${r.naam}:${r.n}:${r.x}`).join("\n");
}
let tabellen: string[] | undefined;
