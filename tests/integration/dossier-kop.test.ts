/**
 * The dossier page's reads (layout header, interne overdracht note, Overzicht,
 * open overdrachten for me) as raw statements (docs/decisions/019/020) must
 * give exactly what the model queries gave, for every role: the same values
 * (types, absent keys, dates), the same refusals and the same audit rows. The
 * model queries are kept below, copied from before, as the reference.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/lib/db/generated/client";
import {
  actieveToewijzing,
  can,
  inburgeraarScope,
  teOntvangenScope,
  tijdlijnZichtbaarheden,
  type DossierZicht,
  type SessionUser,
} from "@/lib/authz";
import { actiesMetZichtbaarheid, auditDossierBekeken, isZichtbaarVoor } from "@/lib/audit";
import { zinVoorAudit } from "@/lib/audit/zinnen";
import { decryptBsn, encryptBsn } from "@/lib/crypto/bsn";
import { db } from "@/lib/db";
import type { ToestemmingOnderwerp } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import { wettelijkeKlokken } from "@/lib/inburgeraar/klokken";
import { dossierZichtVoorLaden, loadInburgeraar } from "@/lib/inburgeraar/laad";
import { getDossierHeader, getDossierOverzicht } from "@/lib/inburgeraar/queries";
import { ontvangerNaam, overdrachtenVoorMij } from "@/lib/overdracht/queries";
import { dateKolomNaarKalenderdatum, vandaag } from "@/lib/tijd";
import { getOverdrachtVoorMij } from "@/lib/toewijzing/queries";
import { maakGebruiker, maakInburgeraar, maakTweeOrganisaties, sessionUser, wijsToe } from "../factories";

// ───────────── the reference: the model queries as they were (copied) ─────────────

const kd = (d: Date | null) => (d ? dateKolomNaarKalenderdatum(d) : null);

async function oudHeader(user: SessionUser, id: string) {
  const now = new Date();
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

async function oudTijdlijn(organisatieId: string, inburgeraarId: string, zicht: DossierZicht, user: SessionUser, limiet = 200) {
  const zichtbaar = tijdlijnZichtbaarheden(zicht, user);
  const rows = await db().auditLog.findMany({
    where: { organisatieId, inburgeraarId, actie: { in: actiesMetZichtbaarheid(zichtbaar) } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limiet,
    select: { id: true, createdAt: true, actie: true, gebruikerId: true, details: true },
  });
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

async function oudOverzicht(user: SessionUser, id: string) {
  const now = new Date();
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
      geboortedatum: zicht.persoon,
      landVanHerkomst: zicht.persoon,
      talen: zicht.persoon,
      tolkNodig: zicht.persoon,
      tolkTaal: zicht.persoon,
      vNummer: zicht.identiteit,
      verblijfsvergunning: zicht.identiteit,
      redenZonderWettelijkRecht: zicht.identiteit,
      doelgroepen: zicht.identiteit,
      bsnVersleuteld: zicht.bsn,
      telefoon: zicht.contact,
      email: zicht.contact,
      straat: zicht.contact,
      huisnummer: zicht.contact,
      postcode: zicht.contact,
      woonplaats: zicht.contact,
      koppelingDatum: zicht.traject,
      woningtoewijzingDatum: zicht.traject,
      verhuisDatum: zicht.traject,
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
      overdrachten: { where: zicht.rapportages ? { type: "CONSULENT", status: { not: "CONCEPT" } } : { id: { in: [] } }, select: { verstuurdOp: true }, take: 1 },
    },
  });
  const { bsnVersleuteld, checklist, afspraken, overdrachten, organisatieId, ...rest } = r;
  const bsnEinde = bsnVersleuteld ? decryptBsn(bsnVersleuteld).slice(-3) : null;
  await auditDossierBekeken(user, id, "overzicht");
  return {
    ...rest,
    zicht,
    bsnEinde,
    checklist,
    heeftEindgesprek: afspraken.length > 0,
    eindoverdrachtVerstuurdOp: overdrachten[0]?.verstuurdOp ?? null,
    tijdlijn: await oudTijdlijn(organisatieId, id, zicht, user),
  };
}

async function oudOverdrachtVoorMij(user: SessionUser, inburgeraarId: string, now = new Date()) {
  const t = await db().toewijzing.findFirst({
    where: { inburgeraarId, gebruikerId: user.id, overdrachtNotitie: { not: null }, ...actieveToewijzing(now), inburgeraar: inburgeraarScope(user, now) },
    orderBy: { vanaf: "desc" },
    select: { id: true, rol: true, vanaf: true, overdrachtNotitie: true, overdrachtGelezenOp: true, toegewezenDoor: { select: { naam: true } } },
  });
  if (!t) return null;
  const vorige = await db().toewijzing.findFirst({
    where: { inburgeraarId, rol: t.rol, id: { not: t.id }, tot: { lte: t.vanaf } },
    orderBy: { tot: "desc" },
    select: { gebruiker: { select: { naam: true } } },
  });
  return {
    toewijzingId: t.id,
    rol: t.rol,
    notitie: t.overdrachtNotitie!,
    isGelezen: t.overdrachtGelezenOp !== null,
    door: t.toegewezenDoor?.naam ?? null,
    vorige: vorige?.gebruiker.naam ?? null,
    sinds: t.vanaf,
  };
}

const OVERDRACHT_SELECT = {
  id: true,
  type: true,
  status: true,
  samenvatting: true,
  verstuurdOp: true,
  ontvangenOp: true,
  version: true,
  naarGemeenteNaam: true,
  inburgeraarId: true,
  inburgeraar: { select: { voornaam: true, achternaam: true, gemeente: { select: { naam: true } } } },
  van: { select: { id: true, naam: true } },
  naarGebruiker: { select: { id: true, naam: true } },
  naarSocialeKaart: { select: { naam: true } },
  ontvangenDoor: { select: { id: true, naam: true } },
} as const satisfies Prisma.OverdrachtSelect;

async function oudOverdrachtenVoorMij(user: SessionUser, inburgeraarId: string, now = new Date()) {
  await loadInburgeraar(db(), { user, id: inburgeraarId, need: ["basis"], now, select: { id: true } });
  const rijen = await db().overdracht.findMany({
    where: { AND: [{ inburgeraarId }, teOntvangenScope(user, now)] },
    orderBy: [{ type: "asc" }, { verstuurdOp: "asc" }],
    take: 20,
    select: OVERDRACHT_SELECT,
  });
  return rijen.map((o) => ({ ...o, naar: ontvangerNaam(o) }));
}

// ───────────── comparing ─────────────

type Uitkomst = { waarde: unknown } | { fout: string };

async function uitkomst(f: () => Promise<unknown>): Promise<Uitkomst> {
  try {
    return { waarde: await f() };
  } catch (e) {
    if (e instanceof AppError) return { fout: e.code };
    throw e;
  }
}

/** The checklist has no order of its own (the page only counts it): compare it as a set. */
function zonderVolgorde(u: Uitkomst): Uitkomst {
  if (!("waarde" in u) || !u.waarde || typeof u.waarde !== "object" || !("checklist" in u.waarde)) return u;
  const w = u.waarde as { checklist: unknown[] };
  return { waarde: { ...w, checklist: [...w.checklist].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))) } };
}

