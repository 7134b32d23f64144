import type { NextAuthOptions } from "next-auth";

/**
 * next-auth's cookie names. Over https every cookie gets the `__Host-` prefix
 * (ASVS 3.3): the browser accepts it only with Secure, Path=/ and no Domain, so
 * a sibling subdomain cannot plant or overwrite a session cookie (cookie
 * tossing, session fixation). Over http (development, the e2e server) the
 * plain names, because browsers refuse `__Host-` without https.
 *
 * No imports beyond types: proxy.ts uses it too.
 */
const PLAIN_SESSIE = "next-auth.session-token";

export function sessieCookieNaam(https: boolean): string {
  return https ? `__Host-${PLAIN_SESSIE}` : PLAIN_SESSIE;
}

/** The `cookies` option of authOptions: every cookie `__Host-` under https, next-auth's defaults otherwise. */
export function authCookies(https: boolean): NextAuthOptions["cookies"] {
  if (!https) return undefined;
  const basis = { sameSite: "lax" as const, path: "/", secure: true };
  const kort = { ...basis, httpOnly: true, maxAge: 15 * 60 };
  return {
    sessionToken: { name: sessieCookieNaam(true), options: { ...basis, httpOnly: true } },
    callbackUrl: { name: "__Host-next-auth.callback-url", options: { ...basis, httpOnly: true } },
    csrfToken: { name: "__Host-next-auth.csrf-token", options: { ...basis, httpOnly: true } },
    pkceCodeVerifier: { name: "__Host-next-auth.pkce.code_verifier", options: kort },
    state: { name: "__Host-next-auth.state", options: kort },
    nonce: { name: "__Host-next-auth.nonce", options: { ...basis, httpOnly: true } },
  };
}
