import "server-only";
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

/**
 * BSNs are stored encrypted (AES-256-GCM) with an HMAC beside them, so a
 * duplicate BSN can be found without decrypting anything.
 */
const key = () => Buffer.from(env.WEGWIJS_ENCRYPTION_KEY, "base64");

export function encryptBsn(bsn: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const data = Buffer.concat([cipher.update(bsn, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64"), cipher.getAuthTag().toString("base64"), data.toString("base64")].join(".");
}

export function decryptBsn(stored: string): string {
  const [version, iv, tag, data] = stored.split(".");
  if (version !== "v1" || !iv || !tag || !data) throw new Error("Onbekend BSN-formaat");
  const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64"));
  decipher.setAuthTag(Buffer.from(tag, "base64"));
  return Buffer.concat([decipher.update(Buffer.from(data, "base64")), decipher.final()]).toString("utf8");
}

export function hashBsn(bsn: string): string {
  return createHmac("sha256", key()).update(`bsn:${bsn}`).digest("hex");
}
