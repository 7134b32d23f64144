import "server-only";
import { z } from "zod";
import { audit } from "@/lib/audit";
import { assertCan, inburgeraarScope, signaalScope, toestemmingGeldig, type SessionUser } from "@/lib/authz";
import type { Prisma } from "@/lib/db/generated/client";
import { db, type Tx } from "@/lib/db";
import { AppError, conflict, notFound } from "@/lib/errors";
import { kalenderdatumNaarDate, vandaag } from "@/lib/tijd";
import { afsluitenFout, afwegingConclusie, besluitFouten, delenFout, isMeldcodeCategorie, stapFout, statusOvergangFout, type MeldcodeStand } from "./rules";
import {
  meldcodeStap1Schema,
  meldcodeStap2Schema,
  meldcodeStap3Schema,
  meldcodeStap4Schema,
  meldcodeStap5Schema,
  meldSignaalSchema,
  signaalActieSchema,
  signaalDelenSchema,
  signaalStatusSchema,
  signaalVersieSchema,
} from "./schema";

/**
 * Writes of signalen and the Meldcode. Each is a plain function (user, input):
 * parse → authorize → scoped load → write + audit in one transaction. Signal
 * texts are special-category data: they never go into audit details, and an
 * unexpected database error is passed on without its message (which could
 * quote the text) so it cannot reach the logs.
 */

export interface SignaalResultaat {
  id: string;
  inburgeraarId: string;
  /** false when this was a repeat of an earlier submit. */
  isNieuw: boolean;
}

function isUniekeSleutelFout(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "P2002";
}

/** Known errors pass; anything else loses its message (it could quote a signal text). */
async function zonderInhoud<T>(schrijf: () => Promise<T>): Promise<T> {
  try {
    return await schrijf();
  } catch (error) {
    if (error instanceof AppError || error instanceof z.ZodError || isUniekeSleutelFout(error)) throw error;
    const code = (error as { code?: string } | null)?.code;
    throw new Error(`Signaal schrijven mislukt${code ? ` (${code})` : ""}.`);
  }
}

function gooiVeldFouten(fouten: Record<string, string>, input: unknown): void {
  const issues = Object.entries(fouten).map(([veld, message]) => ({ code: "custom" as const, path: [veld], message, input }));
  if (issues.length > 0) throw new z.ZodError(issues);
}

const auditBasis = (user: SessionUser, s: { id: string; inburgeraarId: string }) => ({ gebruiker: user, entiteit: "Signaal", entiteitId: s.id, inburgeraarId: s.inburgeraarId });

// ─────────────────────────── melden ───────────────────────────

async function eerdereMelding(tx: Tx, user: SessionUser, aanvraagSleutel: string, inburgeraarId: string): Promise<SignaalResultaat | null> {
  const eerder = await tx.signaal.findUnique({ where: { aanvraagSleutel }, select: { id: true, inburgeraarId: true, gemeldDoorId: true } });
  if (!eerder) return null;
  if (eerder.inburgeraarId !== inburgeraarId || eerder.gemeldDoorId !== user.id) {
    throw conflict("Dit formulier is al gebruikt. Laad de pagina opnieuw en probeer het nog eens.");
  }
  return { id: eerder.id, inburgeraarId, isNieuw: false };
}

/**
 * Anyone who meets the person (begeleider, teamleider, the maatje) reports a
 * worry. A repeat of the same form submit (double tap, retry) returns the
 * first signal instead of a second one.
 */
