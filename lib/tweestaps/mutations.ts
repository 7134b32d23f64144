import "server-only";
import QRCode from "qrcode";
import { audit } from "@/lib/audit";
import { markeerGelukt, reserveerPoging } from "@/lib/auth/login-limiet";
import { SIGN_IN_MESSAGES } from "@/lib/auth/messages";
import { assertCan, gebruikerScope, magTweestapsUitzetten, openStap, type SessionUser } from "@/lib/authz";
import { ontsleutel, sleutelHash, versleutel } from "@/lib/crypto/versleutel";
import { db, type Tx } from "@/lib/db";
import type { TweestapsMethode } from "@/lib/db/generated/enums";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { getRequestContext } from "@/lib/request-context";
import { demoTweestapsGeheim } from "@/lib/seed/demo-tweestaps";
import { gebruikerIdSchema, instellenSchema, tweedeStapSchema } from "./schema";
import { TWEESTAPS_GEHEIM_DOEL, geheimInGroepen, nieuweHerstelcodes, nieuwGeheim, normaliseerHerstelcode, otpauthUri, soortCode, stapVanCode } from "./totp";

/**
 * Two-factor sign-in (docs/decisions/014). The TOTP secret is stored encrypted
 * (lib/crypto/versleutel.ts); recovery codes only as a keyed hash. Every code
 * attempt counts like a password attempt (lib/auth/login-limiet.ts: per
 * account and per IP, in PostgreSQL), and a TOTP code is accepted once: its
 * time step must be later than the last accepted one, checked and written in
 * one conditional UPDATE so two requests with the same code cannot both pass.
 */

const DOEL_GEHEIM = TWEESTAPS_GEHEIM_DOEL;
const DOEL_INSTELLEN = "tweestaps-instellen";
const DOEL_HERSTEL = "tweestaps-herstelcode";
/** How long an enrolment page's sealed secret stays usable. */
const INSTEL_GELDIG_MS = 30 * 60_000;

export const CODE_ONJUIST = "Deze code klopt niet. Kijk of je de nieuwste code uit je app gebruikt, of vul een herstelcode in.";

const herstelHash = (gebruikerId: string, code: string) => sleutelHash(`${gebruikerId}:${code}`, DOEL_HERSTEL);

export type TweedeStapUitkomst =
  | { ok: true; methode: TweestapsMethode }
  | { ok: false; reden: "ONJUIST" | "GEBLOKKEERD" | "TE_VEEL_POGINGEN_IP" | "NIET_INGESTELD" };

/**
 * Checks a code from the app (or a recovery code) for an account, counted by
 * the sign-in limit. Used by the second-step page and by the credentials
 * sign-in that sends the code along (lib/auth/options.ts).
 */
export async function controleerTweedeStap(gebruikerId: string, invoer: string, ip: string | null, now = new Date()): Promise<TweedeStapUitkomst> {
  const g = await db().gebruiker.findUnique({
    where: { id: gebruikerId },
    select: { id: true, email: true, organisatieId: true, tweestapsGeheim: true },
  });
  if (!g?.tweestapsGeheim) return { ok: false, reden: "NIET_INGESTELD" };
  const reservering = await reserveerPoging(g.email, ip, now);
  if (!reservering.ok) {
    await audit({ actie: "tweestaps.geblokkeerd", gebruiker: g, entiteit: "Gebruiker", entiteitId: g.id });
    return { ok: false, reden: reservering.reden };
  }
  const soort = soortCode(invoer);
  let methode: TweestapsMethode | null = null;
  if (soort === "totp") {
    const geheim = ontsleutel(g.tweestapsGeheim, DOEL_GEHEIM);
    const stap = geheim ? stapVanCode(geheim, invoer, now) : null;
    if (geheim && stap !== null) {
      // DEMO ONLY: the seeded demo accounts' secret is public (lib/seed/demo-tweestaps.ts), so refusing its replay
      // protects nothing; the e2e suite signs the same demo account in many times within one 30-second step.
      const isDemo = geheim === demoTweestapsGeheim(g.email);
      const { count } = await db().gebruiker.updateMany({
        where: { id: g.id, ...(isDemo ? {} : { OR: [{ tweestapsLaatsteStap: null }, { tweestapsLaatsteStap: { lt: stap } }] }) },
        data: { tweestapsLaatsteStap: stap },
      });
      if (count === 1) methode = "TOTP";
    }
  } else if (soort === "herstelcode") {
    const code = normaliseerHerstelcode(invoer)!;
    // Single use: only a row not used yet is marked, in one statement.
    const { count } = await db().tweestapsHerstelcode.updateMany({
      where: { gebruikerId: g.id, hash: herstelHash(g.id, code), gebruiktOp: null },
      data: { gebruiktOp: now },
    });
    if (count === 1) methode = "HERSTELCODE";
  }
  if (!methode) {
    await audit({ actie: "tweestaps.mislukt", gebruiker: g, entiteit: "Gebruiker", entiteitId: g.id });
    return { ok: false, reden: "ONJUIST" };
  }
  await markeerGelukt(reservering.pogingId);
  return { ok: true, methode };
}

