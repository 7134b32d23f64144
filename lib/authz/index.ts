export { actieveToewijzing, assertCan, can, navigatieVoor, startpaginaVan, type NavItem, type Startpagina, gebruikerScope, gemeenteScope, inburgeraarScope, type Permission } from "./policy";
export type { SessionUser } from "./user";
export { DOSSIER_DELEN, deelScope, dossierZicht, planActieScope, planZicht, type PlanZicht, toestemmingGeldig, tijdlijnZichtbaarheden, toestemmingNodigVoor, vandaagAlsDatumkolom, verslagScope, type DossierDeel, type DossierZicht } from "./zicht";