export async function meldSignaal(user: SessionUser, input: unknown): Promise<SignaalResultaat> {
  assertCan(user, "signaal:melden");
  const data = meldSignaalSchema.parse(input);
  try {
    return await zonderInhoud(() =>
      db().$transaction(async (tx) => {
        const eerder = await eerdereMelding(tx, user, data.aanvraagSleutel, data.inburgeraarId);
        if (eerder) return eerder;
        const persoon = await tx.inburgeraar.findFirst({ where: { id: data.inburgeraarId, ...inburgeraarScope(user) }, select: { id: true } });
        if (!persoon) throw notFound();
        const meldcode = isMeldcodeCategorie(data.categorie);
        const s = await tx.signaal.create({
          data: {
            inburgeraarId: persoon.id,
            categorie: data.categorie,
            ernst: data.ernst,
            omschrijving: data.omschrijving,
            meldcode,
            gemeldDoorId: user.id,
            aanvraagSleutel: data.aanvraagSleutel,
          },
          select: { id: true, inburgeraarId: true },
        });
        await audit({ actie: "signaal.gemeld", details: { ernst: data.ernst, meldcode }, ...auditBasis(user, s) }, tx);
        return { ...s, isNieuw: true };
      }),
    );
  } catch (error) {
    if (!isUniekeSleutelFout(error)) throw error;
    // A concurrent repeat won the race on the unique key: answer with that one.
    const eerder = await eerdereMelding(db(), user, data.aanvraagSleutel, data.inburgeraarId);
    if (!eerder) throw error;
    return eerder;
  }
}

// ─────────────────────────── opvolgen ───────────────────────────

const TE_VOLGEN_SELECT = {
  id: true,
  inburgeraarId: true,
  status: true,
  meldcode: true,
  version: true,
  gedeeldMetConsulent: true,
  meldcodeTraject: { select: { id: true, version: true, stap1Op: true, stap2Op: true, stap3Op: true, stap4Op: true, stap5Op: true, conclusie: true, gemeld: true } },
} as const satisfies Prisma.SignaalSelect;

/** A signal this user follows up, inside their scope; otherwise "not found". */
async function laadTeVolgen(tx: Tx, user: SessionUser, signaalId: string) {
  assertCan(user, "signaal:opvolgen");
  const s = await tx.signaal.findFirst({ where: { AND: [{ id: signaalId }, signaalScope(user)] }, select: TE_VOLGEN_SELECT });
  if (!s) throw notFound();
  return s;
}

/** Writes the signal only when nobody changed it meanwhile. */
async function schrijfSignaal(tx: Tx, s: { id: string; version: number }, verwacht: number, data: Prisma.SignaalUpdateManyMutationInput & { opgepaktDoorId?: string }) {
  if (s.version !== verwacht) throw conflict("Iemand anders heeft dit signaal net gewijzigd. Laad de pagina opnieuw.");
  const { count } = await tx.signaal.updateMany({ where: { id: s.id, version: verwacht }, data: { ...data, version: { increment: 1 } } });
  if (count !== 1) throw conflict("Iemand anders heeft dit signaal net gewijzigd. Laad de pagina opnieuw.");
}

/** Picks up an open signal when it is followed up (an action, a Meldcode step). */
async function pakOpAlsOpen(tx: Tx, user: SessionUser, s: { id: string; inburgeraarId: string; status: string }, now: Date) {
  if (s.status !== "OPEN") return;
  await tx.signaal.update({ where: { id: s.id }, data: { status: "OPGEPAKT", opgepaktDoorId: user.id, opgepaktOp: now, version: { increment: 1 } } });
  await audit({ actie: "signaal.opgepakt", ...auditBasis(user, s) }, tx);
}

export async function pakSignaalOp(user: SessionUser, input: unknown, now = new Date()): Promise<SignaalResultaat> {
  assertCan(user, "signaal:opvolgen");
  const data = signaalVersieSchema.parse(input);
  return zonderInhoud(() =>
    db().$transaction(async (tx) => {
      const s = await laadTeVolgen(tx, user, data.signaalId);
      const fout = statusOvergangFout(s.status, "OPGEPAKT");
      if (fout) throw conflict(s.status === "OPEN" ? fout : "Dit signaal is al opgepakt.");
      await schrijfSignaal(tx, s, data.version, { status: "OPGEPAKT", opgepaktDoorId: user.id, opgepaktOp: now });
      await audit({ actie: "signaal.opgepakt", ...auditBasis(user, s) }, tx);
      return { id: s.id, inburgeraarId: s.inburgeraarId, isNieuw: false };
    }),
  );
}

