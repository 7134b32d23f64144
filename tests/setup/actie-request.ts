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

const request = { cookie: null as string | null };

export const nextHeaders = {
  cookies: async () => ({
    get: (name: string) => (name === "next-auth.session-token" && request.cookie ? { name, value: request.cookie } : undefined),
  }),
  headers: async () => new Headers({ "x-request-id": "integratietest" }),
};

export const nextCache = { revalidatePath: () => undefined, revalidateTag: () => undefined };

/** The next action runs for this gebruiker (a fresh session), or anonymously with null. */
export async function meldAanAls(gebruikerId: string | null): Promise<void> {
  if (!gebruikerId) {
    request.cookie = null;
    return;
  }
  const sessie = await db().sessie.create({ data: { gebruikerId, verlooptOp: new Date(Date.now() + 3_600_000) } });
  request.cookie = await encode({ token: { sid: sessie.id }, secret: env.NEXTAUTH_SECRET });
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
