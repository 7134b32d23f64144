import "server-only";
import { auditDossierBekeken } from "@/lib/audit";
import { assertCan, can, deelScope, dossierZicht, gemeenteScope, inburgeraarScope, planActieScope, planZicht, toestemmingGeldig, type PlanZicht, type SessionUser } from "@/lib/authz";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import type { ActieVoor, AfspraakType, AkkoordWijze, DoelStatus, Fase, Leefgebied } from "@/lib/db/generated/enums";
import { notFound } from "@/lib/errors";
import { LEEFGEBIED_VOLGORDE } from "@/lib/inburgeraar/labels";
import { loadInburgeraar } from "@/lib/inburgeraar/laad";
import { dateKolomNaarKalenderdatum, vandaag as vandaagIn, type Kalenderdatum } from "@/lib/tijd";
import { kiesbaarVoorGemeente } from "@/lib/sociale-kaart/scope";
import { inhoudSleutel } from "./inhoud";
import {
  heeftMeetmomenten,
  huidigMeetmoment,
  isZelfdeInhoud,
  meetmomentenOverzicht,
  meetmomentSchema,
  schemaWijziging,
  type MeetmomentRij,
  type PlanInhoud,
  type SchemaInvoer,
  type VastgelegdMeetmoment,
} from "./rules";

/** Reads of the plan module; every one is scoped by the signed-in user and by what they may see of the plan. */

const kolom = (d: Date | null) => (d ? dateKolomNaarKalenderdatum(d) : null);

/** The dossier, if the user may see its plan at all (consulenten only with consent); else "niet gevonden". */
async function laadDossier(user: SessionUser, inburgeraarId: string, nu: Date) {
  const persoon = await loadInburgeraar(db(), {
    user,
    id: inburgeraarId,
    need: ["plan"],
    now: nu,
    select: {
      id: true,
      voornaam: true,
      achternaam: true,
      fase: true,
      gemeenteId: true,
      brpInschrijvingDatum: true,
      gemeente: { select: { naam: true, leefgebieden: true, meetmomentenMaanden: true, looptijdMaanden: true } },
      verlengingen: { where: { status: "GOEDGEKEURD" }, orderBy: { beoordeeldOp: "asc" }, select: { maanden: true } },
      toestemmingen: { where: toestemmingGeldig("BEGELEIDINGSPLAN", nu), select: { onderwerp: true } },
    },
  });
  const zicht = planZicht(user, dossierZicht(user, persoon.toestemmingen.map((t) => t.onderwerp)));
  if (zicht === "geen") throw notFound();
  return { persoon, zicht };
}

export function schemaInvoer(p: {
  brpInschrijvingDatum: Date | null;
  gemeente: { meetmomentenMaanden: number[]; looptijdMaanden: number };
  verlengingen: { maanden: number }[];
}): SchemaInvoer {
  return {
    brpDatum: kolom(p.brpInschrijvingDatum),
    meetmomentenMaanden: p.gemeente.meetmomentenMaanden,
    looptijdMaanden: p.gemeente.looptijdMaanden,
    verlengingenMaanden: p.verlengingen.map((v) => v.maanden),
  };
}

/** The leefgebieden a plan shows: the gemeente's, plus any that already hold plan content. */
function planLeefgebieden(gemeente: readonly Leefgebied[], metInhoud: Iterable<Leefgebied>): Leefgebied[] {
  const set = new Set<Leefgebied>([...gemeente, ...metInhoud]);
  return LEEFGEBIED_VOLGORDE.filter((l) => set.has(l));
}

export interface ActieRij {
  id: string;
  omschrijving: string;
  voor: ActieVoor;
  organisatie: string | null;
  isHuiswerk: boolean;
  deadline: Kalenderdatum | null;
  afgerondOp: Kalenderdatum | null;
  version: number;
}

export interface DoelRij {
  id: string;
  omschrijving: string;
  status: DoelStatus;
  streefdatum: Kalenderdatum | null;
  evaluatie: string | null;
  version: number;
  acties: ActieRij[];
  /** Contacts that worked on this doel, newest first. */
  contacten: { id: string; start: Date; type: AfspraakType }[];
}

export interface ScorePunt {
  maand: number;
  datum: Kalenderdatum;
  score: number;
  eigenScore: number | null;
}