/** A follow-up action with its date, and optionally a reminder date. */
export async function legSignaalActieVast(user: SessionUser, input: unknown, now = new Date()): Promise<SignaalResultaat> {
  assertCan(user, "signaal:opvolgen");
  const data = signaalActieSchema.parse(input);
  return zonderInhoud(() =>
    db().$transaction(async (tx) => {
      const s = await laadTeVolgen(tx, user, data.signaalId);
      if (s.status === "AFGESLOTEN") throw conflict("Dit signaal is afgesloten.");
      await pakOpAlsOpen(tx, user, s, now);
      const a = await tx.signaalActie.create({
        data: {
          signaalId: s.id,
          omschrijving: data.omschrijving,
          datum: kalenderdatumNaarDate(data.datum),
          opvolgOp: data.opvolgOp ? kalenderdatumNaarDate(data.opvolgOp) : null,
          doorId: user.id,
        },
        select: { id: true },
      });
      await audit({ actie: "signaal.actie-vastgelegd", details: { opvolgOp: data.opvolgOp ?? null }, ...auditBasis(user, { id: s.id, inburgeraarId: s.inburgeraarId }) }, tx);
      return { id: a.id, inburgeraarId: s.inburgeraarId, isNieuw: true };
    }),
  );
}

/** Doorverwijzen or afsluiten. A Meldcode signal whose report is required cannot close without the decision. */
export async function wijzigSignaalStatus(user: SessionUser, input: unknown, now = new Date()): Promise<SignaalResultaat> {
  assertCan(user, "signaal:opvolgen");
  const data = signaalStatusSchema.parse(input);
  return zonderInhoud(() =>
    db().$transaction(async (tx) => {
      const s = await laadTeVolgen(tx, user, data.signaalId);
      const fout = statusOvergangFout(s.status, data.naar) ?? (data.naar === "AFGESLOTEN" ? afsluitenFout(s, s.meldcodeTraject as MeldcodeStand | null) : null);
      if (fout) throw conflict(fout);
      await schrijfSignaal(
        tx,
        s,
        data.version,
        data.naar === "AFGESLOTEN" ? { status: "AFGESLOTEN", afgeslotenOp: now } : { status: "DOORVERWEZEN", doorverwezenNaar: data.doorverwezenNaar },
      );
      await audit({ actie: "signaal.status-gewijzigd", details: { naar: data.naar }, ...auditBasis(user, s) }, tx);
      return { id: s.id, inburgeraarId: s.inburgeraarId, isNieuw: false };
    }),
  );
}

/**
 * Shares a signal with the gemeente's consulent: with the person's SIGNALEN
 * consent in force, or on the Meldcode's safety ground with a written reason.
 * Anything else is refused and nothing changes.
 */
export async function deelSignaal(user: SessionUser, input: unknown, now = new Date()): Promise<SignaalResultaat> {
  assertCan(user, "signaal:delen");
  const data = signaalDelenSchema.parse(input);
  return zonderInhoud(() =>
    db().$transaction(async (tx) => {
      const s = await laadTeVolgen(tx, user, data.signaalId);
      if (s.gedeeldMetConsulent) throw conflict("Dit signaal is al gedeeld met de consulent.");
      const toestemmingen = await tx.toestemming.count({ where: { inburgeraarId: s.inburgeraarId, ...toestemmingGeldig("SIGNALEN", now) } });
      const fout = delenFout(data.grond, { toestemmingGeldig: toestemmingen > 0, meldcode: s.meldcode, conclusie: s.meldcodeTraject?.conclusie ?? null });
      if (fout) throw new AppError("GEEN_TOEGANG", fout);
      await schrijfSignaal(tx, s, data.version, {
        gedeeldMetConsulent: true,
        gedeeldOp: now,
        gedeeldGrond: data.grond,
        gedeeldReden: data.grond === "VEILIGHEID" ? data.reden : null,
      });
      await audit({ actie: "signaal.gedeeld", details: { grond: data.grond }, ...auditBasis(user, s) }, tx);
      return { id: s.id, inburgeraarId: s.inburgeraarId, isNieuw: false };
    }),
  );
}

