import "server-only";
import "@/lib/validatie/zod-nl";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/log/logger";
import { getRequestContext } from "@/lib/request-context";
import { VELDFOUTEN_MELDING, type ActionState, type FieldErrors } from "./state";

/** Field errors keyed by their full path ("huishouden.0.voornaam"), so nested rows get their message too. */
export function veldFouten(error: z.ZodError): FieldErrors {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

/** Next.js signals redirect() and notFound() by throwing; those must pass through. */
export function isNextSignal(error: unknown): boolean {
  return error instanceof Error && "digest" in error && typeof error.digest === "string" && error.digest.startsWith("NEXT_");
}

/**
 * The one place that turns errors into Dutch messages. Known errors keep their
 * message; anything unexpected is logged with the request id and the user gets
 * a generic message with that id (never internal error text).
 */
export async function toActionState(error: unknown): Promise<ActionState> {
  if (isNextSignal(error)) throw error;
  if (error instanceof AppError) return { ok: false, message: error.message };
  if (error instanceof z.ZodError) return { ok: false, message: VELDFOUTEN_MELDING, errors: veldFouten(error) };
  const code = (error as { code?: string } | null)?.code;
  if (code === "P2025") return { ok: false, message: new AppError("NIET_GEVONDEN").message };
  if (code === "P2002") return { ok: false, message: "Dit bestaat al." };
  const { requestId } = await getRequestContext();
  const foutcode = requestId.slice(0, 8);
  logger.error({ err: error, requestId }, "onverwachte fout in actie");
  return { ok: false, message: `Er ging iets mis aan onze kant (foutcode ${foutcode}). Probeer het opnieuw.` };
}
