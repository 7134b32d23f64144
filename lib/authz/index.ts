export { actieveToewijzing, assertCan, can, dossierOnderdeelScope, gebruikerScope, gemeenteScope, inburgeraarScope, type Permission } from "./policy";
export type { SessionUser } from "./user";
export { DOSSIER_DELEN, deelScope, dossierZicht, toestemmingGeldig, toestemmingNodigVoor, vandaagAlsDatumkolom, verslagScope, type DossierDeel, type DossierZicht } from "./zicht";
