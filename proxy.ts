import { NextResponse, type NextRequest } from "next/server";

/**
 * Gives every request an id (for the JSON logs and the audit trail) and sends
 * visitors without a session cookie to the login page. This is a convenience
 * redirect only: every page, action and route handler checks the session and
 * the policy itself (lib/auth/session.ts, lib/authz).
 */
/** Next's limit for a server action's body (serverActions.bodySizeLimit, default 1 MB). */
const MAX_ACTIE_BYTES = 1024 * 1024;

export function proxy(request: NextRequest) {
  // An id from outside is kept only when it looks like one (it ends up in logs and the audit trail).
  const binnen = request.headers.get("x-request-id");
  const requestId = binnen && /^[A-Za-z0-9-]{8,64}$/.test(binnen) ? binnen : crypto.randomUUID();

  // Too large for a form: a Dutch 413 instead of the framework's bare 500.
  const lengte = Number(request.headers.get("content-length") ?? 0);
  if (request.method === "POST" && request.headers.has("next-action") && lengte > MAX_ACTIE_BYTES) {
    return new NextResponse("Wat je wilt versturen is te groot. Maak de tekst korter of stuur minder bestanden mee.", {
      status: 413,
      headers: { "content-type": "text/plain; charset=utf-8", "x-request-id": requestId },
    });
  }
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);

  const { pathname } = request.nextUrl;
  const isPublic =
    pathname === "/login" || pathname.startsWith("/api/auth") || pathname === "/api/health" || pathname.startsWith("/api/agenda/");
  const hasSession =
    request.cookies.has("next-auth.session-token") || request.cookies.has("__Secure-next-auth.session-token");
  if (!isPublic && !hasSession) {
    const url = request.nextUrl.clone();
    url.pathname = "/login";
    url.search = "";
    return NextResponse.redirect(url, { headers: { "x-request-id": requestId } });
  }
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("x-request-id", requestId);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
