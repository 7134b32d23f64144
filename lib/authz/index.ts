export { actieveToewijzing, assertCan, can, eigenAfspraakScope, navigatieVoor, startpaginaVan, type NavItem, type Startpagina, gebruikerScope, gemeenteScope, inburgeraarScope, type Permission } from "./policy";
export type { SessionUser } from "./user";
export { DOSSIER_DELEN, deelScope, dossierZicht, toestemmingGeldig, tijdlijnZichtbaarheden, toestemmingNodigVoor, vandaagAlsDatumkolom, verslagScope, type DossierDeel, type DossierZicht } from "./zicht";
