import "server-only";
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

/**
 * Small secrets other than the BSN (a TOTP secret, a sealed enrolment form
 * value) encrypted with AES-256-GCM under WEGWIJS_ENCRYPTION_KEY. The purpose
 * (`doel`) is bound in as associated data: a ciphertext made for one purpose
 * does not decrypt as another.
 */
const key = () => Buffer.from(env.WEGWIJS_ENCRYPTION_KEY, "base64");

export function versleutel(tekst: string, doel: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  cipher.setAAD(Buffer.from(doel, "utf8"));
  const data = Buffer.concat([cipher.update(tekst, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), data.toString("base64url")].join(".");
}

/** The plain text, or null when the value was not made by us for this purpose (tampered, other key, other doel). */
export function ontsleutel(opgeslagen: string, doel: string): string | null {
  const [versie, iv, tag, data, rest] = opgeslagen.split(".");
  if (versie !== "v1" || !iv || !tag || !data || rest !== undefined) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(doel, "utf8"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}

/** A keyed hash (HMAC-SHA256, hex) for high-entropy secrets that are looked up, never read back (recovery codes). */
export function sleutelHash(tekst: string, doel: string): string {
  return createHmac("sha256", key()).update(`${doel}:${tekst}`).digest("hex");
}
