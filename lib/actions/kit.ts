import "server-only";
import "@/lib/validatie/zod-nl";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActionUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/authz";
import { auditGeweigerd } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { Revalidatie } from "@/lib/routes";
import { toActionState } from "./errors";
import { formDataToObject, verbodenTekenFouten } from "./form-data";
import { VELDFOUTEN_MELDING, type ActionState } from "./state";

type Input = Record<string, unknown>;
type Succes<Extra extends object> = string | ({ message: string } & Partial<Extra>);

export interface ActionConfig<R, Extra extends object> {
  /** Fields sent zero or more times (checkbox groups, chips): always read as arrays. */
  arrays?: readonly string[];
  /** Custom reading of the form, for forms with nested rows. Replaces `arrays`. */
  read?: (formData: FormData) => Input;
  /** Only the password-change action runs for a session that must still change its password. */
  tijdelijkWachtwoordToegestaan?: boolean;
  /** Only the two-factor actions run for a session at that sign-in step (lib/authz/sessie-stap.ts). */
  stap?: "tweestaps" | "tweestaps-instellen";
  /** The plain lib function: parses, authorizes and writes. Integration tests call it directly. */
  run: (user: SessionUser, input: Input) => Promise<R>;
  /** The confirmation (and extra state, e.g. a password shown once). */
  // NoInfer: a plain string confirmation must not make `string` the extra state.
  success?: Succes<NoInfer<Extra>> | ((result: R, input: Input) => Succes<NoInfer<Extra>>);
  /** Cached pages this change makes stale; paths come from lib/routes. */
  revalidate?: (result: R, input: Input) => Revalidatie[];
  /** Where to go after success; null stays on the page. */
  redirect?: (result: R, input: Input) => string | null | undefined;
  /** Turns a domain error into a richer state (e.g. a link to a duplicate dossier); undefined = default translation. */
  onError?: (error: unknown, input: Input) => ActionState<Extra> | undefined;
  /** Maps an error's field path back to the form's field name (rows that were dropped or reordered). */
  veldNaam?: (path: string, input: Input) => string;
}

/**
 * A refused attempt (no permission, or a record out of reach) goes into the
 * audit trail once, with the record that was asked for.
 */
async function auditWeigering(user: SessionUser, error: unknown, input: Input): Promise<void> {
  if (!(error instanceof AppError) || error.geaudit) return;
  if (error.code !== "GEEN_TOEGANG" && error.code !== "NIET_GEVONDEN") return;
  const gevraagd = [input.inburgeraarId, input.id, input.toewijzingId, input.verlengingId, input.templateId].find((v) => typeof v === "string" && v !== "");
  await auditGeweigerd(user, {
    entiteit: "Actie",
    entiteitId: typeof gevraagd === "string" ? gevraagd : "-",
    reden: error.code === "GEEN_TOEGANG" ? "geen-recht" : "buiten-bereik",
  });
  error.geaudit = true;
}

export type FormAction<Extra extends object = object> = (prev: ActionState<Extra>, formData: FormData) => Promise<ActionState<Extra>>;

/**
 * The one way to write a server action. Every action is a public endpoint, so
 * the kit always: loads the session (refusing one that must still change its
 * password), refuses invisible control characters with a field message, reads
 * the form, runs the plain lib function (which validates with zod, checks the
 * policy and writes in one transaction), translates every error into Dutch in
 * one place, revalidates and redirects.
 *
 *   export const planAfspraakAction = defineAction({
 *     run: planAfspraak,
 *     success: "De afspraak is gepland.",
 *     revalidate: (r) => dossierGewijzigd(r.inburgeraarId),
 *   });
 */
export function defineAction<R, Extra extends object = object>(config: ActionConfig<R, Extra>): FormAction<Extra> {
  return async function action(_prev: ActionState<Extra>, formData: FormData): Promise<ActionState<Extra>> {
    let input: Input = {};
    let user: SessionUser | null = null;
    let bestemming: string | null | undefined;
    let state: ActionState<Extra>;
    try {
      user = await requireActionUser({ tijdelijkWachtwoordToegestaan: config.tijdelijkWachtwoordToegestaan, stap: config.stap });
      if (!(formData instanceof FormData)) return { ok: false, message: "Dit formulier is niet goed verstuurd. Laad de pagina opnieuw." } as ActionState<Extra>;
      const tekenFouten = verbodenTekenFouten(formData);
      if (tekenFouten) return { ok: false, message: VELDFOUTEN_MELDING, errors: tekenFouten } as ActionState<Extra>;
      input = config.read ? config.read(formData) : formDataToObject(formData, config.arrays);
      const result = await config.run(user, input);
      for (const r of config.revalidate?.(result, input) ?? []) revalidatePath(r.path, r.type);
      bestemming = config.redirect?.(result, input);
      const succes = typeof config.success === "function" ? config.success(result, input) : config.success;
      state = { ...(typeof succes === "object" ? succes : { message: succes }), ok: true, stamp: Date.now() } as ActionState<Extra>;
    } catch (error) {
      if (user) await auditWeigering(user, error, input);
      const eigen = config.onError?.(error, input);
      if (eigen) return eigen;
      const vertaald = (await toActionState(error)) as ActionState<Extra>;
      if (vertaald.errors && config.veldNaam) {
        vertaald.errors = Object.fromEntries(Object.entries(vertaald.errors).map(([k, v]) => [config.veldNaam!(k, input), v]));
      }
      return vertaald;
    }
    if (bestemming) redirect(bestemming);
    return state;
  };
}
