import { NextResponse, type NextRequest } from "next/server";
import { sessieCookieNaam } from "@/lib/auth/cookies";
import { env } from "@/lib/env";
import { contentSecurityPolicy, HSTS, nieuweNonce, NONCE_HEADER } from "@/lib/http/security-headers";

/**
 * Gives every request an id (for the JSON logs and the audit trail) and a
 * Content-Security-Policy with its own nonce (lib/http/security-headers.ts),
 * and sends visitors without a session cookie to the login page. This is a convenience
 * redirect only: every page, action and route handler checks the session and
 * the policy itself (lib/auth/session.ts, lib/authz).
 */
/** Next's limit for a server action's body (serverActions.bodySizeLimit, default 1 MB). */
const MAX_ACTIE_BYTES = 1024 * 1024;

const OIDC_ORIGIN = env.OIDC_ISSUER ? new URL(env.OIDC_ISSUER).origin : undefined;

/** The headers every response gets, also a redirect or a 413. */
function beveilig(response: NextResponse, request: NextRequest, requestId: string, csp: string) {
  response.headers.set("x-request-id", requestId);
  response.headers.set("Content-Security-Policy", csp);
  if (env.isHttps || request.nextUrl.protocol === "https:") response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export function proxy(request: NextRequest) {
  // An id from outside is kept only when it looks like one (it ends up in logs and the audit trail).
  const binnen = request.headers.get("x-request-id");
  const requestId = binnen && /^[A-Za-z0-9-]{8,64}$/.test(binnen) ? binnen : crypto.randomUUID();
  const nonce = nieuweNonce();
  const csp = contentSecurityPolicy({
    nonce,
    dev: process.env.NODE_ENV === "development",
    https: env.isHttps,
    formulierDoelen: OIDC_ORIGIN ? [OIDC_ORIGIN] : [],
  });

  // Too large for a form: a Dutch 413 instead of the framework's bare 500.
  const lengte = Number(request.headers.get("content-length") ?? 0);
  if (request.method === "POST" && request.headers.has("next-action") && lengte > MAX_ACTIE_BYTES) {
    const response = new NextResponse("Wat je wilt versturen is te groot. Maak de tekst korter of stuur minder bestanden mee.", {
      status: 413,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
    return beveilig(response, request, requestId, csp);
  }
  // Next reads the nonce from the request's CSP header and puts it on its scripts; x-nonce for an own <Script>.
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  headers.set(NONCE_HEADER, nonce);
  headers.set("Content-Security-Policy", csp);

  const { pathname } = request.nextUrl;
  const isPublic =
    pathname === "/login" || pathname.startsWith("/api/auth") || pathname === "/api/health" || pathname.startsWith("/api/agenda/");
  const hasSession = request.cookies.has(sessieCookieNaam(env.isHttps));
  if (!isPublic && !hasSession) {
    const url = request.nextUrl.clone();
    url.pathname = "/login";
    url.search = "";
    return beveilig(NextResponse.redirect(url), request, requestId, csp);
  }
  return beveilig(NextResponse.next({ request: { headers } }), request, requestId, csp);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
