import "server-only";
import { audit } from "@/lib/audit";
import { assertCan, type SessionUser } from "@/lib/authz";
import { db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { kiesbaarVoorGemeente } from "@/lib/sociale-kaart/scope";
import { kalenderdatumNaarDate } from "@/lib/tijd";
import { laadDoelVoorSchrijven, laadPlanVoorSchrijven } from "./laden";
import { actieToevoegenSchema, doelBewerkenSchema, doelToevoegenSchema, focusKiezenSchema, leefgebiedBewerkenSchema } from "./schema";
import { gooiVeldFouten } from "./veld-fouten";

/**
 * Writing the begeleidingsplan: per leefgebied what goes well and what needs
 * help (with the target score), the focus, doelen and their acties. Each is a
 * plain function (user, input): parse → authorize → scoped load → write +
 * audit in one transaction. Rows two people edit carry `version`; a stale save
 * is a conflict, never an overwrite.
 */

export interface PlanResultaat {
  inburgeraarId: string;
}

const datumOfNull = (d: string | undefined) => (d ? kalenderdatumNaarDate(d) : null);

/** What already goes well, what needs help, and the target score of one leefgebied. */
export async function bewerkLeefgebied(user: SessionUser, input: unknown, nu: Date = new Date()): Promise<PlanResultaat> {
  assertCan(user, "plan:bewerken");
  const data = leefgebiedBewerkenSchema.parse(input);
  return db().$transaction(async (tx) => {
    const { persoon, plan } = await laadPlanVoorSchrijven(tx, user, data.inburgeraarId, nu);
    if (!persoon.gemeente.leefgebieden.includes(data.leefgebied)) {
      const bestaat = await tx.planLeefgebied.count({ where: { planId: plan.id, leefgebied: data.leefgebied } });
      if (!bestaat) gooiVeldFouten({ leefgebied: "Dit leefgebied hoort niet bij het plan van deze gemeente." }, input);
    }
    const velden = { kanAl: data.kanAl ?? null, hulpNodig: data.hulpNodig ?? null, streefScore: data.streefScore ?? null };
    if (data.version === 0) {
      const bestaand = await tx.planLeefgebied.findUnique({ where: { planId_leefgebied: { planId: plan.id, leefgebied: data.leefgebied } }, select: { id: true } });
      if (bestaand) throw conflict();
      await tx.planLeefgebied.create({ data: { planId: plan.id, leefgebied: data.leefgebied, ...velden } });
    } else {
      const { count } = await tx.planLeefgebied.updateMany({
        where: { planId: plan.id, leefgebied: data.leefgebied, version: data.version },
        data: { ...velden, version: { increment: 1 } },
      });
      if (count === 0) throw conflict();
    }
    await audit(
      {
        actie: "plan.leefgebied-gewijzigd",
        gebruiker: user,
        entiteit: "Begeleidingsplan",
        entiteitId: plan.id,
        inburgeraarId: data.inburgeraarId,
        details: { leefgebied: data.leefgebied, streefScore: velden.streefScore },
      },
      tx,
    );
    return { inburgeraarId: data.inburgeraarId };
  });
}

/** The leefgebied that gets extra attention in the coming period (chosen together), or none. */
export async function kiesFocus(user: SessionUser, input: unknown, nu: Date = new Date()): Promise<PlanResultaat> {
  assertCan(user, "plan:bewerken");
  const data = focusKiezenSchema.parse(input);
  return db().$transaction(async (tx) => {
    const { persoon, plan } = await laadPlanVoorSchrijven(tx, user, data.inburgeraarId, nu);
    // A plan made by this very save has version 1; the form knew it as 0.
    const verwacht = data.version === 0 ? 1 : data.version;
    if (plan.version !== verwacht || (data.version === 0 && plan.focusLeefgebied !== null)) throw conflict();
    if (data.focus && !persoon.gemeente.leefgebieden.includes(data.focus)) {
      gooiVeldFouten({ focus: "Dit leefgebied hoort niet bij het plan van deze gemeente." }, input);
    }
    const { count } = await tx.begeleidingsplan.updateMany({
      where: { id: plan.id, version: verwacht },
      data: { focusLeefgebied: data.focus ?? null, version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
    await audit(
      {
        actie: "plan.focus-gekozen",
        gebruiker: user,
        entiteit: "Begeleidingsplan",
        entiteitId: plan.id,
        inburgeraarId: data.inburgeraarId,
        details: { focus: data.focus ?? null },
      },
      tx,
    );
    return { inburgeraarId: data.inburgeraarId };
  });
}

export async function voegDoelToe(user: SessionUser, input: unknown, nu: Date = new Date()): Promise<PlanResultaat & { doelId: string }> {
  assertCan(user, "plan:bewerken");
  const data = doelToevoegenSchema.parse(input);
  return db().$transaction(async (tx) => {
    const { persoon, plan } = await laadPlanVoorSchrijven(tx, user, data.inburgeraarId, nu);
    if (!persoon.gemeente.leefgebieden.includes(data.leefgebied)) {
      gooiVeldFouten({ leefgebied: "Dit leefgebied hoort niet bij het plan van deze gemeente." }, input);
    }
    const doel = await tx.doel.create({
      data: { planId: plan.id, leefgebied: data.leefgebied, omschrijving: data.omschrijving, streefdatum: datumOfNull(data.streefdatum) },
      select: { id: true },
    });
    await audit(
      {
        actie: "plan.doel-toegevoegd",
        gebruiker: user,
        entiteit: "Doel",
        entiteitId: doel.id,
        inburgeraarId: data.inburgeraarId,
        details: { leefgebied: data.leefgebied, omschrijving: data.omschrijving },
      },
      tx,
    );
    return { inburgeraarId: data.inburgeraarId, doelId: doel.id };
  });
}

export async function bewerkDoel(user: SessionUser, input: unknown, nu: Date = new Date()): Promise<PlanResultaat> {
  assertCan(user, "plan:bewerken");
  const data = doelBewerkenSchema.parse(input);
  return db().$transaction(async (tx) => {
    const doel = await laadDoelVoorSchrijven(tx, user, data.doelId, nu);
    const { count } = await tx.doel.updateMany({
      where: { id: doel.id, version: data.version },
      data: {
        omschrijving: data.omschrijving,
        status: data.status,
        streefdatum: datumOfNull(data.streefdatum),
        evaluatie: data.evaluatie ?? null,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw conflict();
    const inburgeraarId = doel.plan.inburgeraarId;
    await audit(
      {
        actie: "plan.doel-gewijzigd",
        gebruiker: user,
        entiteit: "Doel",
        entiteitId: doel.id,
        inburgeraarId,
        details: { omschrijving: data.omschrijving, status: data.status, statusGewijzigd: doel.status !== data.status },
      },
      tx,
    );
    return { inburgeraarId };
  });
}

export async function voegActieToe(user: SessionUser, input: unknown, nu: Date = new Date()): Promise<PlanResultaat> {
  assertCan(user, "plan:bewerken");
  const data = actieToevoegenSchema.parse(input);
  return db().$transaction(async (tx) => {
    const doel = await laadDoelVoorSchrijven(tx, user, data.doelId, nu);
    const isHuiswerk = data.voor === "INBURGERAAR";
    // An organisation of the sociale kaart: one that serves this person's gemeente (lib/sociale-kaart/scope).
    const kaart =
      data.voor === "ORGANISATIE" && data.socialeKaartId
        ? await tx.socialeKaartOrganisatie.findFirst({ where: { id: data.socialeKaartId, ...kiesbaarVoorGemeente(user, doel.plan.inburgeraar.gemeenteId) }, select: { id: true, naam: true } })
        : null;
    if (data.voor === "ORGANISATIE" && data.socialeKaartId && !kaart) gooiVeldFouten({ socialeKaartId: "Kies een organisatie uit de lijst." }, input);
    const actie = await tx.actie.create({
      data: {
        doelId: doel.id,
        omschrijving: data.omschrijving,
        voor: data.voor,
        organisatie: data.voor === "ORGANISATIE" ? (kaart?.naam ?? data.organisatie ?? null) : null,
        socialeKaartId: kaart?.id ?? null,
        isHuiswerk,
        deadline: datumOfNull(data.deadline),
      },
      select: { id: true },
    });
    const inburgeraarId = doel.plan.inburgeraarId;
    await audit(
      {
        actie: "plan.actie-toegevoegd",
        gebruiker: user,
        entiteit: "Actie",
        entiteitId: actie.id,
        inburgeraarId,
        details: { omschrijving: data.omschrijving, voor: data.voor, isHuiswerk },
      },
      tx,
    );
    return { inburgeraarId };
  });
}