export interface LeefgebiedRij {
  leefgebied: Leefgebied;
  isFocus: boolean;
  /** Switched off by the gemeente, but the plan still holds something for it. */
  isUitgezet: boolean;
  kanAl: string | null;
  hulpNodig: string | null;
  streefScore: number | null;
  /** 0 = not written yet. */
  version: number;
  doelen: DoelRij[];
  scores: ScorePunt[];
}

export interface PlanVersieRij {
  nummer: number;
  akkoordOp: Kalenderdatum;
  wijze: AkkoordWijze;
  tolkTaal: string | null;
  toelichting: string | null;
  vastgelegdDoor: string;
}

export interface PlanOverzicht {
  inburgeraar: { id: string; naam: string; voornaam: string; fase: Fase; brpDatum: Kalenderdatum | null; gemeente: string };
  zicht: "alles";
  kanBewerken: boolean;
  kanMeten: boolean;
  /** 0 = no plan yet. */
  planVersion: number;
  focus: Leefgebied | null;
  leefgebieden: LeefgebiedRij[];
  meetmomenten: MeetmomentRij[];
  huidig: MeetmomentRij | null;
  heeftMeetmomenten: boolean;
  versies: PlanVersieRij[];
  inhoud: PlanInhoud;
  inhoudSleutel: string;
  /** The plan differs from the last agreed version (or was never agreed). */
  gewijzigdSindsAkkoord: boolean;
  volgendeAfspraak: { start: Date; type: AfspraakType; locatie: string | null } | null;
  /** The sociale kaart of the person's gemeente, for an actie done by an organisation (issue 11b). */
  socialeKaart: { id: string; naam: string }[];
}

const ACTIE_SELECT = {
  id: true,
  omschrijving: true,
  voor: true,
  organisatie: true,
  isHuiswerk: true,
  deadline: true,
  afgerondOp: true,
  version: true,
} satisfies Prisma.ActieSelect;

function actieRij(a: Prisma.ActieGetPayload<{ select: typeof ACTIE_SELECT }>): ActieRij {
  return { ...a, deadline: kolom(a.deadline), afgerondOp: kolom(a.afgerondOp) };
}

/**
 * The whole plan of one dossier, for those who see all of it (begeleider,
 * teamleider, consulent with consent). A vrijwilliger gets "niet gevonden"
 * here and uses getMaatjeTaken. Audited as a view of the dossier.
 */
