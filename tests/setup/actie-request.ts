/**
 * Runs server actions in integration tests the way Next runs them: the session
 * comes from a cookie holding a real next-auth token for a real Sessie row.
 * A test file replaces next/headers and next/cache with these:
 *
 *   vi.mock("next/headers", async () => (await import("../setup/actie-request")).nextHeaders);
 *   vi.mock("next/cache", async () => (await import("../setup/actie-request")).nextCache);
 */
import { encode } from "next-auth/jwt";
import type { ActionState } from "@/lib/actions/state";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

const request = { cookie: null as string | null, gebruikerId: null as string | null, sessieId: null as string | null };

/** Who the next action runs as: the gebruiker and their session (null when anonymous). */
export function huidigeAanmelding(): { gebruikerId: string; sessieId: string } | null {
  return request.gebruikerId && request.sessieId ? { gebruikerId: request.gebruikerId, sessieId: request.sessieId } : null;
}

export const nextHeaders = {
  cookies: async () => ({
    get: (name: string) => (name === "next-auth.session-token" && request.cookie ? { name, value: request.cookie } : undefined),
  }),
  headers: async () => new Headers({ "x-request-id": "integratietest" }),
};

export const nextCache = { revalidatePath: () => undefined, revalidateTag: () => undefined };

/**
 * The next action runs for this gebruiker (a fresh session, signed in completely:
 * the second step passed), or anonymously with null. `tweedeStap: false` leaves
 * a session that has not given its code yet (docs/decisions/014).
 */
export async function meldAanAls(gebruikerId: string | null, opties: { tweedeStap?: boolean } = {}): Promise<void> {
  if (!gebruikerId) {
    request.cookie = null;
    request.gebruikerId = null;
    request.sessieId = null;
    return;
  }
  const tweedeStap = opties.tweedeStap !== false ? { tweestapsOp: new Date(), tweestapsMethode: "TOTP" as const } : {};
  const sessie = await db().sessie.create({ data: { gebruikerId, verlooptOp: new Date(Date.now() + 3_600_000), ...tweedeStap } });
  request.cookie = await encode({ token: { sid: sessie.id }, secret: env.NEXTAUTH_SECRET });
  request.gebruikerId = gebruikerId;
  request.sessieId = sessie.id;
}

export type Invoer = Record<string, string | string[]>;
export type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function naarFormData(invoer: Invoer): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(invoer)) for (const item of Array.isArray(v) ? v : [v]) fd.append(k, item);
  return fd;
}

/** The action's answer; a redirect after success counts as ok. */
export async function voerUit(action: Action, invoer: Invoer): Promise<ActionState> {
  try {
    return await action({ ok: false }, naarFormData(invoer));
  } catch (error) {
    if (error instanceof Error && "digest" in error && String(error.digest).startsWith("NEXT_REDIRECT")) return { ok: true };
    throw error;
  }
}