// ─────────────────────────── de Meldcode ───────────────────────────

type Stap = 1 | 2 | 3 | 4 | 5;

/**
 * One Meldcode step: the signal in scope and under the Meldcode, the step in
 * order and not locked, the trajectory's version unchanged; then the write and
 * its audit (the step number, never the text).
 */
async function legStapVast(
  user: SessionUser,
  stap: Stap,
  signaalId: string,
  version: number,
  now: Date,
  schrijf: (tx: Tx, s: Awaited<ReturnType<typeof laadTeVolgen>>) => Promise<{ data: Prisma.MeldcodeUncheckedUpdateManyInput; details?: { conclusie?: "GEEN_VERMOEDEN" | "HULP_BIEDEN" | "MELDEN"; gemeld?: boolean } }>,
): Promise<SignaalResultaat> {
  assertCan(user, "meldcode:doorlopen");
  return zonderInhoud(() =>
    db().$transaction(async (tx) => {
      const s = await laadTeVolgen(tx, user, signaalId);
      if (!s.meldcode) throw conflict("Dit signaal valt niet onder de Meldcode.");
      if (s.status === "AFGESLOTEN") throw conflict("Dit signaal is afgesloten.");
      const m = s.meldcodeTraject;
      const fout = stapFout(m as MeldcodeStand | null, stap);
      if (fout) throw conflict(fout);
      if ((m?.version ?? 0) !== version) throw conflict("Iemand anders heeft de Meldcode net bijgewerkt. Laad de pagina opnieuw.");
      await pakOpAlsOpen(tx, user, s, now);
      const { data, details } = await schrijf(tx, s);
      const stapVeld = { [`stap${stap}Op`]: now } as Prisma.MeldcodeUncheckedUpdateManyInput;
      if (!m) {
        await tx.meldcode.create({ data: { ...(data as Prisma.MeldcodeUncheckedCreateInput), ...(stapVeld as object), signaalId: s.id } });
      } else {
        const { count } = await tx.meldcode.updateMany({ where: { id: m.id, version }, data: { ...data, ...stapVeld, version: { increment: 1 } } });
        if (count !== 1) throw conflict("Iemand anders heeft de Meldcode net bijgewerkt. Laad de pagina opnieuw.");
      }
      await audit({ actie: "meldcode.stap-vastgelegd", details: { stap, ...details }, ...auditBasis(user, s) }, tx);
      return { id: s.id, inburgeraarId: s.inburgeraarId, isNieuw: false };
    }),
  );
}

/** Step 1: the signals, factual and dated, apart from interpretation. */
export async function meldcodeStap1(user: SessionUser, input: unknown, now = new Date()): Promise<SignaalResultaat> {
  assertCan(user, "meldcode:doorlopen");
  const d = meldcodeStap1Schema.parse(input);
  return legStapVast(user, 1, d.signaalId, d.version, now, async () => ({
    data: { feiten: d.feiten, feitenDatum: kalenderdatumNaarDate(d.feitenDatum), interpretatie: d.interpretatie ?? null },
  }));
}

/** Step 2: consultation with a colleague and, if needed, Veilig Thuis: who, when, the advice. */
export async function meldcodeStap2(user: SessionUser, input: unknown, now = new Date()): Promise<SignaalResultaat> {
  assertCan(user, "meldcode:doorlopen");
  const d = meldcodeStap2Schema.parse(input);
  return legStapVast(user, 2, d.signaalId, d.version, now, async () => ({
    data: { overlegMet: d.overlegMet, overlegDatum: kalenderdatumNaarDate(d.overlegDatum), veiligThuisGeraadpleegd: d.veiligThuisGeraadpleegd, advies: d.advies },
  }));
}

