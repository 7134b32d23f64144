import "server-only";
import { actieveToewijzing, assertCan, can, gebruikerScope, gemeenteScope, inburgeraarScope, type SessionUser } from "@/lib/authz";
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
      toewijzingen: { where: actieveToewijzing(now), select: { rol: true, gebruiker: { select: { naam: true } } } },
    },
  });
  // Consulenten see only name, gemeente and fase here; more comes with consent.
  const showTeam = user.rol !== "CONSULENT";
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
    user.rol === "TEAMLEIDER"
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
 * The dossier header for the layout, scoped. Consulenten get name, gemeente and
 * fase only: their query selects nothing else (consent-gated detail comes later).
 */
export async function getDossierHeader(user: SessionUser, id: string) {
  assertCan(user, "inburgeraar:lezen");
  const now = new Date();
  const where = { id, ...inburgeraarScope(user, now) };
  if (user.rol === "CONSULENT") {
    const r = await db().inburgeraar.findFirst({
      where,
      select: { id: true, voornaam: true, achternaam: true, fase: true, gemeente: { select: { naam: true } } },
    });
    if (!r) throw notFound();
    return { beperkt: true as const, id: r.id, naam: `${r.voornaam} ${r.achternaam}`, fase: r.fase, gemeente: r.gemeente.naam };
  }
  const r = await db().inburgeraar.findFirst({
    where,
    select: {
      id: true,
      voornaam: true,
      achternaam: true,
      fase: true,
      faseSinds: true,
      version: true,
      brpInschrijvingDatum: true,
      uitkeringStartDatum: true,
      einddatum: true,
      gemeente: { select: { naam: true, looptijdMaanden: true } },
      toewijzingen: {
        where: actieveToewijzing(now),
        orderBy: { vanaf: "asc" },
        select: { rol: true, gebruiker: { select: { naam: true } } },
      },
      huishouden: { select: { relatie: true, isNareiziger: true } },
      verlengingen: { where: { status: "GOEDGEKEURD" }, select: { maanden: true } },
      toeslagen: { select: { soort: true, aangevraagdOp: true, behandeltermijnDagen: true, besluitOp: true } },
    },
  });
  if (!r) throw notFound();
  const klokken = wettelijkeKlokken(
    {
      uitkeringStartDatum: kd(r.uitkeringStartDatum),
      einddatum: kd(r.einddatum),
      toeslagen: r.toeslagen.map((t) => ({
        soort: t.soort,
        aangevraagdOp: dateKolomNaarKalenderdatum(t.aangevraagdOp),
        behandeltermijnDagen: t.behandeltermijnDagen,
        besluitOp: kd(t.besluitOp),
      })),
    },
    vandaag(now),
  );
  return {
    beperkt: false as const,
    id: r.id,
    naam: `${r.voornaam} ${r.achternaam}`,
    fase: r.fase,
    faseSinds: r.faseSinds,
    version: r.version,
    gemeente: r.gemeente.naam,
    looptijdMaanden: r.gemeente.looptijdMaanden,
    begeleiders: r.toewijzingen.filter((t) => t.rol !== "MAATJE").map((t) => t.gebruiker.naam),
    maatjes: r.toewijzingen.filter((t) => t.rol === "MAATJE").map((t) => t.gebruiker.naam),
    start: kd(r.brpInschrijvingDatum),
    einddatum: kd(r.einddatum),
    verlengdMaanden: r.verlengingen.reduce((s, v) => s + v.maanden, 0),
    huishouden: {
      leden: r.huishouden.length,
      partners: r.huishouden.filter((h) => h.relatie === "PARTNER").length,
      kinderen: r.huishouden.filter((h) => h.relatie === "KIND").length,
      nareizigers: r.huishouden.filter((h) => h.isNareiziger).length,
    },
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
 * Everything that happened on a dossier, newest first: its audit rows except
 * views. Callers must have loaded the dossier through its scope first.
 */
async function tijdlijn(organisatieId: string, inburgeraarId: string, limiet = 200): Promise<TijdlijnRegel[]> {
  const rows = await db().auditLog.findMany({
    where: { organisatieId, inburgeraarId, actie: { not: "inburgeraar.bekeken" } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limiet,
    select: { id: true, createdAt: true, actie: true, gebruikerId: true, details: true },
  });
  const ids = [...new Set(rows.map((r) => r.gebruikerId).filter((x): x is string => Boolean(x)))];
  const namen = new Map(
    (await db().gebruiker.findMany({ where: { id: { in: ids }, organisatieId }, select: { id: true, naam: true } })).map((g) => [g.id, g.naam]),
  );
  return rows.map((r) => {
    const details = r.details && typeof r.details === "object" && !Array.isArray(r.details) ? (r.details as Record<string, unknown>) : {};
    return {
      id: r.id.toString(),
      op: r.createdAt,
      wie: r.gebruikerId ? (namen.get(r.gebruikerId) ?? null) : null,
      samenvatting: typeof details.samenvatting === "string" ? details.samenvatting : r.actie,
    };
  });
}

/**
 * The Overzicht tab: personal details (BSN only with "inburgeraar:bsn-zien"),
 * the tijdige-start dates, household, verlengingen, what the phase actions
 * need, and the timeline. Audited as a view of the dossier.
 */
export async function getDossierOverzicht(user: SessionUser, id: string) {
  assertCan(user, "inburgeraar:lezen");
  if (user.rol === "CONSULENT") throw notFound();
  const magBsn = can(user, "inburgeraar:bsn-zien");
  const r = await db().inburgeraar.findFirst({
    where: { id, ...inburgeraarScope(user) },
    select: {
      id: true,
      organisatieId: true,
      ...persoonsgegevensSelect(magBsn),
      fase: true,
      version: true,
      ...TRAJECT_DATUMS_SELECT,
      einddatum: true,
      opstartAfgeslotenOp: true,
      opstartAfsluitReden: true,
      afgeslotenOp: true,
      huishouden: {
        orderBy: { geboortedatum: "asc" },
        select: { id: true, voornaam: true, achternaam: true, geboortedatum: true, relatie: true, isNareiziger: true, verwachteAankomst: true },
      },
      verlengingen: {
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
      checklist: { select: { verplicht: true, status: true } },
      afspraken: { where: { isEindgesprek: true, status: "VOND_PLAATS" }, select: { id: true }, take: 1 },
    },
  });
  if (!r) throw notFound();
  let bsn: string | null = null;
  if (magBsn && r.bsnVersleuteld) bsn = decryptBsn(r.bsnVersleuteld);
  await auditDossierBekeken(user, id, "overzicht", { bsnGetoond: bsn !== null });
  const { bsnVersleuteld: _weg, checklist, afspraken, organisatieId, ...rest } = r;
  void _weg;
  return {
    ...rest,
    bsn,
    checklist,
    heeftEindgesprek: afspraken.length > 0,
    tijdlijn: await tijdlijn(organisatieId, id),
  };
}
