import { NextResponse, type NextRequest } from "next/server";

/**
 * Gives every request an id (for the JSON logs and the audit trail) and sends
 * visitors without a session cookie to the login page. This is a convenience
 * redirect only: every page, action and route handler checks the session and
 * the policy itself (lib/auth/session.ts, lib/authz).
 */
export function proxy(request: NextRequest) {
  const requestId = request.headers.get("x-request-id") ?? crypto.randomUUID();
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
