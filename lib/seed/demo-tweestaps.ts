/**
 * DEMO ONLY. The TOTP secret of every seeded demo account that has two-factor
 * sign-in: derived from the e-mail address with a PUBLISHED rule, so anyone can
 * compute a demo account's code (`npm run demo:code -- begeleider@denhaag.wegwijs.test`),
 * exactly like the published demo password. Real accounts get a random secret
 * at enrolment (lib/tweestaps/totp.ts) and never this one.
 *
 * Imported by the seed, the demo:code script and the Playwright sign-in
 * helpers: no app imports here.
 */
import { createHash } from "node:crypto";
import { Secret, TOTP } from "otpauth";

const DEMO_ZOUT = "wegwijs-demo-tweestaps-2026";

/** base32 of sha1("wegwijs-demo-tweestaps-2026:" + e-mail): 32 characters, 160 bits like a real secret. */
export function demoTweestapsGeheim(email: string): string {
  const bytes = createHash("sha1").update(`${DEMO_ZOUT}:${email.trim().toLowerCase()}`).digest();
  return new Secret({ buffer: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer }).base32;
}

/** The demo account's current code (6 digits, 30 seconds, SHA-1: what every authenticator app does). */
export function demoTweestapsCode(email: string, now = Date.now()): string {
  return new TOTP({ secret: Secret.fromBase32(demoTweestapsGeheim(email)), digits: 6, period: 30, algorithm: "SHA1" }).generate({ timestamp: now });
}
