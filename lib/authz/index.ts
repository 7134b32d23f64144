export { actieveToewijzing, assertCan, can, gebruikerScope, gemeenteScope, inburgeraarScope, type Permission } from "./policy";
export type { SessionUser } from "./user";
