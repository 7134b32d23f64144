import "server-only";
import { actieveToewijzing, assertCan, can, gebruikerScope, gemeenteScope, inburgeraarScope, tijdlijnZichtbaarheden, type DossierZicht, type SessionUser } from "@/lib/authz";
import { actiesMetZichtbaarheid, isZichtbaarVoor } from "@/lib/audit";
import { zinVoorAudit } from "@/lib/audit/zinnen";
import { dossierZichtVoorLaden, loadInburgeraar } from "./laad";
import { auditDossierBekeken } from "@/lib/audit";
import { decryptBsn } from "@/lib/crypto/bsn";
import { db } from "@/lib/db";
import type { Fase } from "@/lib/db/generated/enums";
import { notFound } from "@/lib/errors";
import { dateKolomNaarKalenderdatum, vandaag } from "@/lib/tijd";
import { wettelijkeKlokken } from "./klokken";

export interface InburgeraarRij {
  id: string;
  naam: string;
  fase: Fase;
  gemeente: string;
  begeleider: string | null;
  maatje: string | null;
}

/** Everyone the user may see, with the people assigned to them. */
export async function listInburgeraars(user: SessionUser, options: { fase?: Fase } = {}): Promise<InburgeraarRij[]> {
  assertCan(user, "inburgeraar:lezen");
  const now = new Date();
  const rows = await db().inburgeraar.findMany({
    where: { ...inburgeraarScope(user, now), ...(options.fase ? { fase: options.fase } : {}) },
    orderBy: [{ achternaam: "asc" }, { voornaam: "asc" }],
    select: {
      id: true,
      voornaam: true,
      achternaam: true,
      fase: true,
      gemeente: { select: { naam: true } },
      toewijzingen: can(user, "toewijzing:zien")
        ? { where: actieveToewijzing(now), select: { rol: true, gebruiker: { select: { naam: true } } } }
        : { where: { id: { in: [] } }, select: { rol: true, gebruiker: { select: { naam: true } } } },
    },
  });
  // Who guides the person is shown to those the policy lets see assignments.
  const showTeam = can(user, "toewijzing:zien");
  return rows.map((r) => ({
    id: r.id,
    naam: `${r.voornaam} ${r.achternaam}`,
    fase: r.fase,
    gemeente: r.gemeente.naam,
    begeleider: showTeam ? (r.toewijzingen.find((t) => t.rol !== "MAATJE")?.gebruiker.naam ?? null) : null,
    maatje: showTeam ? (r.toewijzingen.find((t) => t.rol === "MAATJE")?.gebruiker.naam ?? null) : null,
  }));
}

/**
 * Loads one dossier's header, scoped: a record outside the user's reach is
 * "not found", never "forbidden", so ids of other organisations reveal nothing.
 * Every view is recorded in the audit trail.
 */
export async function getInburgeraar(user: SessionUser, id: string) {
  assertCan(user, "inburgeraar:lezen");
  const now = new Date();
  const row = await db().inburgeraar.findFirst({
    where: { id, ...inburgeraarScope(user, now) },
    select: {
      id: true,
      voornaam: true,
      achternaam: true,
      fase: true,
      organisatieId: true,
      gemeente: { select: { id: true, naam: true, looptijdMaanden: true, contactNormDagen: true } },
    },
  });
  if (!row) throw notFound();
  await auditDossierBekeken(user, id, "dossier");
  return row;
}

// ─────────────────────────── aanmelden ───────────────────────────

/** The choices on the aanmeld form: the organisation's gemeenten, and for a teamleider the begeleiders. */
export async function aanmeldKeuzes(user: SessionUser) {
  assertCan(user, "inburgeraar:aanmelden");
  const [gemeenten, begeleiders] = await Promise.all([
    db().gemeente.findMany({ where: gemeenteScope(user), orderBy: { naam: "asc" }, select: { id: true, naam: true } }),
    can(user, "toewijzing:beheren")
      ? db().gebruiker.findMany({
          where: { ...gebruikerScope(user), rol: "BEGELEIDER", actief: true },
          orderBy: { naam: "asc" },
          select: { id: true, naam: true },
        })
      : Promise.resolve(null),
  ]);
  return { gemeenten, begeleiders };
}

