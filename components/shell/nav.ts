import type { Rol } from "@/lib/db/generated/enums";

export interface NavItem {
  href: string;
  label: string;
}

/** Navigation per role. Showing a link is a convenience; each page checks access itself. */
export const NAVIGATIE: Record<Rol, NavItem[]> = {
  BEGELEIDER: [
    { href: "/", label: "Mijn inburgeraars" },
    { href: "/agenda", label: "Agenda" },
    { href: "/inburgeraars/nieuw", label: "Aanmelden" },
  ],
  VRIJWILLIGER: [
    { href: "/", label: "Mijn maatjes" },
    { href: "/agenda", label: "Agenda" },
  ],
  TEAMLEIDER: [
    { href: "/", label: "Team" },
    { href: "/inburgeraars", label: "Inburgeraars" },
    { href: "/verlengingen", label: "Verlengingen" },
    { href: "/inburgeraars/nieuw", label: "Aanmelden" },
  ],
  CONSULENT: [{ href: "/", label: "Inburgeraars" }],
  BEHEERDER: [
    { href: "/", label: "Gebruikers" },
    { href: "/beheer/gemeenten", label: "Gemeenten" },
    { href: "/beheer/audit", label: "Auditlog" },
  ],
};

export const ROL_LABELS: Record<Rol, string> = {
  BEGELEIDER: "Begeleider",
  VRIJWILLIGER: "Vrijwilliger",
  TEAMLEIDER: "Teamleider",
  CONSULENT: "Inburgeringsconsulent",
  BEHEERDER: "Beheerder",
};
