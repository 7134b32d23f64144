import type { Rol, ToewijzingRol } from "@/lib/db/generated/enums";

/** Which kind of user can take which assignment. */
export function magRolKrijgen(gebruikerRol: Rol, rol: ToewijzingRol): boolean {
  if (rol === "MAATJE") return gebruikerRol === "VRIJWILLIGER";
  return gebruikerRol === "BEGELEIDER" || gebruikerRol === "TEAMLEIDER";
}

/** A volunteer is full when their active maatjes reach what they said they can take. */
export function isVol(aantalMaatjes: number, maxMaatjes: number | null | undefined): boolean {
  return maxMaatjes !== null && maxMaatjes !== undefined && aantalMaatjes >= maxMaatjes;
}