const LEZINGEN = {
  header: [oudHeader, getDossierHeader],
  overzicht: [oudOverzicht, getDossierOverzicht],
  overdrachtVoorMij: [oudOverdrachtVoorMij, getOverdrachtVoorMij],
  overdrachtenVoorMij: [oudOverdrachtenVoorMij, overdrachtenVoorMij],
} as const;

/** The audit rows one user wrote after `vanaf` (an id), without id and time. */
async function auditNa(gebruikerId: string, vanaf: bigint) {
  const rijen = await db().auditLog.findMany({ where: { gebruikerId, id: { gt: vanaf } }, orderBy: { id: "asc" } });
  // Outside a request each call gets its own request id: check there is one, compare the rest.
  for (const r of rijen) expect(r.requestId).toBeTruthy();
  return rijen.map(({ id: _id, createdAt: _c, requestId: _r, ...r }) => r);
}

async function laatsteAuditId(): Promise<bigint> {
  return (await db().auditLog.findFirst({ orderBy: { id: "desc" }, select: { id: true } }))?.id ?? 0n;
}

/** Runs each read old and new for this user and dossier; both must give the same values, refusals and audit rows. */
async function vergelijk(user: SessionUser, id: string) {
  const uit: Record<string, Uitkomst> = {};
  for (const [naam, [oud, nieuw]] of Object.entries(LEZINGEN)) {
    // overdrachtenVoorMij is only asked by who may receive overdrachten (laadDossierOverzicht).
    if (naam === "overdrachtenVoorMij" && !can(user, "overdracht:ontvangen")) continue;
    const a = await laatsteAuditId();
    const o = zonderVolgorde(await uitkomst(() => (oud as (u: SessionUser, i: string) => Promise<unknown>)(user, id)));
    const auditOud = await auditNa(user.id, a);
    const b = await laatsteAuditId();
    const n = zonderVolgorde(await uitkomst(() => (nieuw as (u: SessionUser, i: string) => Promise<unknown>)(user, id)));
    const auditNieuw = await auditNa(user.id, b);
    expect(n, `${naam}`).toStrictEqual(o);
    expect(auditNieuw, `${naam}: audit`).toEqual(auditOud);
    uit[naam] = n;
  }
  return uit;
}

