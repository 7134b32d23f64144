import "server-only";
import { actieveToewijzing, assertCan, inburgeraarScope, type SessionUser } from "@/lib/authz";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import type { Fase } from "@/lib/db/generated/enums";
import { notFound } from "@/lib/errors";

export interface InburgeraarRij {
  id: string;
  naam: string;
  fase: Fase;
  gemeente: string;
  begeleider: string | null;
  maatje: string | null;
}

/** Everyone the user may see, with the people assigned to them. */
export async function listInburgeraars(user: SessionUser, options: { fase?: Fase } = {}): Promise<InburgeraarRij[]> {
  assertCan(user, "inburgeraar:lezen");
  const now = new Date();
  const rows = await db().inburgeraar.findMany({
    where: { ...inburgeraarScope(user, now), ...(options.fase ? { fase: options.fase } : {}) },
    orderBy: [{ achternaam: "asc" }, { voornaam: "asc" }],
    select: {
      id: true,
      voornaam: true,
      achternaam: true,
      fase: true,
      gemeente: { select: { naam: true } },
      toewijzingen: { where: actieveToewijzing(now), select: { rol: true, gebruiker: { select: { naam: true } } } },
    },
  });
  // Consulenten see only name, gemeente and fase here; more comes with consent.
  const showTeam = user.rol !== "CONSULENT";
  return rows.map((r) => ({
    id: r.id,
    naam: `${r.voornaam} ${r.achternaam}`,
    fase: r.fase,
    gemeente: r.gemeente.naam,
    begeleider: showTeam ? (r.toewijzingen.find((t) => t.rol !== "MAATJE")?.gebruiker.naam ?? null) : null,
    maatje: showTeam ? (r.toewijzingen.find((t) => t.rol === "MAATJE")?.gebruiker.naam ?? null) : null,
  }));
}

/**
 * Loads one dossier's header, scoped: a record outside the user's reach is
 * "not found", never "forbidden", so ids of other organisations reveal nothing.
 * Every view is recorded in the audit trail.
 */
export async function getInburgeraar(user: SessionUser, id: string) {
  assertCan(user, "inburgeraar:lezen");
  const now = new Date();
  const row = await db().inburgeraar.findFirst({
    where: { id, ...inburgeraarScope(user, now) },
    select: {
      id: true,
      voornaam: true,
      achternaam: true,
      fase: true,
      organisatieId: true,
      gemeente: { select: { id: true, naam: true, looptijdMaanden: true, contactNormDagen: true } },
    },
  });
  if (!row) throw notFound();
  await audit({ actie: "inburgeraar.bekeken", gebruiker: user, entiteit: "Inburgeraar", entiteitId: id, inburgeraarId: id });
  return row;
}