export async function getPlan(user: SessionUser, inburgeraarId: string, nu: Date = new Date()): Promise<PlanOverzicht> {
  const { persoon, zicht } = await laadDossier(user, inburgeraarId, nu);
  if (zicht !== "alles") throw notFound();
  const vandaag = vandaagIn(nu);
  const [plan, volgende] = await Promise.all([
    db().begeleidingsplan.findUnique({
      where: { inburgeraarId },
      select: {
        id: true,
        version: true,
        focusLeefgebied: true,
        leefgebieden: { select: { leefgebied: true, kanAl: true, hulpNodig: true, streefScore: true, version: true } },
        doelen: {
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          select: {
            id: true,
            leefgebied: true,
            omschrijving: true,
            status: true,
            streefdatum: true,
            evaluatie: true,
            version: true,
            acties: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: ACTIE_SELECT },
            afspraken: {
              where: { afspraak: { status: "VOND_PLAATS" } },
              orderBy: { afspraak: { start: "desc" } },
              take: 10,
              select: { afspraak: { select: { id: true, start: true, type: true } } },
            },
          },
        },
        meetmomenten: {
          where: { afgenomenOp: { not: null } },
          orderBy: { maandNaStart: "asc" },
          select: { maandNaStart: true, geplandOp: true, afgenomenOp: true, scores: { select: { leefgebied: true, score: true, eigenScore: true } } },
        },
        versies: {
          orderBy: { nummer: "desc" },
          select: { nummer: true, akkoordOp: true, wijze: true, tolkTaal: true, toelichting: true, inhoud: true, vastgelegdDoor: { select: { naam: true } } },
        },
      },
    }),
    db().afspraak.findFirst({
      where: { inburgeraarId, status: "GEPLAND", start: { gte: nu } },
      orderBy: { start: "asc" },
      select: { start: true, type: true, locatie: true },
    }),
  ]);

  const vastgelegd: VastgelegdMeetmoment[] = (plan?.meetmomenten ?? []).map((m) => ({
    maand: m.maandNaStart,
    geplandOp: dateKolomNaarKalenderdatum(m.geplandOp),
    afgenomenOp: dateKolomNaarKalenderdatum(m.afgenomenOp!),
  }));
  const metMeetmomenten = heeftMeetmomenten(persoon.fase) || vastgelegd.length > 0;
  const meetmomenten = metMeetmomenten ? meetmomentenOverzicht(meetmomentSchema(schemaInvoer(persoon)), vastgelegd, vandaag) : [];
  const huidig = heeftMeetmomenten(persoon.fase) ? huidigMeetmoment(meetmomenten) : null;

  const teksten = new Map((plan?.leefgebieden ?? []).map((l) => [l.leefgebied, l]));
  const doelen = plan?.doelen ?? [];
  const scores = (plan?.meetmomenten ?? []).flatMap((m) =>
    m.scores.map((s) => ({ leefgebied: s.leefgebied, maand: m.maandNaStart, datum: dateKolomNaarKalenderdatum(m.afgenomenOp!), score: s.score, eigenScore: s.eigenScore })),
  );
  const gebieden = planLeefgebieden(persoon.gemeente.leefgebieden, [...teksten.keys(), ...doelen.map((d) => d.leefgebied), ...(plan?.focusLeefgebied ? [plan.focusLeefgebied] : [])]);

  const leefgebieden: LeefgebiedRij[] = gebieden.map((lg) => {
    const t = teksten.get(lg);
    return {
      leefgebied: lg,
      isFocus: plan?.focusLeefgebied === lg,
      isUitgezet: !persoon.gemeente.leefgebieden.includes(lg),
      kanAl: t?.kanAl ?? null,
      hulpNodig: t?.hulpNodig ?? null,
      streefScore: t?.streefScore ?? null,
      version: t?.version ?? 0,
      doelen: doelen
        .filter((d) => d.leefgebied === lg)
        .map((d) => ({
          id: d.id,
          omschrijving: d.omschrijving,
          status: d.status,
          streefdatum: kolom(d.streefdatum),
          evaluatie: d.evaluatie,
          version: d.version,
          acties: d.acties.map(actieRij),
          contacten: d.afspraken.map((a) => a.afspraak),
        })),
      scores: scores.filter((s) => s.leefgebied === lg).map(({ leefgebied: _l, ...s }) => s),
    };
  });

  const inhoud = planInhoud(plan?.focusLeefgebied ?? null, leefgebieden);
  const laatste = plan?.versies[0];
  await auditDossierBekeken(user, inburgeraarId, "plan");
  return {
    inburgeraar: {
      id: persoon.id,
      naam: `${persoon.voornaam} ${persoon.achternaam}`,
      voornaam: persoon.voornaam,
      fase: persoon.fase,
      brpDatum: kolom(persoon.brpInschrijvingDatum),
      gemeente: persoon.gemeente.naam,
    },
    zicht: "alles",
    kanBewerken: can(user, "plan:bewerken") && persoon.fase !== "AFGESLOTEN",
    kanMeten: can(user, "meetmoment:vastleggen") && persoon.fase !== "AFGESLOTEN",
    socialeKaart: can(user, "plan:bewerken")
      ? await db().socialeKaartOrganisatie.findMany({ where: kiesbaarVoorGemeente(user, persoon.gemeenteId), orderBy: { naam: "asc" }, select: { id: true, naam: true } })
      : [],
    planVersion: plan?.version ?? 0,
    focus: plan?.focusLeefgebied ?? null,
    leefgebieden,
    meetmomenten,
    huidig,
    heeftMeetmomenten: metMeetmomenten,
    versies: (plan?.versies ?? []).map((v) => ({
      nummer: v.nummer,
      akkoordOp: dateKolomNaarKalenderdatum(v.akkoordOp),
      wijze: v.wijze,
      tolkTaal: v.tolkTaal,
      toelichting: v.toelichting,
      vastgelegdDoor: v.vastgelegdDoor.naam,
    })),
    inhoud,
    inhoudSleutel: inhoudSleutel(inhoud),
    gewijzigdSindsAkkoord: !laatste || !isZelfdeInhoud(laatste.inhoud as unknown as PlanInhoud, inhoud),
    volgendeAfspraak: volgende,
  };
}