// ───────────── a rich dossier ─────────────

const ALLE: ToestemmingOnderwerp[] = ["VOORTGANG", "BEGELEIDINGSPLAN", "CHECKLIST", "AFSPRAKEN", "SIGNALEN", "CONTACTGEGEVENS", "VERSLAGEN"];
const DAG = 86_400_000;
const d = (s: string) => new Date(`${s}T00:00:00Z`);

let w: Awaited<ReturnType<typeof maakTweeOrganisaties>>;
let rollen: Record<"begeleider" | "vrijwilliger" | "teamleider" | "consulent" | "consulentMet" | "beheerder" | "begeleiderB", SessionUser>;
let id: string;
let idMet: string;

/** Everything the header and the Overzicht can show, filled in. */
async function vulDossier(dossierId: string, begeleiderId: string, vrijwilligerId: string, teamleiderId: string, vorigeId: string) {
  const nu = Date.now();
  await db().inburgeraar.update({
    where: { id: dossierId },
    data: {
      bsnVersleuteld: encryptBsn("999990123"),
      vNummer: "V-1234567",
      landVanHerkomst: "Eritrea",
      talen: ["Tigrinya", "Arabisch"],
      tolkNodig: true,
      tolkTaal: "Tigrinya",
      telefoon: "0612345678",
      email: "testpersoon@voorbeeld.test",
      straat: "Teststraat",
      huisnummer: "12a",
      postcode: "2500 AA",
      woonplaats: "Den Haag",
      redenZonderWettelijkRecht: "Fictieve reden",
      doelgroepen: ["NAREIZIGER", "JONGERE"],
      koppelingDatum: d("2026-03-02"),
      woningtoewijzingDatum: d("2026-04-15"),
      verhuisDatum: d("2026-05-20"),
      uitkeringStartDatum: d("2026-06-03"),
      bredeIntakeDatum: d("2026-06-20"),
      pipVastgesteldDatum: d("2026-07-10"),
      leerroute: "B1",
      startLeerrouteDatum: d("2026-08-01"),
      eersteLesDatum: d("2026-08-05"),
      einddatum: d("2027-06-01"),
      opstartAfgeslotenOp: new Date(nu - 40 * DAG),
      opstartAfsluitReden: "Fictief: afgesloten met open punten",
      faseSinds: new Date(nu - 40 * DAG + 123),
    },
  });
  await db().huishoudlid.createMany({
    data: [
      { inburgeraarId: dossierId, voornaam: "Partner", achternaam: "Fictief", geboortedatum: d("1988-02-01"), relatie: "PARTNER", isNareiziger: true, verwachteAankomst: d("2026-12-24") },
      { inburgeraarId: dossierId, voornaam: "Kind", geboortedatum: d("2015-09-09"), relatie: "KIND" },
      { inburgeraarId: dossierId, voornaam: "Onbekend", relatie: "KIND", isNareiziger: true },
    ],
  });
  await db().verlenging.create({
    data: { inburgeraarId: dossierId, maanden: 6, reden: "Fictief: ziekte", status: "GOEDGEKEURD", aangevraagdDoorId: begeleiderId, beoordeeldDoorId: teamleiderId, beoordeeldOp: new Date(nu - 5 * DAG), toelichting: "Akkoord", createdAt: new Date(nu - 9 * DAG) },
  });
  await db().verlenging.create({ data: { inburgeraarId: dossierId, maanden: 3, reden: "Fictief: taal", aangevraagdDoorId: begeleiderId, createdAt: new Date(nu - 2 * DAG) } });
  await db().toeslagAanvraag.create({ data: { inburgeraarId: dossierId, soort: "ZORGTOESLAG", aangevraagdOp: d("2026-06-10"), behandeltermijnDagen: 56 } });
  await db().toeslagAanvraag.create({ data: { inburgeraarId: dossierId, soort: "HUURTOESLAG", aangevraagdOp: d("2026-06-12"), behandeltermijnDagen: 56, besluitOp: d("2026-07-01"), toegekend: true } });
  await db().checklistItem.createMany({
    data: [
      { inburgeraarId: dossierId, code: "FIN-1", titel: "Bankrekening", categorieen: ["FIN"], status: "GEREGELD", volgorde: 1 },
      { inburgeraarId: dossierId, code: "VL-1", titel: "Zorgverzekering", status: "OPEN", volgorde: 2 },
      { inburgeraarId: dossierId, code: "VL-2", titel: "Huisarts", verplicht: false, status: "NVT", volgorde: 3 },
    ],
  });
  await db().afspraak.create({ data: { inburgeraarId: dossierId, medewerkerId: begeleiderId, start: new Date(nu - 3 * DAG), type: "KANTOOR", status: "VOND_PLAATS", isEindgesprek: true } });
  await db().overdracht.create({ data: { inburgeraarId: dossierId, type: "CONSULENT", status: "VERSTUURD", vanId: begeleiderId, samenvatting: "Fictieve eindoverdracht", verstuurdOp: new Date(nu - DAG) } });
  await db().overdracht.create({ data: { inburgeraarId: dossierId, type: "INTERN", status: "VERSTUURD", vanId: teamleiderId, naarGebruikerId: begeleiderId, samenvatting: "Fictieve interne overdracht", verstuurdOp: new Date(nu - 2 * DAG) } });
  await db().overdracht.create({ data: { inburgeraarId: dossierId, type: "INTERN", status: "VERSTUURD", vanId: begeleiderId, naarGebruikerId: vrijwilligerId, samenvatting: "Fictief voor het maatje", verstuurdOp: new Date(nu - 4 * DAG) } });
  // The begeleider took over from a colleague, with a note from the teamleider; so did the maatje.
  await db().toewijzing.updateMany({ where: { inburgeraarId: dossierId, gebruikerId: begeleiderId }, data: { vanaf: new Date(nu - 20 * DAG), toegewezenDoorId: teamleiderId, overdrachtNotitie: "Fictief: let op de afspraak met de school" } });
  await db().toewijzing.updateMany({ where: { inburgeraarId: dossierId, gebruikerId: vrijwilligerId }, data: { overdrachtNotitie: "Fictief: belt liever dan te appen", overdrachtGelezenOp: new Date(nu - DAG) } });
  await wijsToe(dossierId, vorigeId, "BEGELEIDER", { vanaf: new Date(nu - 200 * DAG), tot: new Date(nu - 20 * DAG) });
  // The timeline: events of several classes (a correction of the uitkering date and a financial item are financial).
  const org = (await db().inburgeraar.findUniqueOrThrow({ where: { id: dossierId }, select: { organisatieId: true } })).organisatieId;
  const regel = (actie: string, details: Prisma.InputJsonValue, gebruikerId: string | null, minuten: number) => ({
    actie,
    details,
    gebruikerId,
    organisatieId: org,
    entiteit: "Inburgeraar",
    entiteitId: dossierId,
    inburgeraarId: dossierId,
    createdAt: new Date(nu - minuten * 60_000),
  });
  await db().auditLog.createMany({
    data: [
      regel("inburgeraar.fase-gewijzigd", { stap: "SLUIT_OPSTARTFASE", van: "OPSTARTFASE", naar: "BEGELEIDINGSFASE" }, teamleiderId, 50),
      regel("inburgeraar.gegevens-gewijzigd", { velden: ["telefoon"], waarden: {} }, begeleiderId, 40),
      regel("inburgeraar.gegevens-gewijzigd", { velden: ["uitkeringStartDatum"], waarden: { uitkeringStartDatum: "2026-06-03" } }, begeleiderId, 30),
      regel("checklist.gewijzigd", { titel: "Bankrekening", code: "FIN-1", categorieen: ["FIN"], van: "OPEN", naar: "GEREGELD", datum: null }, begeleiderId, 20),
      regel("checklist.gewijzigd", { titel: "Zorgverzekering", code: "VL-1", categorieen: ["VL"], van: "GEREGELD", naar: "OPEN", datum: null }, null, 20),
      regel("inburgeraar.bekeken", { onderdeel: "overzicht" }, begeleiderId, 10),
    ],
  });
}

