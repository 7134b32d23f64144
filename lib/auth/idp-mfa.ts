/**
 * Did the identity provider (OIDC) already ask for a second factor? Then the
 * session counts as having passed the second step and Wegwijs does not ask for
 * its own code (docs/decisions/014). Pure, so it is unit-tested.
 *
 * - `amr` (RFC 8176, Authentication Method Reference): "mfa" (multiple factors),
 *   "otp" (one-time password), "hwk" (hardware key), and the other proof-of-possession
 *   or biometric methods that are only ever a second factor.
 * - `acr` (Authentication Context Class Reference): a value that names multi-factor
 *   authentication, or an assurance level that requires it (eIDAS substantial/high,
 *   eToegang/eHerkenning loa3 and up).
 */
const AMR_MFA = new Set(["mfa", "otp", "hwk", "swk", "sc", "fpt", "face", "iris", "retina", "vbm"]);
const ACR_MFA = /(\bmfa\b|multi-?factor|2fa|two-?factor|loa[34]|\/loa\/(substantial|high)|substantial|\bhigh\b)/i;

export function idpDeedMfa(claims: unknown): boolean {
  if (!claims || typeof claims !== "object") return false;
  const { amr, acr } = claims as { amr?: unknown; acr?: unknown };
  if (Array.isArray(amr) && amr.some((m) => typeof m === "string" && AMR_MFA.has(m.toLowerCase()))) return true;
  if (typeof acr === "string" && ACR_MFA.test(acr)) return true;
  return false;
}