/** The agreeable content of a plan, from its rows. */
export function planInhoud(focus: Leefgebied | null, leefgebieden: readonly Pick<LeefgebiedRij, "leefgebied" | "kanAl" | "hulpNodig" | "streefScore" | "doelen">[]): PlanInhoud {
  return {
    focus,
    leefgebieden: leefgebieden.map((l) => ({
      leefgebied: l.leefgebied,
      kanAl: l.kanAl,
      hulpNodig: l.hulpNodig,
      streefScore: l.streefScore,
      doelen: l.doelen.map((d) => ({
        id: d.id,
        omschrijving: d.omschrijving,
        status: d.status,
        streefdatum: d.streefdatum,
        acties: d.acties.map((a) => ({
          id: a.id,
          omschrijving: a.omschrijving,
          voor: a.voor,
          organisatie: a.organisatie,
          isHuiswerk: a.isHuiswerk,
          deadline: a.deadline,
          afgerond: a.afgerondOp !== null,
        })),
      })),
    })),
  };
}

export interface MaatjeTaak extends ActieRij {
  leefgebied: Leefgebied;
}

/**
 * What a vrijwilliger sees of their maatje's plan: only the acties for the
 * maatje and the huiswerk, with their leefgebied — no doelen, scores or texts.
 * Null when the user sees nothing of the plan.
 */
