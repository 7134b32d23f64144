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
  /** Their names, in the same order (the header shows a consulent as working for the gemeente). */
  gemeenteNamen: string[];
  moetWachtwoordWijzigen: boolean;
  /** The account has an authenticator app (TOTP) set up. */
  tweestapsIngesteld: boolean;
  /** This session passed the second step (code, recovery code, or the identity provider's MFA). */
  tweestapsGedaan: boolean;
}

/** What the session query selects of a gebruiker: exactly what a SessionUser needs. */
export const SESSION_USER_SELECT = {
  id: true,
  naam: true,
  email: true,
  rol: true,
  actief: true,
  teamId: true,
  organisatieId: true,
  moetWachtwoordWijzigen: true,
  tweestapsSinds: true,
  organisatie: { select: { naam: true } },
  gemeenten: { select: { gemeenteId: true, gemeente: { select: { naam: true } } }, orderBy: { gemeente: { naam: "asc" } } },
} as const;

interface GebruikerRij {
  id: string;
  naam: string;
  email: string;
  rol: Rol;
  teamId: string | null;
  organisatieId: string;
  moetWachtwoordWijzigen: boolean;
  tweestapsSinds: Date | null;
  organisatie: { naam: string };
  gemeenten: { gemeenteId: string; gemeente: { naam: string } }[];
}

/**
 * The one place a SessionUser is built. `tweestapsOp`: when this session passed
 * the second step (Sessie.tweestapsOp); null = not (yet).
 */
export function toSessionUser(g: GebruikerRij, sessieId: string, tweestapsOp: Date | null = null): SessionUser {
  return {
    id: g.id,
    sessieId,
    naam: g.naam,
    email: g.email,
    rol: g.rol,
    teamId: g.teamId,
    organisatieId: g.organisatieId,
    organisatieNaam: g.organisatie.naam,
    // Only consulenten are limited to gemeenten; for other roles the list would mean nothing.
    gemeenteIds: g.rol === "CONSULENT" ? g.gemeenten.map((x) => x.gemeenteId) : [],
    gemeenteNamen: g.rol === "CONSULENT" ? g.gemeenten.map((x) => x.gemeente.naam) : [],
    moetWachtwoordWijzigen: g.moetWachtwoordWijzigen,
    tweestapsIngesteld: g.tweestapsSinds !== null,
    tweestapsGedaan: tweestapsOp !== null,
  };
}
