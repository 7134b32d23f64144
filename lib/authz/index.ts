export {
  actieveToewijzing,
  assertCan,
  can,
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
export {
  DOSSIER_DELEN,
  consulentZichtMet,
  deelScope,
  dossierZicht,
  onderwerpVoorDeel,
  toestemmingGeldig,
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