// ─────────────────────────── dossier ───────────────────────────

const kd = (d: Date | null) => (d ? dateKolomNaarKalenderdatum(d) : null);

export type DossierHeader = Awaited<ReturnType<typeof getDossierHeader>>;

/**
 * The dossier header for the layout, scoped, with only the parts the user may
 * see (lib/authz/zicht): legal clocks are financial data, the trajectory and
 * who guides the person need the "traject" part. Audited as a view.
 */
export async function getDossierHeader(user: SessionUser, id: string) {
  const now = new Date();
  // loadInburgeraar right below checks the scope (and audits a refusal) as laadDossierZicht would.
  const zicht = await dossierZichtVoorLaden(user, id, now);
  const r = await loadInburgeraar(db(), {
    user,
    id,
    need: ["basis"],
    now,
    select: {
      id: true,
      voornaam: true,
      achternaam: true,
      fase: true,
      faseSinds: zicht.traject,
      version: true,
      brpInschrijvingDatum: zicht.traject,
      einddatum: zicht.traject,
      uitkeringStartDatum: zicht.financieel,
      gemeente: { select: { naam: true, looptijdMaanden: true } },
      toewijzingen: {
        where: zicht.traject ? actieveToewijzing(now) : { id: { in: [] } },
        orderBy: { vanaf: "asc" },
        select: { rol: true, gebruiker: { select: { naam: true } } },
      },
      huishouden: { where: zicht.persoon ? {} : { id: { in: [] } }, select: { relatie: true, isNareiziger: true } },
      verlengingen: { where: zicht.traject ? { status: "GOEDGEKEURD" } : { id: { in: [] } }, select: { maanden: true } },
      toeslagen: {
        where: zicht.financieel ? {} : { id: { in: [] } },
        select: { soort: true, aangevraagdOp: true, behandeltermijnDagen: true, besluitOp: true },
      },
    },
  });
  await auditDossierBekeken(user, id, "kop");
  const klokken = wettelijkeKlokken(
    {
      uitkeringStartDatum: kd(r.uitkeringStartDatum ?? null),
      einddatum: kd(r.einddatum ?? null),
      toeslagen: r.toeslagen.map((t) => ({
        soort: t.soort,
        aangevraagdOp: dateKolomNaarKalenderdatum(t.aangevraagdOp),
        behandeltermijnDagen: t.behandeltermijnDagen,
        besluitOp: kd(t.besluitOp),
      })),
    },
    vandaag(now),
  ).filter((k) => zicht.financieel || k.soort === "EINDDATUM");
  return {
    zicht,
    id: r.id,
    naam: `${r.voornaam} ${r.achternaam}`,
    fase: r.fase,
    faseSinds: r.faseSinds ?? null,
    version: r.version,
    gemeente: r.gemeente.naam,
    looptijdMaanden: r.gemeente.looptijdMaanden,
    begeleiders: r.toewijzingen.filter((t) => t.rol !== "MAATJE").map((t) => t.gebruiker.naam),
    maatjes: r.toewijzingen.filter((t) => t.rol === "MAATJE").map((t) => t.gebruiker.naam),
    start: kd(r.brpInschrijvingDatum ?? null),
    einddatum: kd(r.einddatum ?? null),
    verlengdMaanden: r.verlengingen.reduce((s, v) => s + v.maanden, 0),
    huishouden: zicht.persoon
      ? {
          leden: r.huishouden.length,
          partners: r.huishouden.filter((h) => h.relatie === "PARTNER").length,
          kinderen: r.huishouden.filter((h) => h.relatie === "KIND").length,
          nareizigers: r.huishouden.filter((h) => h.isNareiziger).length,
        }
      : null,
    klokken,
  };
}

export type DossierGegevens = Awaited<ReturnType<typeof getDossierGegevens>>;

/** The dates of the trajectory, from koppeling to the first language lesson. */
const TRAJECT_DATUMS_SELECT = {
  koppelingDatum: true,
  woningtoewijzingDatum: true,
  verhuisDatum: true,
  brpInschrijvingDatum: true,
  uitkeringStartDatum: true,
  bredeIntakeDatum: true,
  pipVastgesteldDatum: true,
  startLeerrouteDatum: true,
  eersteLesDatum: true,
} as const;

