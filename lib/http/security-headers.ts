/**
 * The security headers proxy.ts sets on every response (ASVS 3.4): a
 * Content-Security-Policy with a fresh nonce per request, and HSTS when the
 * app is served over https. Pure functions (no imports): the proxy runs them
 * on every request and the unit tests check them.
 *
 * Next.js reads the nonce from the request's Content-Security-Policy header and
 * puts it on every script it renders. The root layout awaits `headers()`, so
 * every page renders per request (a prerendered page would carry no nonce, and
 * 'strict-dynamic' would block its scripts). A component that ever needs its
 * own <Script> reads the nonce from the `x-nonce` request header.
 */

export const NONCE_HEADER = "x-nonce";

/** 128 random bits, base64: unguessable and unique per request. */
export function nieuweNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export interface CspOpties {
  nonce: string;
  /** next dev: React's dev build and hot reload need eval and inline styles. */
  dev?: boolean;
  /** Served over https: upgrade any http sub-resource. */
  https?: boolean;
  /** Origins a form may be sent on to (the OIDC provider's sign-in redirect). */
  formulierDoelen?: string[];
}

export function contentSecurityPolicy({ nonce, dev = false, https = false, formulierDoelen = [] }: CspOpties): string {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(nonce)) throw new Error("Ongeldige nonce");
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    // 'strict-dynamic': only scripts with the nonce run, and what they load; no inline script, no other host.
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    ["style-src", "'self'", dev ? "'unsafe-inline'" : `'nonce-${nonce}'`],
    ["img-src", "'self'", "blob:", "data:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["frame-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["form-action", "'self'", ...formulierDoelen],
    ["frame-ancestors", "'none'"],
  ];
  if (https) directives.push(["upgrade-insecure-requests"]);
  return directives.map((d) => d.join(" ")).join("; ");
}

/** Two years, subdomains included; only ever sent over https (a browser ignores it over http anyway). */
export const HSTS = "max-age=63072000; includeSubDomains";

/** The nonce in a Content-Security-Policy value, or null. */
export function nonceUitCsp(csp: string): string | null {
  return /'nonce-([A-Za-z0-9+/]+={0,2})'/.exec(csp)?.[1] ?? null;
}
