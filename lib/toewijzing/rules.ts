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

/** A VOG is expected for work with vulnerable people; one older than three years is worth renewing. */
export function vogStatus(vogDatum: string | null, vandaag: string): "GEEN" | "OUD" | "OK" {
  if (!vogDatum) return "GEEN";
  const [y, m, d] = vogDatum.split("-").map(Number) as [number, number, number];
  const drieJaarLater = `${y + 3}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return drieJaarLater < vandaag ? "OUD" : "OK";
}