/** Marks a session as having passed the second step, with its audit row. */
export async function markeerSessieTweestaps(
  sessie: { id: string; gebruiker: { id: string; organisatieId: string } },
  methode: TweestapsMethode,
  now = new Date(),
  tx: Tx = db(),
): Promise<void> {
  await tx.sessie.updateMany({ where: { id: sessie.id, beeindigdOp: null }, data: { tweestapsOp: now, tweestapsMethode: methode } });
  await audit({ actie: "tweestaps.gelukt", gebruiker: sessie.gebruiker, entiteit: "Sessie", entiteitId: sessie.id, details: { methode } }, tx);
}

function weigering(reden: Exclude<TweedeStapUitkomst, { ok: true }>["reden"]): AppError {
  return new AppError("ONGELDIG", reden === "ONJUIST" || reden === "NIET_INGESTELD" ? CODE_ONJUIST : SIGN_IN_MESSAGES[reden]);
}

/** The second-step page: the signed-in session gives its code (or a recovery code). */
export async function voltooiTweedeStap(user: SessionUser, input: unknown, now = new Date()) {
  const { code } = tweedeStapSchema.parse(input);
  // Only a session at this step: anyone else has no code to give.
  if (openStap(user) !== "tweestaps") throw forbidden();
  const uitkomst = await controleerTweedeStap(user.id, code, (await getRequestContext()).ip, now);
  if (!uitkomst.ok) throw weigering(uitkomst.reden);
  await markeerSessieTweestaps({ id: user.sessieId, gebruiker: user }, uitkomst.methode, now);
  const herstelcodesOver =
    uitkomst.methode === "HERSTELCODE" ? await db().tweestapsHerstelcode.count({ where: { gebruikerId: user.id, gebruiktOp: null } }) : null;
  return { methode: uitkomst.methode, herstelcodesOver };
}

// ─────────────────────────── enrolment ───────────────────────────

interface InstelInhoud {
  g: string;
  s: string;
  geheim: string;
  tot: number;
}

/**
 * What the enrolment page shows: a new random secret as QR code (SVG), as
 * text and as otpauth URI, and the same secret sealed (encrypted, bound to
 * this user and session, valid for half an hour) for the form to send back.
 * Nothing is stored until the user proves with a code that their app has it,
 * so opening the page changes nothing.
 */
export async function instelGegevens(user: SessionUser, now = new Date()) {
  const geheim = nieuwGeheim();
  const uri = otpauthUri(geheim, user.email);
  const inhoud: InstelInhoud = { g: user.id, s: user.sessieId, geheim, tot: now.getTime() + INSTEL_GELDIG_MS };
  const qrSvg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { sleutel: versleutel(JSON.stringify(inhoud), DOEL_INSTELLEN), geheim: geheimInGroepen(geheim), uri, qrSvg };
}

/** May this session set up (or replace) the authenticator app? */
function magInstellen(user: SessionUser): boolean {
  const stap = openStap(user);
  // Forced enrolment, or a fully signed-in session (a volunteer switching it on, someone replacing their phone).
  return stap === "tweestaps-instellen" || stap === "klaar";
}

/**
 * Confirms the enrolment with a code from the app: stores the secret
 * (encrypted), replaces the recovery codes, and counts this session as having
 * passed the second step. The recovery codes are returned once, to be shown once.
 */