/** Step 3: the conversation with the person, or why it was unsafe to have it. */
export async function meldcodeStap3(user: SessionUser, input: unknown, now = new Date()): Promise<SignaalResultaat> {
  assertCan(user, "meldcode:doorlopen");
  const d = meldcodeStap3Schema.parse(input);
  const gevoerd = d.gesprekGevoerd === "ja";
  return legStapVast(user, 3, d.signaalId, d.version, now, async () => ({
    data: { gesprekGevoerd: gevoerd, gesprekDatum: gevoerd && d.gesprekDatum ? kalenderdatumNaarDate(d.gesprekDatum) : null, gesprekToelichting: d.gesprekToelichting },
  }));
}

/** Step 4: the five questions of the afwegingskader; the conclusion follows from them and is locked. */
export async function meldcodeStap4(user: SessionUser, input: unknown, now = new Date()): Promise<SignaalResultaat> {
  assertCan(user, "meldcode:doorlopen");
  const d = meldcodeStap4Schema.parse(input);
  const antwoorden = [d.vraag1, d.vraag2, d.vraag3, d.vraag4, d.vraag5];
  const toelichtingen = [d.toelichting1, d.toelichting2, d.toelichting3, d.toelichting4, d.toelichting5].map((t) => t ?? null);
  const conclusie = afwegingConclusie(antwoorden);
  return legStapVast(user, 4, d.signaalId, d.version, now, async () => ({
    data: { afweging: { antwoorden, toelichtingen }, conclusie },
    details: { conclusie },
  }));
}

/**
 * Step 5: the decision — help organised and/or a report to Veilig Thuis (date,
 * reference, and a written reason: no consent needed, Wmo 2015 art. 5.2.6) —
 * with a follow-up reminder. A required report must be part of it. A report
 * makes the signal "doorverwezen" to Veilig Thuis.
 */
export async function meldcodeStap5(user: SessionUser, input: unknown, now = new Date()): Promise<SignaalResultaat> {
  assertCan(user, "meldcode:doorlopen");
  const d = meldcodeStap5Schema.parse(input);
  if (d.opvolgOp < vandaag(now)) gooiVeldFouten({ opvolgOp: "Kies een datum vanaf vandaag." }, input);
  return legStapVast(user, 5, d.signaalId, d.version, now, async (tx, s) => {
    gooiVeldFouten(besluitFouten(s.meldcodeTraject?.conclusie ?? null, d), input);
    await tx.signaalActie.create({
      data: {
        signaalId: s.id,
        omschrijving: d.gemeld ? "Nagaan wat Veilig Thuis met de melding doet en hoe het gaat." : "Nagaan of de hulp loopt en of het veilig is.",
        datum: kalenderdatumNaarDate(vandaag(now)),
        opvolgOp: kalenderdatumNaarDate(d.opvolgOp),
        doorId: user.id,
      },
    });
    if (d.gemeld && s.status !== "DOORVERWEZEN") {
      // Picked up first (legStapVast): open → opgepakt → doorverwezen.
      await tx.signaal.update({ where: { id: s.id }, data: { status: "DOORVERWEZEN", doorverwezenNaar: "Veilig Thuis", version: { increment: 1 } } });
    }
    return {
      data: {
        hulpGeorganiseerd: d.hulpGeorganiseerd,
        hulpOmschrijving: d.hulpGeorganiseerd ? (d.hulpOmschrijving ?? null) : null,
        gemeld: d.gemeld,
        meldDatum: d.gemeld && d.meldDatum ? kalenderdatumNaarDate(d.meldDatum) : null,
        meldReferentie: d.gemeld ? (d.meldReferentie ?? null) : null,
        meldReden: d.gemeld ? (d.meldReden ?? null) : null,
      },
      details: { gemeld: d.gemeld },
    };
  });
}
