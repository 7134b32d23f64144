import type { Rol } from "@/lib/db/generated/enums";

/** The signed-in user as every policy decision sees it. Loaded per request. */
export interface SessionUser {
  id: string;
  sessieId: string;
  organisatieId: string;
  organisatieNaam: string;
  teamId: string | null;
  rol: Rol;
  naam: string;
  email: string;
  /** Gemeenten a consulent may see; empty for other roles. */
  gemeenteIds: string[];
  moetWachtwoordWijzigen: boolean;
}