export async function stelTweestapsIn(user: SessionUser, input: unknown, now = new Date()) {
  const data = instellenSchema.parse(input);
  if (!magInstellen(user)) throw forbidden();
  const open = ontsleutel(data.sleutel, DOEL_INSTELLEN);
  const inhoud = open ? (JSON.parse(open) as InstelInhoud) : null;
  if (!inhoud || inhoud.g !== user.id || inhoud.s !== user.sessieId || inhoud.tot < now.getTime()) {
    throw new AppError("ONGELDIG", "Deze pagina is verlopen. Laad de pagina opnieuw en scan de nieuwe QR-code.");
  }
  const reservering = await reserveerPoging(user.email, (await getRequestContext()).ip, now);
  if (!reservering.ok) {
    await audit({ actie: "tweestaps.geblokkeerd", gebruiker: user, entiteit: "Gebruiker", entiteitId: user.id });
    throw weigering(reservering.reden);
  }
  const stap = stapVanCode(inhoud.geheim, data.code, now);
  if (stap === null) {
    await audit({ actie: "tweestaps.mislukt", gebruiker: user, entiteit: "Gebruiker", entiteitId: user.id });
    throw new AppError("ONGELDIG", "Deze code klopt niet. Scan de QR-code (opnieuw) en vul de code in die je app nu laat zien.");
  }
  await markeerGelukt(reservering.pogingId);
  const herstelcodes = nieuweHerstelcodes();
  await db().$transaction(async (tx) => {
    await tx.gebruiker.update({
      where: { id: user.id },
      data: { tweestapsGeheim: versleutel(inhoud.geheim, DOEL_GEHEIM), tweestapsSinds: now, tweestapsLaatsteStap: stap },
    });
    await tx.tweestapsHerstelcode.deleteMany({ where: { gebruikerId: user.id } });
    await tx.tweestapsHerstelcode.createMany({
      data: herstelcodes.map((code) => ({ gebruikerId: user.id, hash: herstelHash(user.id, normaliseerHerstelcode(code)!), aangemaaktOp: now })),
    });
    await audit({ actie: "tweestaps.ingesteld", gebruiker: user, entiteit: "Gebruiker", entiteitId: user.id }, tx);
    await markeerSessieTweestaps({ id: user.sessieId, gebruiker: user }, "TOTP", now, tx);
  });
  return { herstelcodes };
}

/** New recovery codes for a fully signed-in user with the app set up; the old ones stop working. */
export async function vernieuwHerstelcodes(user: SessionUser, now = new Date()) {
  if (openStap(user) !== "klaar" || !user.tweestapsIngesteld) throw forbidden();
  const herstelcodes = nieuweHerstelcodes();
  await db().$transaction(async (tx) => {
    await tx.tweestapsHerstelcode.deleteMany({ where: { gebruikerId: user.id } });
    await tx.tweestapsHerstelcode.createMany({
      data: herstelcodes.map((code) => ({ gebruikerId: user.id, hash: herstelHash(user.id, normaliseerHerstelcode(code)!), aangemaaktOp: now })),
    });
    await audit({ actie: "tweestaps.herstelcodes-vernieuwd", gebruiker: user, entiteit: "Gebruiker", entiteitId: user.id }, tx);
  });
  return { herstelcodes };
}

/** A volunteer switches their (optional) two-factor sign-in off. Roles that must use it cannot. */
export async function zetTweestapsUit(user: SessionUser) {
  if (!magTweestapsUitzetten(user) || openStap(user) !== "klaar" || !user.tweestapsIngesteld) throw forbidden();
  await db().$transaction(async (tx) => {
    await tx.gebruiker.update({ where: { id: user.id }, data: { tweestapsGeheim: null, tweestapsSinds: null, tweestapsLaatsteStap: null } });
    await tx.tweestapsHerstelcode.deleteMany({ where: { gebruikerId: user.id } });
    await audit({ actie: "tweestaps.uitgezet", gebruiker: user, entiteit: "Gebruiker", entiteitId: user.id }, tx);
  });
}

/**
 * A beheerder resets someone's two-factor sign-in (a lost phone, no recovery
 * codes left): the app and recovery codes are removed and every session of
 * that person ends. At the next sign-in a role that must use it sets it up again.
 */
export async function resetTweestaps(user: SessionUser, input: unknown, now = new Date()) {
  assertCan(user, "gebruiker:beheren");
  const { id } = gebruikerIdSchema.parse(input);
  const target = await db().gebruiker.findFirst({ where: { id, ...gebruikerScope(user) }, select: { id: true, naam: true } });
  if (!target) throw notFound();
  await db().$transaction(async (tx) => {
    await tx.gebruiker.update({ where: { id }, data: { tweestapsGeheim: null, tweestapsSinds: null, tweestapsLaatsteStap: null, version: { increment: 1 } } });
    await tx.tweestapsHerstelcode.deleteMany({ where: { gebruikerId: id } });
    await tx.sessie.updateMany({ where: { gebruikerId: id, beeindigdOp: null }, data: { beeindigdOp: now } });
    await audit({ actie: "gebruiker.tweestaps-gereset", gebruiker: user, entiteit: "Gebruiker", entiteitId: id }, tx);
  });
  return { naam: target.naam };
}
