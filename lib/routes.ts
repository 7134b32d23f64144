/**
 * The app's route paths in one place: links, redirects and revalidation use
 * these, so a renamed route is changed once. `revalidate` entries say which
 * cached pages an action makes stale.
 */
export const paden = {
  home: () => "/",
  login: () => "/login",
  wachtwoord: () => "/wachtwoord",
  tweestaps: () => "/tweestaps",
  tweestapsInstellen: () => "/tweestaps/instellen",
  account: () => "/account",
  agenda: () => "/agenda",
  inburgeraars: () => "/inburgeraars",
  nieuweInburgeraar: () => "/inburgeraars/nieuw",
  dossier: (id: string) => `/inburgeraars/${encodeURIComponent(id)}`,
  dossierTab: (id: string, tab: "gegevens" | "opstartfase" | "afspraken" | "toewijzingen" | (string & {})) =>
    `/inburgeraars/${encodeURIComponent(id)}/${tab}`,
  plan: (id: string) => `/inburgeraars/${encodeURIComponent(id)}/plan`,
  meetmoment: (id: string, maand: number) => `/inburgeraars/${encodeURIComponent(id)}/plan/meetmoment/${maand}`,
  planVersies: (id: string) => `/inburgeraars/${encodeURIComponent(id)}/plan/versies`,
  planPdf: (id: string) => `/inburgeraars/${encodeURIComponent(id)}/plan/pdf`,
  /** The AVG inzage (art. 15) of one dossier, as JSON or as a PDF. */
  inzage: (id: string, formaat: "json" | "pdf") => `/inburgeraars/${encodeURIComponent(id)}/inzage/${formaat}`,
  /** The one-screen "Contact vastleggen" form; with an afspraak: logging that planned afspraak. */
  contactVastleggen: (id: string, afspraakId?: string) =>
    `/vastleggen/${encodeURIComponent(id)}${afspraakId ? `?afspraak=${encodeURIComponent(afspraakId)}` : ""}`,
  /** Planning an afspraak on the dossier's Afspraken tab; with an afspraak: changing that one. */
  afspraakPlannen: (id: string, afspraakId?: string) =>
    `/inburgeraars/${encodeURIComponent(id)}/afspraken?${afspraakId ? `wijzig=${encodeURIComponent(afspraakId)}` : "plannen=1"}#plannen`,
  groepscontact: () => "/groepscontact",
  /** One signal: follow-up and the Meldcode (only for who follows signals up). */
  signaal: (id: string) => `/signalen/${encodeURIComponent(id)}`,
  dossierSignalen: (id: string) => `/inburgeraars/${encodeURIComponent(id)}/signalen`,
  verlengingen: () => "/verlengingen",
  toestemmingen: () => "/toestemmingen",
  overdrachten: () => "/overdrachten",
  overdracht: (id: string) => `/overdrachten/${encodeURIComponent(id)}`,
  rapportage: (id: string) => `/rapportages/${encodeURIComponent(id)}`,
  rapportagePdf: (id: string) => `/api/rapportages/${encodeURIComponent(id)}/pdf`,
  overdrachtPdf: (id: string) => `/api/overdrachten/${encodeURIComponent(id)}/pdf`,
  scan: (id: string) => `/api/toestemming-scans/${encodeURIComponent(id)}`,
  beheer: () => "/",
  beheerGemeenten: () => "/beheer/gemeenten",
  beheerGemeente: (id: string) => `/beheer/gemeenten/${encodeURIComponent(id)}`,
  beheerChecklist: (gemeenteId: string) => `/beheer/gemeenten/${encodeURIComponent(gemeenteId)}/checklist`,
  beheerAudit: () => "/beheer/audit",
  beheerBewaartermijn: () => "/beheer/bewaartermijn",
  beheerGebruiker: (id: string) => `/beheer/gebruikers/${encodeURIComponent(id)}`,
  vrijwilligers: () => "/vrijwilligers",
  vrijwilliger: (id: string) => `/vrijwilligers/${encodeURIComponent(id)}`,
  profiel: () => "/profiel",
  wachtlijst: () => "/wachtlijst",
  bellijst: () => "/bellijst",
  capaciteit: () => "/capaciteit",
  capaciteitCsv: () => "/capaciteit/export",
  socialeKaart: () => "/sociale-kaart",
  socialeKaartNieuw: () => "/sociale-kaart/nieuw",
  socialeKaartImport: () => "/sociale-kaart/import",
  socialeKaartOrganisatie: (id: string) => `/sociale-kaart/${encodeURIComponent(id)}`,
  socialeKaartCsv: (gemeenteId?: string) => `/sociale-kaart/export${gemeenteId ? `?gemeente=${encodeURIComponent(gemeenteId)}` : ""}`,
  doorverwijzingen: (id: string) => `/inburgeraars/${encodeURIComponent(id)}/doorverwijzingen`,
  overleggen: () => "/overleggen",
  overlegNieuw: () => "/overleggen/nieuw",
  overleg: (id: string) => `/overleggen/${encodeURIComponent(id)}`,
} as const;

export interface Revalidatie {
  path: string;
  /** "layout": the path and everything below it (all tabs of a dossier). */
  type?: "page" | "layout";
}

/** What changes when a dossier changes: every tab, the caseload and the agenda. */
export function dossierGewijzigd(inburgeraarId: string): Revalidatie[] {
  return [{ path: paden.dossier(inburgeraarId), type: "layout" }, { path: paden.home() }, { path: paden.agenda() }, { path: paden.inburgeraars() }];
}

/** What a group contact changes: each person's dossier, the caseload and the agenda. */
export function dossiersGewijzigd(inburgeraarIds: readonly string[]): Revalidatie[] {
  return [...inburgeraarIds.map((id) => ({ path: paden.dossier(id), type: "layout" as const })), { path: paden.home() }, { path: paden.agenda() }, { path: paden.inburgeraars() }];
}

/** What a signal changes: its page, the dossier, the caseload and the teamleider's start page. */
export function signaalGewijzigd(signaalId: string, inburgeraarId: string): Revalidatie[] {
  return [{ path: paden.signaal(signaalId) }, ...dossierGewijzigd(inburgeraarId)];
}
