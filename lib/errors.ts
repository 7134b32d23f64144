/**
 * One typed error for the whole app. Actions and route handlers turn it into a
 * Dutch message (see lib/actions/result.ts); anything else becomes a generic
 * message plus a server log line with the request id.
 */
export type AppErrorCode = "NIET_INGELOGD" | "WACHTWOORD_WIJZIGEN" | "TWEESTAPS_NODIG" | "NIET_GEVONDEN" | "GEEN_TOEGANG" | "CONFLICT" | "ONGELDIG";

const DEFAULT_MESSAGES: Record<AppErrorCode, string> = {
  NIET_INGELOGD: "Je bent niet (meer) ingelogd. Log opnieuw in.",
  WACHTWOORD_WIJZIGEN: "Kies eerst een eigen wachtwoord. Daarna kun je verder.",
  TWEESTAPS_NODIG: "Maak eerst het inloggen af met de code uit je app. Daarna kun je verder.",
  NIET_GEVONDEN: "Dit bestaat niet, of je hebt er geen toegang toe.",
  GEEN_TOEGANG: "Je hebt geen toegang tot deze actie.",
  CONFLICT: "Iemand anders heeft dit intussen gewijzigd. Laad de pagina opnieuw en probeer het nog eens.",
  ONGELDIG: "Controleer de invoer.",
};

export class AppError extends Error {
  /** Set once the refusal is in the audit trail, so it is written once. */
  geaudit = false;

  constructor(
    readonly code: AppErrorCode,
    message?: string,
  ) {
    super(message ?? DEFAULT_MESSAGES[code]);
    this.name = "AppError";
  }
}

export const notFound = (message?: string) => new AppError("NIET_GEVONDEN", message);
export const forbidden = (message?: string) => new AppError("GEEN_TOEGANG", message);
export const conflict = (message?: string) => new AppError("CONFLICT", message);
