/**
 * What every form action returns to its form (useActionState). Safe to import
 * from client components: types and constants only.
 */
export type FieldErrors = Record<string, string[] | undefined>;

export type ActionState<Extra extends object = object> = {
  ok: boolean;
  message?: string;
  /** Field errors keyed by the field's name ("huishouden.0.voornaam" for nested rows). */
  errors?: FieldErrors;
  /** Bumped on success so forms can reset and move the confirmation into view. */
  stamp?: number;
} & Partial<Extra>;

export const initialActionState: ActionState = { ok: false };

/** The message above a form whose fields have errors. */
export const VELDFOUTEN_MELDING = "Controleer de gemarkeerde velden.";
