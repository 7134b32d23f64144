import { isIP } from "node:net";

/**
 * The client's IP address, decided at the socket.
 *
 * X-Forwarded-For is written by whoever sends the request, so on its own it
 * proves nothing: rotating it would defeat the per-IP login limit and forge
 * the addresses in the audit log. Next.js does not help here: its server only
 * fills in x-forwarded-for from the socket when the header is ABSENT
 * (`req.headers['x-forwarded-for'] ??= socket.remoteAddress` in
 * next/dist/server/base-server.js), so a client-sent value survives and the
 * socket address is lost.
 *
 * So the Node server hook below (installed from instrumentation.ts) looks at
 * every request as it arrives, while the socket is still at hand, and computes
 * the address with `resolveClientIp`: the socket address, or — behind
 * TRUSTED_PROXY_COUNT reverse proxies — the entry that the outermost trusted
 * proxy appended. It writes the result into an internal header, always
 * overwriting whatever the client sent, prefixed with a random per-process
 * value the client cannot know. `clientIpFromHeaders` only believes a header
 * with that prefix; anything else (no hook, a request that arrived before the
 * hook was installed, a forged header) gives `null`.
 */

export const CLIENT_IP_HEADER = "x-wegwijs-client-ip";

/** Turns "::ffff:10.0.0.1" into "10.0.0.1"; anything that is not an IP address becomes null. */
export function normaliseIp(value: string | null | undefined): string | null {
  if (!value) return null;
  let ip = value.trim();
  // "[2001:db8::1]" and "[2001:db8::1]:443" (RFC 7239 style); "10.0.0.1:1234".
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(ip);
  if (bracketed) ip = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(ip)) ip = ip.slice(0, ip.lastIndexOf(":"));
  if (/^::ffff:\d{1,3}(\.\d{1,3}){3}$/i.test(ip)) ip = ip.slice(7);
  return isIP(ip) ? ip.toLowerCase() : null;
}

/**
 * The client address from the socket address and the X-Forwarded-For header
 * as received, trusting exactly `trustedProxies` hops. Each trusted proxy
 * appends the address it saw, so counting from the right: the socket address
 * is hop 0 (the nearest proxy, or the client itself when there is none), the
 * last X-Forwarded-For entry hop 1, and so on. Entries further left were
 * written by the client and are never used.
 */
export function resolveClientIp(input: {
  socketAddress: string | null | undefined;
  forwardedFor: string | string[] | null | undefined;
  trustedProxies: number;
}): string | null {
  const forwarded = (Array.isArray(input.forwardedFor) ? input.forwardedFor.join(",") : (input.forwardedFor ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, input.socketAddress ?? ""];
  // Fewer hops than configured proxies: the leftmost entry was still written by a trusted hop.
  const index = Math.max(0, chain.length - 1 - Math.max(0, input.trustedProxies));
  return normaliseIp(chain[index]);
}

// ───────────────────────── the marker shared by hook and reader ─────────────────────────

const MARKER_KEY = Symbol.for("wegwijs.clientIpMarker");

/** A random value per process: the hook and the readers share it through globalThis. */
function marker(): string {
  const g = globalThis as { [MARKER_KEY]?: string };
  g[MARKER_KEY] ??= crypto.randomUUID();
  return g[MARKER_KEY];
}

/** The client address as stamped by the server hook, or null when the header is missing or forged. */
export function clientIpFromHeaders(h: { get(name: string): string | null }): string | null {
  const value = h.get(CLIENT_IP_HEADER);
  if (!value) return null;
  const [prefix, ip] = value.split(" ", 2);
  if (prefix !== marker()) return null;
  return normaliseIp(ip);
}

interface IncomingLike {
  headers: Record<string, string | string[] | undefined>;
  socket?: { remoteAddress?: string | undefined } | null;
}

/** Writes the internal header for one incoming request, replacing anything the client sent. */
export function stampClientIp(req: IncomingLike, trustedProxies: number): void {
  const ip = resolveClientIp({
    socketAddress: req.socket?.remoteAddress,
    forwardedFor: req.headers["x-forwarded-for"],
    trustedProxies,
  });
  req.headers[CLIENT_IP_HEADER] = `${marker()} ${ip ?? "-"}`;
}

const INSTALLED_KEY = Symbol.for("wegwijs.clientIpHookInstalled");

/**
 * Stamps every request that reaches an http(s) server of this process before
 * Next.js (or anyone) sees it. Next's `next start`/`next dev` create the server
 * themselves, so the hook wraps `Server.prototype.emit` for "request" events;
 * it is idempotent (hot reloads call it again).
 */
export async function installClientIpHook(trustedProxies: number): Promise<void> {
  const g = globalThis as { [INSTALLED_KEY]?: boolean };
  if (g[INSTALLED_KEY]) return;
  g[INSTALLED_KEY] = true;
  const [http, https] = await Promise.all([import("node:http"), import("node:https")]);
  for (const Server of [http.Server, https.Server]) {
    const proto = Server.prototype as { emit(event: string | symbol, ...args: unknown[]): boolean };
    const emit = proto.emit;
    proto.emit = function (this: unknown, event: string | symbol, ...args: unknown[]): boolean {
      if (event === "request" && args[0]) stampClientIp(args[0] as IncomingLike, trustedProxies);
      return emit.call(this, event, ...args);
    };
  }
}
