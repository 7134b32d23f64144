import "server-only";
import { auditDossierBekeken } from "@/lib/audit";
import {
  assertCan,
  can,
  consulentDeelScope,
  interneOntvangerScope,
  overdrachtScope,
  teOntvangenScope,
  toestemmingGeldig,
  toestemmingGeldigVoorDezeOrganisatie,
  type SessionUser,
} from "@/lib/authz";
import { db } from "@/lib/db";
import { leesSql } from "@/lib/db/lees";
import { Prisma } from "@/lib/db/generated/client";
import type { OverdrachtStatus, OverdrachtType } from "@/lib/db/generated/enums";
import { dossierInBereikSql, overdrachtScopeSql, teOntvangenScopeSql } from "@/lib/authz/sql-scope";
import { notFound } from "@/lib/errors";
import { loadInburgeraar } from "@/lib/inburgeraar/laad";
import { laadSecties } from "@/lib/voortgang/secties";
import { voorstelTekst } from "./rules";
import { kiesbaarVoorGemeente } from "@/lib/sociale-kaart/scope";

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
} as const;

/** "Sanne de Vries", "de consulent van Den Haag", "Schuldhulp Den Haag", "de gemeente Utrecht". */
export function ontvangerNaam(o: { type: OverdrachtType; naarGebruiker: { naam: string } | null; naarSocialeKaart: { naam: string } | null; naarGemeenteNaam: string | null; inburgeraar: { gemeente: { naam: string } } }): string {
  switch (o.type) {
    case "INTERN":
      return o.naarGebruiker?.naam ?? "een collega";
    case "CONSULENT":
      return `de consulent van ${o.inburgeraar.gemeente.naam}`;
    case "WARM":
      return o.naarSocialeKaart?.naam ?? "een organisatie van de sociale kaart";
    case "VERHUIZING":
      return `de gemeente ${o.naarGemeenteNaam ?? "(onbekend)"}`;
  }
}

/**
 * The overdracht form of one dossier: who can receive it, whether the person's
 * consent allows each outside recipient, and a prefilled text per kind made
 * only from what that recipient may receive.
 */
export async function overdrachtKeuzes(user: SessionUser, inburgeraarId: string, now = new Date()) {
  assertCan(user, "overdracht:maken");
  const p = await loadInburgeraar(db(), {
    user,
    id: inburgeraarId,
    need: ["basis"],
    now,
    select: { id: true, voornaam: true, fase: true, gemeenteId: true, talen: true, tolkNodig: true, gemeente: { select: { naam: true } } },
  });
  const collegas = await db().gebruiker.findMany({ where: interneOntvangerScope(user), orderBy: { naam: "asc" }, select: { id: true, naam: true, rol: true } });
  const socialeKaart = await db().socialeKaartOrganisatie.findMany({
    where: kiesbaarVoorGemeente(user, p.gemeenteId),
    orderBy: { naam: "asc" },
    select: { id: true, naam: true, toestemmingen: { where: { inburgeraarId: p.id, ...toestemmingGeldigVoorDezeOrganisatie("VOORTGANG", now) }, select: { id: true } } },
  });
  const toestemming = {
    consulent: (await db().inburgeraar.count({ where: { AND: [{ id: p.id }, consulentDeelScope("rapportages", now)] } })) > 0,
    nieuweGemeente: (await db().toestemming.count({ where: { inburgeraarId: p.id, ...toestemmingGeldig("VOORTGANG", now, { ontvanger: "NIEUWE_GEMEENTE" }) } })) > 0,
  };
  // Inside the organisation the whole picture; for the consulent only what the person's consent to the gemeente covers.
  const intern = await laadSecties(db(), [p.id], () => ({}), now, ["checklist", "afspraken", "plan", "signalen"]);
  const consulent = await laadSecties(db(), [p.id], consulentDeelScope, now, ["checklist", "afspraken", "plan", "signalen"]);
  const basis = { voornaam: p.voornaam, fase: p.fase };
  const uit = (s: typeof intern) => ({ checklist: s.checklist.get(p.id) ?? null, plan: s.plan.get(p.id) ?? null, afspraken: s.afspraken.get(p.id) ?? null, signalen: s.signalen.get(p.id) ?? null });
  const leeg = { checklist: null, plan: null, afspraken: null, signalen: null };
  return {
    id: p.id,
    voornaam: p.voornaam,
    fase: p.fase,
    gemeente: p.gemeente.naam,
    collegas,
    socialeKaart: socialeKaart.map((s) => ({ id: s.id, naam: s.naam, metToestemming: s.toestemmingen.length > 0 })),
    toestemming,
    voorstel: {
      INTERN: voorstelTekst("INTERN", { ...basis, ...uit(intern), talen: p.talen, tolkNodig: p.tolkNodig }),
      CONSULENT: voorstelTekst("CONSULENT", { ...basis, ...uit(consulent) }),
      WARM: voorstelTekst("WARM", { ...basis, ...leeg, talen: p.talen, tolkNodig: p.tolkNodig }),
      VERHUIZING: voorstelTekst("VERHUIZING", { ...basis, ...leeg }),
    } satisfies Record<OverdrachtType, string>,
  };
}