/** The personal details both the Overzicht and the gegevens form show; the BSN only when allowed. */
function persoonsgegevensSelect(magBsn: boolean) {
  return {
    voornaam: true,
    achternaam: true,
    geboortedatum: true,
    bsnVersleuteld: magBsn,
    vNummer: true,
    landVanHerkomst: true,
    talen: true,
    tolkNodig: true,
    tolkTaal: true,
    telefoon: true,
    email: true,
    straat: true,
    huisnummer: true,
    postcode: true,
    woonplaats: true,
    verblijfsvergunning: true,
    redenZonderWettelijkRecht: true,
    doelgroepen: true,
  } as const;
}

/**
 * The gegevens form's starting values, scoped, dates as "YYYY-MM-DD". The BSN
 * itself never goes to the form: only whether one is stored and, for roles that
 * may see it, its last three digits. Audited as a view.
 */
export async function getDossierGegevens(user: SessionUser, id: string) {
  assertCan(user, "inburgeraar:bewerken");
  const magBsn = can(user, "inburgeraar:bsn-zien");
  const r = await db().inburgeraar.findFirst({
    where: { id, ...inburgeraarScope(user) },
    select: {
      id: true,
      version: true,
      ...persoonsgegevensSelect(magBsn),
      ...TRAJECT_DATUMS_SELECT,
    },
  });
  if (!r) throw notFound();
  await auditDossierBekeken(user, id, "gegevens");
  const { bsnVersleuteld, ...rest } = r;
  const bsnEinde = magBsn && bsnVersleuteld ? decryptBsn(bsnVersleuteld).slice(-3) : null;
  const s = (d: Date | null) => (d ? dateKolomNaarKalenderdatum(d) : "");
  return {
    ...rest,
    bsnEinde,
    geboortedatum: s(r.geboortedatum),
    koppelingDatum: s(r.koppelingDatum),
    woningtoewijzingDatum: s(r.woningtoewijzingDatum),
    verhuisDatum: s(r.verhuisDatum),
    brpInschrijvingDatum: s(r.brpInschrijvingDatum),
    uitkeringStartDatum: s(r.uitkeringStartDatum),
    bredeIntakeDatum: s(r.bredeIntakeDatum),
    pipVastgesteldDatum: s(r.pipVastgesteldDatum),
    startLeerrouteDatum: s(r.startLeerrouteDatum),
    eersteLesDatum: s(r.eersteLesDatum),
  };
}

export interface TijdlijnRegel {
  id: string;
  op: Date;
  wie: string | null;
  samenvatting: string;
}

/**
 * Everything that happened on a dossier that this user may see, newest first,
 * as sentences made now from the typed events (lib/audit/zinnen). Views and
 * refusals never show; which kinds show is the policy's (tijdlijnZichtbaarheden).
 * Callers must have loaded the dossier through its scope first.
 */