beforeAll(async () => {
  w = await maakTweeOrganisaties();
  const o = w.a.organisatie.id;
  const vorige = await maakGebruiker(o, "BEGELEIDER");
  const consulentMet = await maakGebruiker(o, "CONSULENT", { gemeenteIds: [w.a.gemeente.id] });
  id = w.inburgeraarA.id;
  await vulDossier(id, w.gebruikers.begeleider.id, w.gebruikers.vrijwilliger.id, w.gebruikers.teamleider.id, vorige.id);
  // A second dossier with every consent for the gemeente (consent is per person, not per consulent).
  const met = await maakInburgeraar(o, w.a.gemeente.id, { brpInschrijvingDatum: "2026-06-01" });
  idMet = met.id;
  await wijsToe(idMet, w.gebruikers.begeleider.id, "BEGELEIDER");
  await wijsToe(idMet, w.gebruikers.vrijwilliger.id, "MAATJE");
  await vulDossier(idMet, w.gebruikers.begeleider.id, w.gebruikers.vrijwilliger.id, w.gebruikers.teamleider.id, vorige.id);
  await db().toestemming.createMany({ data: ALLE.map((onderwerp) => ({ inburgeraarId: idMet, onderwerp, ontvanger: "CONSULENT_GEMEENTE", vastgelegdDoorId: w.gebruikers.begeleider.id, gegevenOp: new Date(Date.now() - 10 * DAG) })) });
  // A withdrawn and a future consent open nothing.
  await db().toestemming.create({ data: { inburgeraarId: id, onderwerp: "CONTACTGEGEVENS", ontvanger: "CONSULENT_GEMEENTE", vastgelegdDoorId: w.gebruikers.begeleider.id, gegevenOp: new Date(Date.now() - 10 * DAG), ingetrokkenOp: new Date(Date.now() - DAG) } });
  await db().toestemming.create({ data: { inburgeraarId: id, onderwerp: "VOORTGANG", ontvanger: "CONSULENT_GEMEENTE", vastgelegdDoorId: w.gebruikers.begeleider.id, gegevenOp: new Date(Date.now() + 5 * DAG) } });
  rollen = {
    begeleider: await sessionUser(w.gebruikers.begeleider.id),
    vrijwilliger: await sessionUser(w.gebruikers.vrijwilliger.id),
    teamleider: await sessionUser(w.gebruikers.teamleider.id),
    consulent: await sessionUser(w.gebruikers.consulent.id),
    consulentMet: await sessionUser(consulentMet.id),
    beheerder: await sessionUser(w.gebruikers.beheerder.id),
    begeleiderB: await sessionUser(w.gebruikers.begeleiderB.id),
  };
});