/** The overdrachten of one dossier this user may read, the open ones addressed to them first. */
export async function dossierOverdrachten(user: SessionUser, inburgeraarId: string, now = new Date()) {
  assertCan(user, "overdracht:ontvangen");
  // Who makes overdrachten sees the dossier's; others (the consulent) only with its reports part visible.
  await loadInburgeraar(db(), { user, id: inburgeraarId, need: can(user, "overdracht:maken") ? ["basis"] : ["rapportages"], now, select: { id: true } });
  const rijen = await db().overdracht.findMany({
    where: { AND: [{ inburgeraarId }, overdrachtScope(user, now)] },
    orderBy: [{ verstuurdOp: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    take: 50,
    select: OVERDRACHT_SELECT,
  });
  const voorMij = (o: (typeof rijen)[number]) => o.status === "VERSTUURD" && (o.naarGebruiker?.id === user.id || (o.type === "CONSULENT" && can(user, "voortgang:gemeente")));
  return rijen.map((o) => ({ ...o, naar: ontvangerNaam(o), voorMij: voorMij(o) })).sort((a, b) => Number(b.voorMij) - Number(a.voorMij));
}

/**
 * The open overdrachten of one dossier addressed to this user, for the top of
 * the dossier: a maatje's intern one too, a consulent's only within consent.
 * One raw statement (docs/decisions/020: every Overzicht reads it): the dossier
 * through the user's scope, and its overdrachten through teOntvangenScopeSql
 * (lib/authz/sql-scope), in the shape of OVERDRACHT_SELECT. Out of reach:
 * loadInburgeraar's refusal, as before.
 */
export async function overdrachtenVoorMij(user: SessionUser, inburgeraarId: string, now = new Date()) {
  assertCan(user, "overdracht:ontvangen");
  assertCan(user, "inburgeraar:lezen");
  const rijen = await leesSql<{ rijen: (Omit<OpenRij, "verstuurdOp" | "ontvangenOp"> & { verstuurdOp: number | null; ontvangenOp: number | null })[] }[]>(Prisma.sql`
    WITH p AS (
      SELECT i.id FROM "Inburgeraar" i
       WHERE ${dossierInBereikSql(user, inburgeraarId, now)}
    )
    SELECT COALESCE((
      SELECT json_agg(json_build_object(
               'id', o.id, 'type', o.type, 'status', o.status, 'samenvatting', o.samenvatting,
               'verstuurdOp', (extract(epoch FROM o."verstuurdOp") * 1000)::float8, 'ontvangenOp', (extract(epoch FROM o."ontvangenOp") * 1000)::float8,
               'version', o.version, 'naarGemeenteNaam', o."naarGemeenteNaam", 'inburgeraarId', o."inburgeraarId",
               'voornaam', o.voornaam, 'achternaam', o.achternaam, 'gemeente', o.gemeente, 'vanId', o."vanId", 'vanNaam', o."vanNaam",
               'naarGebruikerId', o."naarGebruikerId", 'naarGebruikerNaam', o."naarGebruikerNaam", 'socialeKaartNaam', o."socialeKaartNaam",
               'ontvangenDoorId', o."ontvangenDoorId", 'ontvangenDoorNaam', o."ontvangenDoorNaam")
             ORDER BY o.type::"OverdrachtType" ASC, o."verstuurdOp" ASC NULLS LAST, o.id ASC)
        FROM (${OPEN_RIJ}
               WHERE o."inburgeraarId" = p.id AND ${teOntvangenScopeSql(user, now, "o", "i")}
               ORDER BY o.type ASC, o."verstuurdOp" ASC NULLS LAST, o.id ASC
               LIMIT 20) o), '[]'::json) AS rijen
      FROM p`);
  if (!rijen[0]) {
    // Only on the refusal path: the same "not found" and refusal audit as before.
    await loadInburgeraar(db(), { user, id: inburgeraarId, need: ["basis"], now, select: { id: true } });
    throw notFound();
  }
  return rijen[0].rijen.map((r) => {
    const o = vanOpenRij({ ...r, verstuurdOp: r.verstuurdOp === null ? null : new Date(r.verstuurdOp), ontvangenOp: r.ontvangenOp === null ? null : new Date(r.ontvangenOp) });
    return { ...o, naar: ontvangerNaam(o) };
  });
}

/** How many open overdrachten each list shows at most (the oldest first); `meer` says there are more. */
export const OPEN_OVERDRACHTEN_MAX = { teOntvangen: 50, verstuurd: 50, alle: 100 } as const;

/** Which open overdrachten a list shows: addressed to me, sent by me, or every open one (teamleider). */
type OpenLijst = "teOntvangen" | "verstuurd" | "alle";

interface OpenRij {
  id: string;
  type: OverdrachtType;
  status: OverdrachtStatus;
  samenvatting: string;
  verstuurdOp: Date | null;
  ontvangenOp: Date | null;
  version: number;
  naarGemeenteNaam: string | null;
  inburgeraarId: string;
  voornaam: string;
  achternaam: string;
  gemeente: string;
  vanId: string;
  vanNaam: string;
  naarGebruikerId: string | null;
  naarGebruikerNaam: string | null;
  socialeKaartNaam: string | null;
  ontvangenDoorId: string | null;
  ontvangenDoorNaam: string | null;
}

/** The name in `tabel` of the row `kolom` points to, as a scalar subquery on its primary key. */
const naamVan = (tabel: "Gebruiker" | "SocialeKaartOrganisatie" | "Gemeente", kolom: Prisma.Sql) =>
  Prisma.sql`(SELECT x.naam FROM ${Prisma.raw(`"${tabel}"`)} x WHERE x.id = ${kolom})`;

/**
 * One overdracht in OpenRij's shape, with the names of its people: the SELECT and joins every raw
 * overdracht read shares. Only Overdracht and Inburgeraar (for the scope) are joined; the names are
 * subqueries (naamVan). Joined, the seven tables made PostgreSQL search join orders for 15–30 ms on
 * every call (decision 024).
 */
const OPEN_RIJ = Prisma.sql`
  SELECT o.id, o.type::text AS type, o.status::text AS status, o.samenvatting, o."verstuurdOp", o."ontvangenOp", o.version,
         o."naarGemeenteNaam", o."inburgeraarId", i.voornaam, i.achternaam, ${naamVan("Gemeente", Prisma.sql`i."gemeenteId"`)} AS gemeente,
         o."vanId" AS "vanId", ${naamVan("Gebruiker", Prisma.sql`o."vanId"`)} AS "vanNaam",
         o."naarGebruikerId" AS "naarGebruikerId", ${naamVan("Gebruiker", Prisma.sql`o."naarGebruikerId"`)} AS "naarGebruikerNaam",
         ${naamVan("SocialeKaartOrganisatie", Prisma.sql`o."naarSocialeKaartId"`)} AS "socialeKaartNaam",
         o."ontvangenDoorId" AS "ontvangenDoorId", ${naamVan("Gebruiker", Prisma.sql`o."ontvangenDoorId"`)} AS "ontvangenDoorNaam"
    FROM "Overdracht" o
    JOIN "Inburgeraar" i ON i.id = o."inburgeraarId"`;

/** A raw overdracht row in the shape of OVERDRACHT_SELECT. */
function vanOpenRij(r: OpenRij) {
  return {
    id: r.id,
    type: r.type,
    status: r.status,
    samenvatting: r.samenvatting,
    verstuurdOp: r.verstuurdOp,
    ontvangenOp: r.ontvangenOp,
    version: r.version,
    naarGemeenteNaam: r.naarGemeenteNaam,
    inburgeraarId: r.inburgeraarId,
    inburgeraar: { voornaam: r.voornaam, achternaam: r.achternaam, gemeente: { naam: r.gemeente } },
    van: { id: r.vanId, naam: r.vanNaam },
    naarGebruiker: r.naarGebruikerId === null ? null : { id: r.naarGebruikerId, naam: r.naarGebruikerNaam! },
    naarSocialeKaart: r.socialeKaartNaam === null ? null : { naam: r.socialeKaartNaam },
    ontvangenDoor: r.ontvangenDoorId === null ? null : { id: r.ontvangenDoorId, naam: r.ontvangenDoorNaam! },
  };
}

/**
 * One list of open overdrachten as one raw statement (docs/decisions/020: the
 * start pages read these on every visit, and as a model query with four
 * relations Prisma planned it anew each time), up to one more than shown (to
 * know there are more). The scope is overdrachtScope/teOntvangenScope as SQL
 * (lib/authz/sql-scope); the rows have the shape of OVERDRACHT_SELECT.
 */
async function leesOpen(user: SessionUser, now: Date, lijst: OpenLijst) {
  const max = OPEN_OVERDRACHTEN_MAX[lijst] + 1;
  const waar =
    lijst === "teOntvangen"
      ? teOntvangenScopeSql(user, now)
      : lijst === "verstuurd"
        ? Prisma.sql`${overdrachtScopeSql(user, now)} AND o."vanId" = ${user.id}`
        : overdrachtScopeSql(user, now);
  // An intern overdracht (first in the enum) comes before other kinds for the new begeleider; then the oldest.
  const volgorde = lijst === "teOntvangen" ? Prisma.sql`o.type ASC, o."verstuurdOp" ASC, o.id ASC` : Prisma.sql`o."verstuurdOp" ASC, o.id ASC`;
  const rijen = await leesSql<OpenRij[]>(Prisma.sql`
    ${OPEN_RIJ}
     WHERE o.status = 'VERSTUURD' AND o.type IN ('INTERN', 'CONSULENT') AND ${waar}
     ORDER BY ${volgorde}
     LIMIT ${max}`);
  return rijen.map(vanOpenRij);
}

const metNaam = <T extends Parameters<typeof ontvangerNaam>[0]>(l: T[], max: number) => l.slice(0, max).map((o) => ({ ...o, naar: ontvangerNaam(o) }));

/** Only the open overdrachten addressed to the user: what the begeleider's and consulent's start pages show. */
export async function teOntvangenOverdrachten(user: SessionUser, now = new Date()) {
  assertCan(user, "overdracht:ontvangen");
  return metNaam(await leesOpen(user, now, "teOntvangen"), OPEN_OVERDRACHTEN_MAX.teOntvangen);
}

/**
 * Open overdrachten: those this user must acknowledge, those they sent that
 * wait for the receiver, and for a teamleider every open one in the organisation.
 * Only kinds acknowledged in the app can be open. Each list is capped in SQL
 * (OPEN_OVERDRACHTEN_MAX) and says whether more are waiting, without counting them.
 */
export async function openOverdrachten(user: SessionUser, now = new Date()) {
  assertCan(user, "overdracht:ontvangen");
  const teOntvangen = await leesOpen(user, now, "teOntvangen");
  const verstuurd = can(user, "overdracht:maken") ? await leesOpen(user, now, "verstuurd") : [];
  const alle = can(user, "overdracht:alle-open-zien") ? await alleOpenOverdrachten(user, now) : { rijen: [], meer: false };
  return {
    teOntvangen: metNaam(teOntvangen, OPEN_OVERDRACHTEN_MAX.teOntvangen),
    verstuurd: metNaam(verstuurd, OPEN_OVERDRACHTEN_MAX.verstuurd),
    alle: alle.rijen,
    meer: {
      teOntvangen: teOntvangen.length > OPEN_OVERDRACHTEN_MAX.teOntvangen,
      verstuurd: verstuurd.length > OPEN_OVERDRACHTEN_MAX.verstuurd,
      alle: alle.meer,
    },
  };
}

/**
 * Every open overdracht in the organisation, for the teamleider's start page:
 * openOverdrachten's "alle" list alone, without the two lists that page does not show.
 */
export async function alleOpenOverdrachten(user: SessionUser, now = new Date()) {
  assertCan(user, "overdracht:alle-open-zien");
  const alle = await leesOpen(user, now, "alle");
  return { rijen: metNaam(alle, OPEN_OVERDRACHTEN_MAX.alle), meer: alle.length > OPEN_OVERDRACHTEN_MAX.alle };
}

/** One overdracht, scoped; audited as a view of the dossier. */
export async function getOverdracht(user: SessionUser, id: string, now = new Date()) {
  assertCan(user, "overdracht:ontvangen");
  const o = await db().overdracht.findFirst({ where: { AND: [{ id }, overdrachtScope(user, now)] }, select: OVERDRACHT_SELECT });
  if (!o) throw notFound();
  await auditDossierBekeken(user, o.inburgeraarId, "overdracht");
  const kanOntvangen = (await db().overdracht.count({ where: { AND: [{ id }, teOntvangenScope(user, now)] } })) > 0;
  return { ...o, naar: ontvangerNaam(o), kanOntvangen };
}
