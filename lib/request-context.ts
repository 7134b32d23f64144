import "server-only";
import { randomUUID } from "node:crypto";
import { clientIpFromHeaders } from "@/lib/client-ip";

export interface RequestContext {
  requestId: string;
  ip: string | null;
  userAgent: string | null;
}

/** next/headers, imported once: outside Next's bundle (scripts, tests, `npm run bench`) each import() is resolved again. */
let nextHeadersModule: Promise<typeof import("next/headers")> | null = null;
const nextHeaders = () => (nextHeadersModule ??= import("next/headers"));

/**
 * Request id (set by proxy.ts) and client address (decided at the socket, see
 * lib/client-ip.ts) of the current request.
 * Outside a request (scripts, tests) it returns a fresh id and no address.
 */
export async function getRequestContext(): Promise<RequestContext> {
  try {
    const { headers } = await nextHeaders();
    const h = await headers();
    return {
      requestId: h.get("x-request-id") ?? randomUUID(),
      ip: clientIp(h),
      userAgent: h.get("user-agent"),
    };
  } catch {
    return { requestId: randomUUID(), ip: null, userAgent: null };
  }
}

/**
 * The client address of a request. Never read X-Forwarded-For yourself: the
 * client writes it. This takes the address the server hook computed from the
 * socket and the trusted proxies (TRUSTED_PROXY_COUNT); null when unknown.
 */
export function clientIp(h: { get(name: string): string | null }): string | null {
  return clientIpFromHeaders(h);
}
