import "server-only";
import { audit } from "@/lib/audit";
import { assertCan, gebruikerScope, type SessionUser } from "@/lib/authz";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { dateKolomNaarKalenderdatum, kalenderdatumNaarDate, vandaag } from "@/lib/tijd";
import { eigenProfielSchema, profielSchema } from "./schema";

const VELD_NAMEN: Record<string, string> = {
  talen: "talen",
  urenPerWeek: "uren per week",
  beschikbaarheid: "beschikbaarheid",
  taken: "taken",
  maxMaatjes: "maximum aantal maatjes",
  gemeenteIds: "gemeenten",
  voorkeurDoelgroepen: "voorkeur doelgroepen",
  voorkeuren: "voorkeuren",
  training: "training",
  trainingAfgerondOp: "training afgerond op",
  vogDatum: "datum VOG",
  status: "status",
  statusReden: "reden status",
};

const gelijk = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const alsDatum = (d: string | null) => (d ? kalenderdatumNaarDate(d) : null);
const kd = (d: Date | null) => (d ? dateKolomNaarKalenderdatum(d) : null);
const sorteer = <T>(xs: readonly T[]) => [...xs].sort();

/** A teamleider or beheerder changes a volunteer's profile (and where they are available). */
export async function wijzigVrijwilligerProfiel(user: SessionUser, input: unknown, now = new Date()) {
  assertCan(user, "vrijwilliger:beheren");
  const data = profielSchema.parse(input);
  return db().$transaction(async (tx) => {
    const g = await tx.gebruiker.findFirst({
      where: { id: data.gebruikerId, ...gebruikerScope(user), rol: "VRIJWILLIGER" },
      select: { id: true, gemeenten: { select: { gemeenteId: true } }, vrijwilligerProfiel: true },
    });
    const oud = g?.vrijwilligerProfiel;
    if (!g || !oud) throw notFound();
    const gemeenteIds = [...new Set(data.gemeenteIds)];
    if ((await tx.gemeente.count({ where: { id: { in: gemeenteIds }, organisatieId: user.organisatieId } })) !== gemeenteIds.length) {
      throw notFound("Een van de gekozen gemeenten bestaat niet.");
    }
    const nieuw = {
      talen: data.talen,
      urenPerWeek: data.urenPerWeek,
      beschikbaarheid: data.beschikbaarheid,
      taken: [...new Set(data.taken)],
      maxMaatjes: data.maxMaatjes,
      voorkeurDoelgroepen: [...new Set(data.voorkeurDoelgroepen)],
      voorkeuren: data.voorkeuren,
      training: data.training,
      status: data.status,
      statusReden: data.status === "ACTIEF" ? null : data.statusReden,
    };
    const velden = Object.entries(nieuw)
      .filter(([k, v]) => !gelijk(v, oud[k as keyof typeof oud]))
      .map(([k]) => k);
    if (data.vogDatum !== kd(oud.vogDatum)) velden.push("vogDatum");
    if (data.trainingAfgerondOp !== kd(oud.trainingAfgerondOp)) velden.push("trainingAfgerondOp");
    if (!gelijk(sorteer(gemeenteIds), sorteer(g.gemeenten.map((x) => x.gemeenteId)))) velden.push("gemeenteIds");

    const { count } = await tx.vrijwilligerProfiel.updateMany({
      where: { id: oud.id, version: data.version },
      data: {
        ...nieuw,
        vogDatum: alsDatum(data.vogDatum),
        trainingAfgerondOp: alsDatum(data.trainingAfgerondOp),
        statusSinds: data.status !== oud.status ? kalenderdatumNaarDate(vandaag(now)) : oud.statusSinds,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw conflict();
    if (velden.includes("gemeenteIds")) {
      await tx.gebruikerGemeente.deleteMany({ where: { gebruikerId: g.id } });
      await tx.gebruikerGemeente.createMany({ data: gemeenteIds.map((gemeenteId) => ({ gebruikerId: g.id, gemeenteId })) });
    }
    if (velden.length > 0) {
      await audit(
        {
          actie: "vrijwilliger.profiel-gewijzigd",
          gebruiker: user,
          entiteit: "Gebruiker",
          entiteitId: g.id,
          details: { velden: velden.map((v) => VELD_NAMEN[v] ?? v), ...(velden.includes("status") ? { status: data.status } : {}), eigen: false },
        },
        tx,
      );
    }
    return { id: g.id, velden };
  });
}

/**
 * A volunteer changes their own availability and languages. Only those fields
 * are read: anything else in the form (status, VOG, maximum, role, organisation)
 * is ignored, never written.
 */
export async function wijzigEigenProfiel(user: SessionUser, input: unknown) {
  assertCan(user, "vrijwilliger:eigen-profiel");
  const data = eigenProfielSchema.parse(input);
  return db().$transaction(async (tx) => {
    const oud = await tx.vrijwilligerProfiel.findUnique({ where: { gebruikerId: user.id } });
    if (!oud) throw notFound("Er is nog geen vrijwilligersprofiel voor jou. Vraag je teamleider om het aan te maken.");
    const nieuw = { talen: data.talen, urenPerWeek: data.urenPerWeek, beschikbaarheid: data.beschikbaarheid };
    const velden = Object.entries(nieuw)
      .filter(([k, v]) => !gelijk(v, oud[k as keyof typeof oud]))
      .map(([k]) => k);
    const { count } = await tx.vrijwilligerProfiel.updateMany({
      where: { id: oud.id, version: data.version },
      data: { ...nieuw, version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
    if (velden.length > 0) {
      await audit(
        {
          actie: "vrijwilliger.profiel-gewijzigd",
          gebruiker: user,
          entiteit: "Gebruiker",
          entiteitId: user.id,
          details: { velden: velden.map((v) => VELD_NAMEN[v] ?? v), eigen: true },
        },
        tx,
      );
    }
    return { velden };
  });
}