describe("dossierpagina in ruwe statements: hetzelfde als de modelqueries", () => {
  for (const rol of ["begeleider", "vrijwilliger", "teamleider", "consulent", "consulentMet", "beheerder", "begeleiderB"] as const) {
    it(`${rol}: kop, notitie, overzicht en overdrachten gelijk aan voorheen, op beide dossiers en daarbuiten`, async () => {
      const user = rollen[rol];
      const hier = await vergelijk(user, id);
      const met = await vergelijk(user, idMet);
      await vergelijk(user, w.nietToegewezenA.id);
      await vergelijk(user, w.inburgeraarB.id);
      await vergelijk(user, "bestaat-niet");
      // What each role sees of the rich dossier, so that the comparison cannot pass on two empty answers.
      const kop = (u: Uitkomst) => ("waarde" in u ? (u.waarde as Awaited<ReturnType<typeof getDossierHeader>>) : null);
      const ov = (u: Uitkomst) => ("waarde" in u ? (u.waarde as Awaited<ReturnType<typeof getDossierOverzicht>>) : null);
      switch (rol) {
        case "begeleider":
        case "teamleider":
          expect(kop(hier.header!)?.klokken.length).toBeGreaterThan(1);
          expect(kop(hier.header!)?.huishouden).toEqual({ leden: 3, partners: 1, kinderen: 2, nareizigers: 2 });
          expect(kop(hier.header!)?.verlengdMaanden).toBe(6);
          expect(ov(hier.overzicht!)).toMatchObject({ bsnEinde: "123", telefoon: "0612345678", talen: ["Tigrinya", "Arabisch"], heeftEindgesprek: true });
          expect(ov(hier.overzicht!)?.verlengingen).toHaveLength(2);
          expect(ov(hier.overzicht!)?.tijdlijn).toHaveLength(5);
          expect(ov(hier.overzicht!)?.eindoverdrachtVerstuurdOp).toBeInstanceOf(Date);
          break;
        case "vrijwilliger":
          expect(ov(hier.overzicht!)).toMatchObject({ bsnEinde: null, telefoon: "0612345678", verlengingen: [] });
          expect(ov(hier.overzicht!)).not.toHaveProperty("vNummer");
          expect(ov(hier.overzicht!)).not.toHaveProperty("uitkeringStartDatum");
          // No financial events: not the uitkering correction, not the financial item.
          expect(ov(hier.overzicht!)?.tijdlijn).toHaveLength(3);
          expect(kop(hier.header!)?.klokken.every((k) => k.soort === "EINDDATUM")).toBe(true);
          expect(hier.overdrachtVoorMij).toMatchObject({ waarde: { notitie: "Fictief: belt liever dan te appen", isGelezen: true } });
          expect((hier.overdrachtenVoorMij as { waarde: unknown[] }).waarde).toHaveLength(1);
          break;
        case "consulent":
          expect(ov(hier.overzicht!)).not.toHaveProperty("telefoon");
          expect(ov(hier.overzicht!)).not.toHaveProperty("geboortedatum");
          expect(ov(hier.overzicht!)).toHaveProperty("bredeIntakeDatum", d("2026-06-20"));
          expect(ov(hier.overzicht!)?.huishouden).toEqual([]);
          expect(kop(hier.header!)?.begeleiders).toEqual([]);
          expect((hier.overdrachtenVoorMij as { waarde: unknown[] }).waarde).toEqual([]);
          expect(ov(met.overzicht!)).toMatchObject({ telefoon: "0612345678", heeftEindgesprek: true, bsnEinde: null });
          break;
        case "consulentMet":
          expect(ov(met.overzicht!)?.huishouden).toHaveLength(3);
          expect(ov(met.overzicht!)?.eindoverdrachtVerstuurdOp).toBeInstanceOf(Date);
          expect((met.overdrachtenVoorMij as { waarde: unknown[] }).waarde).toHaveLength(1);
          break;
        case "beheerder":
          expect(hier.header).toEqual({ fout: "GEEN_TOEGANG" });
          expect(hier.overzicht).toEqual({ fout: "GEEN_TOEGANG" });
          break;
        case "begeleiderB":
          expect(hier.header).toEqual({ fout: "NIET_GEVONDEN" });
          expect(hier.overzicht).toEqual({ fout: "NIET_GEVONDEN" });
          break;
      }
      if (rol === "begeleider") {
        expect(hier.overdrachtVoorMij).toMatchObject({ waarde: { notitie: "Fictief: let op de afspraak met de school", isGelezen: false, door: w.gebruikers.teamleider.naam } });
        expect((hier.overdrachtVoorMij as { waarde: { vorige: string } }).waarde.vorige).toMatch(/^Test begeleider /);
        expect((hier.overdrachtenVoorMij as { waarde: { samenvatting: string }[] }).waarde.map((o) => o.samenvatting)).toEqual(["Fictieve interne overdracht"]);
      }
    });
  }

  it("een lijst die NULL is in de database komt als lege lijst", async () => {
    const p = await maakInburgeraar(w.a.organisatie.id, w.a.gemeente.id);
    await wijsToe(p.id, w.gebruikers.begeleider.id, "BEGELEIDER");
    await db().$executeRaw`UPDATE "Inburgeraar" SET talen = NULL, doelgroepen = NULL WHERE id = ${p.id}`;
    const uit = await vergelijk(rollen.begeleider, p.id);
    expect(uit.overzicht).toMatchObject({ waarde: { talen: [], doelgroepen: [], huishouden: [], verlengingen: [], checklist: [], tijdlijn: [] } });
  });
});
