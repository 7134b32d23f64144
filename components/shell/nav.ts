import type { Rol } from "@/lib/db/generated/enums";

export type { NavItem } from "@/lib/authz";

export const ROL_LABELS: Record<Rol, string> = {
  BEGELEIDER: "Begeleider",
  VRIJWILLIGER: "Vrijwilliger",
  TEAMLEIDER: "Teamleider",
  CONSULENT: "Inburgeringsconsulent",
  BEHEERDER: "Beheerder",
};
