export { actieveToewijzing, assertCan, can, dossierOnderdeelScope, gebruikerScope, gemeenteScope, inburgeraarScope, type Permission } from "./policy";
export type { SessionUser } from "./user";
