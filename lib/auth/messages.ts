/** Dutch messages for sign-in failures; shared by the server and the login form. */
export const SIGN_IN_MESSAGES: Record<string, string> = {
  ONGELDIG: "Vul je e-mailadres en wachtwoord in.",
  ONJUIST: "Het e-mailadres of wachtwoord klopt niet.",
  GEBLOKKEERD:
    "Te veel mislukte pogingen voor dit account. Wacht een kwartier en probeer het dan opnieuw, of vraag de beheerder om hulp.",
  TE_VEEL_POGINGEN_IP: "Te veel mislukte pogingen vanaf dit apparaat. Wacht een kwartier en probeer het dan opnieuw.",
  CODE_ONJUIST: "De code klopt niet. Gebruik de nieuwste code uit je app, of een herstelcode.",
  UITGESCHAKELD: "Je account is uitgeschakeld. Neem contact op met de beheerder van je organisatie.",
  GEEN_ACCOUNT: "Er is geen actief Wegwijs-account voor deze inlog. Vraag de beheerder om een account.",
  VERLOPEN: "Je was een tijd niet actief en bent daarom uitgelogd. Log opnieuw in.",
  AccessDenied: "Er is geen actief Wegwijs-account voor deze inlog. Vraag de beheerder om een account.",
  Default: "Inloggen lukt nu niet. Probeer het later opnieuw.",
};

export function signInMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  return SIGN_IN_MESSAGES[code] ?? SIGN_IN_MESSAGES.Default!;
}
