import "server-only";
import { randomUUID } from "node:crypto";

export interface RequestContext {
  requestId: string;
  ip: string | null;
  userAgent: string | null;
}

/**
 * Request id and client address of the current request (set by proxy.ts).
 * Outside a request (scripts, tests) it returns a fresh id and no address.
 */
export async function getRequestContext(): Promise<RequestContext> {
  try {
    const { headers } = await import("next/headers");
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

export function clientIp(h: { get(name: string): string | null }): string | null {
  const forwarded = h.get("x-forwarded-for");
  if (forwarded) return forwarded.split(",")[0]!.trim() || null;
  return h.get("x-real-ip");
}
