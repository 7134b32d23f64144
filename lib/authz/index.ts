export {
  actieveToewijzing,
  assertCan,
  can,
  eigenAfspraakScope,
  navigatieVoor,
  rollenMet,
  startpaginaVan,
  type NavItem,
  type Startpagina,
  gebruikerScope,
  gemeenteScope,
  inburgeraarScope,
  werktVoor,
  type Permission,
} from "./policy";
export type { SessionUser } from "./user";
export { magTweestapsUitzetten, openStap, tweestapsVerplicht, type SessieStap } from "./sessie-stap";
export {
  DOSSIER_DELEN,
  consulentDeelScope,
  consulentOnderwerpen,
  consulentZichtMet,
  deelScope,
  dossierZicht,
  onderwerpVoorDeel,
  planActieScope,
  planZicht,
  type PlanZicht,
  toestemmingGeldig,
  toestemmingInWerking,
  toestemmingGeldigVoorDezeOrganisatie,
  toestemmingStaat,
  tijdlijnZichtbaarheden,
  toestemmingNodigVoor,
  vandaagAlsDatumkolom,
  verslagScope,
  type DossierDeel,
  type DossierZicht,
  type ToestemmingStaat,
  type ToestemmingVoor,
} from "./zicht";
export { interneOntvangerScope, overdrachtScope, rapportageScope, teOntvangenScope } from "./delen";
export { SIGNAAL_ONTVANGST_SELECT, gedeeldMetConsulentScope, signaalScope, signaalSectiePoort, signaalZicht, type SignaalZicht } from "./signaal";
