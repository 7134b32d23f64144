import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/log/logger";

/** What every form action returns to its form (useActionState). */
export type ActionState = {
  ok: boolean;
  message?: string;
  errors?: Record<string, string[] | undefined>;
  /** Bumped on success so forms can reset. */
  stamp?: number;
};

export const initialActionState: ActionState = { ok: false };

/**
 * The one place that turns errors into Dutch messages. Known errors keep their
 * message; anything unexpected is logged with an id and the user gets a
 * generic message with that id (never internal error text).
 */
export function toActionState(error: unknown): ActionState {
  if (error instanceof AppError) return { ok: false, message: error.message };
  if (error instanceof z.ZodError) {
    return { ok: false, message: "Controleer de gemarkeerde velden.", errors: z.flattenError(error).fieldErrors as ActionState["errors"] };
  }
  const code = (error as { code?: string } | null)?.code;
  if (code === "P2025") return { ok: false, message: new AppError("NIET_GEVONDEN").message };
  if (code === "P2002") return { ok: false, message: "Dit bestaat al." };
  // Let Next.js redirects and notFound() through.
  if (error instanceof Error && "digest" in error && typeof error.digest === "string" && error.digest.startsWith("NEXT_")) {
    throw error;
  }
  const errorId = randomUUID().slice(0, 8);
  logger.error({ err: error, errorId }, "onverwachte fout in actie");
  return { ok: false, message: `Er ging iets mis aan onze kant (foutcode ${errorId}). Probeer het opnieuw.` };
}

/** Parse form data with a zod schema; field errors come back as an ActionState. */
export function parseForm<S extends z.ZodType>(
  schema: S,
  input: unknown,
): { data: z.output<S>; state?: undefined } | { data?: undefined; state: ActionState } {
  const result = schema.safeParse(input);
  if (result.success) return { data: result.data };
  return {
    state: {
      ok: false,
      message: "Controleer de gemarkeerde velden.",
      errors: z.flattenError(result.error).fieldErrors as ActionState["errors"],
    },
  };
}

export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key).map((v) => (typeof v === "string" ? v : ""));
    out[key] = values.length > 1 || key.endsWith("[]") ? values : values[0];
  }
  return out;
}
