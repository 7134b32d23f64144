import type { AuditActieNaam } from "./acties";

/**
 * The kinds a beheerder can filter the trail on, in plain words. `acties` is
 * the exact list of event names (no prefix match: "checklist" is not
 * "checklist-template").
 */
export const AUDIT_SOORTEN = [
  { waarde: "bekeken", label: "Dossier bekeken", acties: ["inburgeraar.bekeken"] },
  { waarde: "geweigerd", label: "Toegang geweigerd", acties: ["toegang.geweigerd"] },
  { waarde: "dossier", label: "Dossier aangemeld of gewijzigd", acties: ["inburgeraar.aangemeld", "inburgeraar.gegevens-gewijzigd", "inburgeraar.fase-gewijzigd"] },
  { waarde: "afspraken", label: "Afspraken", acties: ["afspraak.gepland", "afspraak.gewijzigd", "afspraak.gelogd"] },
  { waarde: "checklist", label: "Checklist", acties: ["checklist.gewijzigd"] },
  {
    waarde: "plan",
    label: "Begeleidingsplan en meetmomenten",
    acties: [
      "plan.leefgebied-gewijzigd",
      "plan.focus-gekozen",
      "plan.doel-toegevoegd",
      "plan.doel-gewijzigd",
      "plan.actie-toegevoegd",
      "plan.actie-afgerond",
      "plan.meetmoment-vastgelegd",
      "plan.akkoord",
      "plan.pdf-gedownload",
    ],
  },
  { waarde: "toewijzingen", label: "Toewijzingen", acties: ["toewijzing.gemaakt", "toewijzing.beeindigd", "inburgeraar.maatje-gewenst"] },
  { waarde: "bellijst", label: "Bellijst", acties: ["bellijst.gebeld"] },
  { waarde: "capaciteit", label: "Capaciteit gedownload", acties: ["capaciteit.geexporteerd"] },
  { waarde: "avg", label: "AVG: inzage en bewaartermijn", acties: ["avg.inzage-gemaakt", "avg.geanonimiseerd", "avg.bewaartermijn-gewijzigd"] },
  { waarde: "toestemmingen", label: "Toestemmingen", acties: ["toestemming.vastgelegd", "toestemming.ingetrokken", "toestemming.scan-bekeken"] },
  { waarde: "inburgering", label: "Inburgeringsdatums", acties: ["inburgering.datums-vastgelegd"] },
  { waarde: "rapportages", label: "Voortgangsrapportages", acties: ["rapportage.gedeeld", "rapportage.bekeken"] },
  { waarde: "overdrachten", label: "Overdrachten", acties: ["overdracht.verstuurd", "overdracht.ontvangen"] },
  {
    waarde: "signalen",
    label: "Signalen en Meldcode",
    acties: ["signaal.gemeld", "signaal.opgepakt", "signaal.actie-vastgelegd", "signaal.status-gewijzigd", "signaal.gedeeld", "meldcode.stap-vastgelegd"],
  },
  { waarde: "verlengingen", label: "Verlengingen", acties: ["verlenging.aangevraagd", "verlenging.goedgekeurd", "verlenging.afgewezen"] },
  {
    waarde: "inloggen",
    label: "Inloggen en uitloggen",
    acties: [
      "login.gelukt",
      "login.mislukt",
      "login.geblokkeerd",
      "login.geblokkeerd-ip",
      "login.uitgeschakeld",
      "logout",
      "tweestaps.gelukt",
      "tweestaps.mislukt",
      "tweestaps.geblokkeerd",
      "sessie.beeindigd",
      "sessie.overal-uitgelogd",
    ],
  },
  {
    waarde: "accounts",
    label: "Accounts",
    acties: [
      "gebruiker.aangemaakt",
      "gebruiker.gewijzigd",
      "vrijwilliger.profiel-gewijzigd",
      "gebruiker.aanmaken-geweigerd",
      "gebruiker.geactiveerd",
      "gebruiker.uitgeschakeld",
      "gebruiker.wachtwoord-gereset",
      "gebruiker.wachtwoord-gewijzigd",
      "gebruiker.wachtwoord-wijzigen-mislukt",
      "gebruiker.wachtwoord-wijzigen-geblokkeerd",
      "gebruiker.tweestaps-gereset",
      "tweestaps.ingesteld",
      "tweestaps.uitgezet",
      "tweestaps.herstelcodes-vernieuwd",
    ],
  },
  { waarde: "agenda", label: "Agenda-links", acties: ["agenda.token-gemaakt", "agenda.token-vervangen", "agenda.token-ingetrokken"] },
  { waarde: "gemeente", label: "Gemeente-instellingen", acties: ["gemeente.instellingen-gewijzigd"] },
  { waarde: "sessies", label: "Sessie-instellingen", acties: ["organisatie.sessies-gewijzigd"] },
  {
    waarde: "sociale-kaart",
    label: "Sociale kaart",
    acties: ["sociale-kaart.toegevoegd", "sociale-kaart.gewijzigd", "sociale-kaart.geimporteerd", "sociale-kaart.geexporteerd"],
  },
  { waarde: "doorverwijzingen", label: "Doorverwijzingen", acties: ["doorverwijzing.vastgelegd", "doorverwijzing.uitkomst"] },
  { waarde: "overleggen", label: "Casuïstiekoverleg", acties: ["overleg.aangemaakt", "overleg.besproken", "overleg.actie-afgerond"] },
  {
    waarde: "sjablonen",
    label: "Checklist-sjablonen",
    acties: ["checklist-template.gewijzigd", "checklist-template.item-toegevoegd", "checklist-template.item-gedeactiveerd"],
  },
] as const satisfies readonly { waarde: string; label: string; acties: readonly AuditActieNaam[] }[];

export type AuditSoort = (typeof AUDIT_SOORTEN)[number]["waarde"];