export async function getMaatjeTaken(user: SessionUser, inburgeraarId: string, nu: Date = new Date()): Promise<MaatjeTaak[] | null> {
  const persoon = await loadInburgeraar(db(), {
    user,
    id: inburgeraarId,
    need: ["basis"],
    now: nu,
    select: { id: true, toestemmingen: { where: toestemmingGeldig("BEGELEIDINGSPLAN", nu), select: { onderwerp: true } } },
  });
  const scope = planActieScope(user, dossierZicht(user, persoon.toestemmingen.map((t) => t.onderwerp)));
  if (!scope) return null;
  const acties = await db().actie.findMany({
    where: { AND: [scope, { doel: { plan: { inburgeraarId }, status: { in: ["OPEN", "BEZIG"] } } }] },
    orderBy: [{ afgerondOp: { sort: "asc", nulls: "first" } }, { deadline: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
    take: 100,
    select: { ...ACTIE_SELECT, doel: { select: { leefgebied: true } } },
  });
  return acties.map(({ doel, ...a }) => ({ ...actieRij(a), leefgebied: doel.leefgebied }));
}

/** The Plan tab: the whole plan, or for a maatje only their acties and the huiswerk. */
export async function getPlanTab(
  user: SessionUser,
  inburgeraarId: string,
  nu: Date = new Date(),
): Promise<{ soort: "alles"; plan: PlanOverzicht } | { soort: "maatje"; voornaam: string; taken: MaatjeTaak[] }> {
  const { persoon, zicht } = await laadDossier(user, inburgeraarId, nu);
  if (zicht === "alles") return { soort: "alles", plan: await getPlan(user, inburgeraarId, nu) };
  const taken = (await getMaatjeTaken(user, inburgeraarId, nu)) ?? [];
  await auditDossierBekeken(user, inburgeraarId, "plan-maatje");
  return { soort: "maatje", voornaam: persoon.voornaam, taken };
}

/** The open doelen a contact can be linked to when logging it; empty for who does not write the plan. */
export async function getDoelKeuzes(user: SessionUser, inburgeraarId: string): Promise<{ id: string; omschrijving: string; leefgebied: Leefgebied }[]> {
  if (!can(user, "plan:bewerken")) return [];
  // The caller loaded the dossier through the user's scope; the plan part is checked here too.
  const doelen = await db().doel.findMany({
    where: { status: { in: ["OPEN", "BEZIG"] }, plan: { inburgeraar: { AND: [{ id: inburgeraarId }, inburgeraarScope(user), deelScope(user, "plan")] } } },
    orderBy: [{ leefgebied: "asc" }, { createdAt: "asc" }],
    take: 50,
    select: { id: true, omschrijving: true, leefgebied: true },
  });
  return doelen;
}

export interface MeetmomentFormulier {
  inburgeraar: { id: string; naam: string; voornaam: string; brpDatum: Kalenderdatum };
  maand: number;
  rij: MeetmomentRij;
  /** 0 = not recorded yet. */
  version: number;
  afgenomenOp: Kalenderdatum | null;
  notitie: string | null;
  leefgebieden: Leefgebied[];
  streefScores: Partial<Record<Leefgebied, number>>;
  huidig: Partial<Record<Leefgebied, { score: number; eigenScore: number | null; toelichting: string | null }>>;
  /** The scores of the meetmoment before this one, for reference. */
  vorige: { maand: number; scores: Partial<Record<Leefgebied, number>> } | null;
  vandaag: Kalenderdatum;
}

/** The recording form of one meetmoment (new, or a correction of a recorded one). */
export async function getMeetmomentFormulier(user: SessionUser, inburgeraarId: string, maand: number, nu: Date = new Date()): Promise<MeetmomentFormulier> {
  assertCan(user, "meetmoment:vastleggen");
  const { persoon, zicht } = await laadDossier(user, inburgeraarId, nu);
  if (zicht !== "alles" || !persoon.brpInschrijvingDatum) throw notFound();
  const vandaag = vandaagIn(nu);
  const plan = await db().begeleidingsplan.findUnique({
    where: { inburgeraarId },
    select: {
      leefgebieden: { select: { leefgebied: true, streefScore: true } },
      meetmomenten: {
        where: { afgenomenOp: { not: null } },
        orderBy: { maandNaStart: "asc" },
        select: {
          maandNaStart: true,
          geplandOp: true,
          afgenomenOp: true,
          notitie: true,
          version: true,
          scores: { select: { leefgebied: true, score: true, eigenScore: true, toelichting: true } },
        },
      },
    },
  });
  const vastgelegd = (plan?.meetmomenten ?? []).map((m) => ({
    maand: m.maandNaStart,
    geplandOp: dateKolomNaarKalenderdatum(m.geplandOp),
    afgenomenOp: dateKolomNaarKalenderdatum(m.afgenomenOp!),
  }));
  const rij = meetmomentenOverzicht(meetmomentSchema(schemaInvoer(persoon)), vastgelegd, vandaag).find((r) => r.maand === maand);
  if (!rij) throw notFound();
  const eigen = plan?.meetmomenten.find((m) => m.maandNaStart === maand);
  const vorige = plan?.meetmomenten.filter((m) => m.maandNaStart < maand).at(-1);
  const leefgebieden = planLeefgebieden(persoon.gemeente.leefgebieden, eigen?.scores.map((s) => s.leefgebied) ?? []);
  return {
    inburgeraar: {
      id: persoon.id,
      naam: `${persoon.voornaam} ${persoon.achternaam}`,
      voornaam: persoon.voornaam,
      brpDatum: dateKolomNaarKalenderdatum(persoon.brpInschrijvingDatum),
    },
    maand,
    rij,
    version: eigen?.version ?? 0,
    afgenomenOp: eigen?.afgenomenOp ? dateKolomNaarKalenderdatum(eigen.afgenomenOp) : null,
    notitie: eigen?.notitie ?? null,
    leefgebieden,
    streefScores: Object.fromEntries((plan?.leefgebieden ?? []).filter((l) => l.streefScore !== null).map((l) => [l.leefgebied, l.streefScore!])),
    huidig: Object.fromEntries((eigen?.scores ?? []).map((s) => [s.leefgebied, { score: s.score, eigenScore: s.eigenScore, toelichting: s.toelichting }])),
    vorige: vorige ? { maand: vorige.maandNaStart, scores: Object.fromEntries(vorige.scores.map((s) => [s.leefgebied, s.score])) } : null,
    vandaag,
  };
}

export interface VersieVergelijking {
  inburgeraar: { id: string; naam: string };
  versies: PlanVersieRij[];
  links: { label: string; nummer: number | null; inhoud: PlanInhoud } | null;
  rechts: { label: string; nummer: number | null; inhoud: PlanInhoud } | null;
}

/**
 * Two versions of the plan side by side: agreed version `a` against `b`
 * (another agreed version, or "huidig" for the plan as it is now). Defaults:
 * the last agreed version against the plan now.
 */
export async function getVersieVergelijking(user: SessionUser, inburgeraarId: string, keuze: { a?: string; b?: string }, nu: Date = new Date()): Promise<VersieVergelijking> {
  const overzicht = await getPlan(user, inburgeraarId, nu);
  const plan = await db().begeleidingsplan.findUnique({
    where: { inburgeraarId },
    select: { versies: { orderBy: { nummer: "desc" }, select: { nummer: true, akkoordOp: true, inhoud: true } } },
  });
  const versies = plan?.versies ?? [];
  const kies = (k: string | undefined, standaard: "laatste" | "huidig") => {
    const waarde = k ?? standaard;
    if (waarde === "huidig") return { label: "Het plan nu", nummer: null, inhoud: overzicht.inhoud };
    const nummer = waarde === "laatste" ? versies[0]?.nummer : Number(waarde);
    const v = versies.find((x) => x.nummer === nummer);
    return v ? { label: `Versie ${v.nummer}`, nummer: v.nummer, inhoud: v.inhoud as unknown as PlanInhoud } : null;
  };
  return {
    inburgeraar: { id: overzicht.inburgeraar.id, naam: overzicht.inburgeraar.naam },
    versies: overzicht.versies,
    links: kies(keuze.a, "laatste"),
    rechts: kies(keuze.b, "huidig"),
  };
}

export interface SchemaGevolg {
  /** Month of the BRP registration ("2026-03"): trajectories are grouped by it, no names (beheerders see no dossiers). */
  brpMaand: string;
  aantal: number;
  voor: string[];
  na: string[];
}

/**
 * What a new meetmoment schedule would change for the running trajectories of
 * a gemeente: only meetmomenten that were not recorded yet move. Grouped by
 * BRP month, as counts — the beheerder who changes the setting sees no dossiers.
 */
export async function getSchemaGevolgen(
  user: SessionUser,
  gemeenteId: string,
  nieuweMaanden: readonly number[],
  nu: Date = new Date(),
): Promise<{ geraakt: number; lopend: number; groepen: SchemaGevolg[] }> {
  assertCan(user, "gemeente:beheren");
  const gemeente = await db().gemeente.findFirst({ where: { id: gemeenteId, ...gemeenteScope(user) }, select: { id: true, meetmomentenMaanden: true, looptijdMaanden: true } });
  if (!gemeente) throw notFound();
  const vandaag = vandaagIn(nu);
  // Running trajectories with a BRP date; a setting screen, bounded to keep it a screen.
  const lopend = await db().inburgeraar.findMany({
    where: { gemeenteId: gemeente.id, organisatieId: user.organisatieId, fase: { in: ["OPSTARTFASE", "BEGELEIDINGSFASE", "AFRONDING"] }, brpInschrijvingDatum: { not: null } },
    orderBy: { brpInschrijvingDatum: "asc" },
    take: 5000,
    select: {
      brpInschrijvingDatum: true,
      verlengingen: { where: { status: "GOEDGEKEURD" }, orderBy: { beoordeeldOp: "asc" }, select: { maanden: true } },
      plan: { select: { meetmomenten: { where: { afgenomenOp: { not: null } }, select: { maandNaStart: true, geplandOp: true, afgenomenOp: true } } } },
    },
  });
  const groepen = new Map<string, SchemaGevolg>();
  let geraakt = 0;
  const tekst = (r: MeetmomentRij) => `${r.maand === 0 ? "nulmeting" : `${r.maand} mnd`}`;
  for (const p of lopend) {
    const basis = { brpInschrijvingDatum: p.brpInschrijvingDatum, verlengingen: p.verlengingen };
    const oud = meetmomentSchema(schemaInvoer({ ...basis, gemeente }));
    const nieuw = meetmomentSchema(schemaInvoer({ ...basis, gemeente: { ...gemeente, meetmomentenMaanden: [...nieuweMaanden] } }));
    const vastgelegd = (p.plan?.meetmomenten ?? []).map((m) => ({
      maand: m.maandNaStart,
      geplandOp: dateKolomNaarKalenderdatum(m.geplandOp),
      afgenomenOp: dateKolomNaarKalenderdatum(m.afgenomenOp!),
    }));
    const wijziging = schemaWijziging(oud, nieuw, vastgelegd, vandaag);
    if (!wijziging) continue;
    geraakt++;
    const brpMaand = dateKolomNaarKalenderdatum(p.brpInschrijvingDatum!).slice(0, 7);
    const voor = wijziging.voor.map(tekst);
    const na = wijziging.na.map(tekst);
    const sleutel = `${brpMaand}|${voor.join(",")}|${na.join(",")}`;
    const g = groepen.get(sleutel) ?? { brpMaand, aantal: 0, voor, na };
    g.aantal++;
    groepen.set(sleutel, g);
  }
  return { geraakt, lopend: lopend.length, groepen: [...groepen.values()] };
}