async function tijdlijn(organisatieId: string, inburgeraarId: string, zicht: DossierZicht, user: SessionUser, limiet = 200): Promise<TijdlijnRegel[]> {
  const zichtbaar = tijdlijnZichtbaarheden(zicht, user);
  const rows = await db().auditLog.findMany({
    where: { organisatieId, inburgeraarId, actie: { in: actiesMetZichtbaarheid(zichtbaar) } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limiet,
    select: { id: true, createdAt: true, actie: true, gebruikerId: true, details: true },
  });
  // Some events need more than their kind's class (a correction of the uitkering date is financial).
  const toegestaan = rows.filter((r) => isZichtbaarVoor(r, zichtbaar));
  const ids = [...new Set(toegestaan.map((r) => r.gebruikerId).filter((x): x is string => Boolean(x)))];
  const namen = new Map(
    (await db().gebruiker.findMany({ where: { id: { in: ids }, organisatieId }, select: { id: true, naam: true } })).map((g) => [g.id, g.naam]),
  );
  return toegestaan.map((r) => ({
    id: r.id.toString(),
    op: r.createdAt,
    wie: r.gebruikerId ? (namen.get(r.gebruikerId) ?? null) : null,
    samenvatting: zinVoorAudit(r),
  }));
}

/**
 * The Overzicht tab: exactly the parts of the dossier this user may see
 * (lib/authz/zicht) — personal details, identity papers, BSN, contact details,
 * trajectory dates, household, verlengingen, what the phase actions need, and
 * the timeline — each selected only when visible. Audited as a view.
 */
export async function getDossierOverzicht(user: SessionUser, id: string) {
  const now = new Date();
  // loadInburgeraar right below checks the scope (and audits a refusal) as laadDossierZicht would.
  const zicht = await dossierZichtVoorLaden(user, id, now);
  const r = await loadInburgeraar(db(), {
    user,
    id,
    need: ["basis"],
    now,
    select: {
      id: true,
      organisatieId: true,
      voornaam: true,
      achternaam: true,
      fase: true,
      version: true,
      // persoon
      geboortedatum: zicht.persoon,
      landVanHerkomst: zicht.persoon,
      talen: zicht.persoon,
      tolkNodig: zicht.persoon,
      tolkTaal: zicht.persoon,
      // identiteit
      vNummer: zicht.identiteit,
      verblijfsvergunning: zicht.identiteit,
      redenZonderWettelijkRecht: zicht.identiteit,
      doelgroepen: zicht.identiteit,
      bsnVersleuteld: zicht.bsn,
      // contact
      telefoon: zicht.contact,
      email: zicht.contact,
      straat: zicht.contact,
      huisnummer: zicht.contact,
      postcode: zicht.contact,
      woonplaats: zicht.contact,
      // traject
      koppelingDatum: zicht.traject,
      woningtoewijzingDatum: zicht.traject,
      verhuisDatum: zicht.traject,
      // inburgering: the gemeente's own dates
      brpInschrijvingDatum: zicht.inburgering,
      bredeIntakeDatum: zicht.inburgering,
      pipVastgesteldDatum: zicht.inburgering,
      leerroute: zicht.inburgering,
      startLeerrouteDatum: zicht.inburgering,
      eersteLesDatum: zicht.inburgering,
      einddatum: zicht.traject,
      opstartAfgeslotenOp: zicht.traject,
      opstartAfsluitReden: zicht.traject,
      afgeslotenOp: zicht.traject,
      // financieel
      uitkeringStartDatum: zicht.financieel,
      huishouden: {
        where: zicht.persoon ? {} : { id: { in: [] } },
        orderBy: { geboortedatum: "asc" },
        select: { id: true, voornaam: true, achternaam: true, geboortedatum: true, relatie: true, isNareiziger: true, verwachteAankomst: true },
      },
      verlengingen: {
        where: zicht.financieel ? {} : { id: { in: [] } },
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          maanden: true,
          reden: true,
          status: true,
          toelichting: true,
          createdAt: true,
          beoordeeldOp: true,
          version: true,
          aangevraagdDoor: { select: { naam: true } },
          beoordeeldDoor: { select: { naam: true } },
        },
      },
      checklist: { where: zicht.checklist ? {} : { id: { in: [] } }, select: { verplicht: true, status: true } },
      afspraken: { where: zicht.afspraken ? { isEindgesprek: true, status: "VOND_PLAATS" } : { id: { in: [] } }, select: { id: true }, take: 1 },
      // Whether the eindoverdracht went out: the begeleider is asked for it at afronding.
      overdrachten: { where: zicht.rapportages ? { type: "CONSULENT", status: { not: "CONCEPT" } } : { id: { in: [] } }, select: { verstuurdOp: true }, take: 1 },
    },
  });
  const { bsnVersleuteld, checklist, afspraken, overdrachten, organisatieId, ...rest } = r;
  const bsnEinde = bsnVersleuteld ? decryptBsn(bsnVersleuteld).slice(-3) : null;
  await auditDossierBekeken(user, id, "overzicht");
  return {
    ...rest,
    zicht,
    /** Masked: only the last three digits; the full BSN is revealed on request (audited). */
    bsnEinde,
    checklist,
    heeftEindgesprek: afspraken.length > 0,
    eindoverdrachtVerstuurdOp: overdrachten[0]?.verstuurdOp ?? null,
    tijdlijn: await tijdlijn(organisatieId, id, zicht, user),
  };
}
