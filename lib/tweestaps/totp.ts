import { randomInt } from "node:crypto";
import { Secret, TOTP } from "otpauth";

/**
 * TOTP (RFC 6238) with the settings every authenticator app supports:
 * 6 digits, 30 seconds, SHA-1, a 160-bit random secret. Pure: the time is
 * passed in, so tests move the clock instead of waiting.
 */
export const TOTP_PERIODE = 30;
/** One step either side: a phone clock a little off, or a code typed just as it changed. */
export const TOTP_VENSTER = 1;
export const UITGEVER = "Wegwijs";
/** The purpose the stored secret is encrypted for (lib/crypto/versleutel.ts). */
export const TWEESTAPS_GEHEIM_DOEL = "tweestaps-geheim";

function totp(geheim: string, label = "Wegwijs") {
  return new TOTP({ issuer: UITGEVER, label, secret: Secret.fromBase32(geheim), digits: 6, period: TOTP_PERIODE, algorithm: "SHA1" });
}

export function nieuwGeheim(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function otpauthUri(geheim: string, email: string): string {
  return totp(geheim, email).toString();
}

/** The secret in groups of four, for typing it over by hand. */
export function geheimInGroepen(geheim: string): string {
  return geheim.replace(/(.{4})/g, "$1 ").trim();
}

/** The time step (counter) of a valid code, or null. Codes of the step before and after count too. */
export function stapVanCode(geheim: string, code: string, now: Date): number | null {
  const schoon = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(schoon)) return null;
  const delta = totp(geheim).validate({ token: schoon, timestamp: now.getTime(), window: TOTP_VENSTER });
  if (delta === null) return null;
  return Math.floor(now.getTime() / 1000 / TOTP_PERIODE) + delta;
}

export function codeVoorMoment(geheim: string, now: Date): string {
  return totp(geheim).generate({ timestamp: now.getTime() });
}

// ───────────── recovery codes ─────────────

// Lower case without look-alikes (0/o, 1/l/i): read from paper and typed on a phone without doubt.
const HERSTEL_ALFABET = "abcdefghjkmnpqrstuvwxyz23456789";
export const AANTAL_HERSTELCODES = 10;

/** Ten codes of ten characters (≈ 50 bits each), shown as "abcde-fghjk". */
export function nieuweHerstelcodes(): string[] {
  return Array.from({ length: AANTAL_HERSTELCODES }, () => {
    const tekens = Array.from({ length: 10 }, () => HERSTEL_ALFABET[randomInt(HERSTEL_ALFABET.length)]).join("");
    return `${tekens.slice(0, 5)}-${tekens.slice(5)}`;
  });
}

/** What a typed recovery code is compared as: lower case, without spaces or dashes. */
export function normaliseerHerstelcode(invoer: string): string | null {
  const schoon = invoer.toLowerCase().replace(/[\s-]/g, "");
  return /^[a-z0-9]{10}$/.test(schoon) ? schoon : null;
}

/** A six-digit code (authenticator app), or else a recovery code. */
export function soortCode(invoer: string): "totp" | "herstelcode" | null {
  if (/^\d{6}$/.test(invoer.replace(/\s/g, ""))) return "totp";
  return normaliseerHerstelcode(invoer) ? "herstelcode" : null;
}
