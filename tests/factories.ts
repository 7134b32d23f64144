/**
 * Small factories for integration tests: each call makes fresh, unique rows in
 * the per-file test database. Every name is obviously fictional.
 */
import { SESSION_USER_SELECT, toSessionUser } from "@/lib/authz/user";
import { randomUUID } from "node:crypto";
import type { SessionUser } from "@/lib/authz";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import type { Fase, Rol, ToewijzingRol, Verblijfsvergunning } from "@/lib/db/generated/enums";

const uniek = () => randomUUID().slice(0, 8);

export async function maakOrganisatie(naam = `Testorganisatie ${uniek()}`) {
  const organisatie = await db().organisatie.create({ data: { naam } });
  const gemeente = await db().gemeente.create({
    data: { organisatieId: organisatie.id, naam: `Testgemeente ${uniek()}`, looptijdMaanden: 12, contactNormDagen: 21 },
  });
  return { organisatie, gemeente };
}

export async function maakGebruiker(
  organisatieId: string,
  rol: Rol,
  options: {
    gemeenteIds?: string[];
    wachtwoordHash?: string;
    actief?: boolean;
    /** Volunteers: profile fields; by default Arabisch, a VOG from a year ago, two places. */
    profiel?: Partial<Prisma.VrijwilligerProfielCreateWithoutGebruikerInput>;
    fte?: number;
    teamId?: string;
  } = {},
) {
  return db().gebruiker.create({
    data: {
      organisatieId,
      rol,
      naam: `Test ${rol.toLowerCase()} ${uniek()}`,
      email: `${rol.toLowerCase()}-${uniek()}@test.wegwijs.test`,
      wachtwoordHash: options.wachtwoordHash ?? null,
      actief: options.actief ?? true,
      fte: options.fte ?? null,
      teamId: options.teamId ?? null,
      gemeenten: { create: (options.gemeenteIds ?? []).map((gemeenteId) => ({ gemeenteId })) },
      ...(rol === "VRIJWILLIGER"
        ? { vrijwilligerProfiel: { create: { talen: ["Arabisch"], vogDatum: new Date(Date.now() - 365 * 86_400_000), ...options.profiel } } }
        : {}),
    },
  });
}

/** The SessionUser the app would build for this gebruiker (built by lib/authz/user.ts, as for a real session). */
export async function sessionUser(gebruikerId: string): Promise<SessionUser> {
  const g = await db().gebruiker.findUniqueOrThrow({ where: { id: gebruikerId }, select: SESSION_USER_SELECT });
  const sessie = await db().sessie.create({ data: { gebruikerId, verlooptOp: new Date(Date.now() + 3_600_000) } });
  return toSessionUser(g, sessie.id);
}

export async function maakInburgeraar(
  organisatieId: string,
  gemeenteId: string,
  options: {
    fase?: Fase;
    verblijfsvergunning?: Verblijfsvergunning;
    brpInschrijvingDatum?: string;
    talen?: string[];
    tolkNodig?: boolean;
    tolkTaal?: string;
    maatjeGewenstSinds?: Date;
    createdAt?: Date;
    faseSinds?: Date;
  } = {},
) {
  return db().inburgeraar.create({
    data: {
      organisatieId,
      gemeenteId,
      voornaam: "Testpersoon",
      achternaam: `Fictief-${uniek()}`,
      geboortedatum: new Date("1990-05-17T00:00:00Z"),
      fase: options.fase ?? "OPSTARTFASE",
      verblijfsvergunning: options.verblijfsvergunning ?? "ASIEL_BEPAALDE_TIJD",
      brpInschrijvingDatum: options.brpInschrijvingDatum ? new Date(`${options.brpInschrijvingDatum}T00:00:00Z`) : null,
      talen: options.talen ?? [],
      tolkNodig: options.tolkNodig ?? false,
      tolkTaal: options.tolkTaal ?? null,
      maatjeGewenstSinds: options.maatjeGewenstSinds ?? null,
      ...(options.createdAt ? { createdAt: options.createdAt } : {}),
      ...(options.faseSinds ? { faseSinds: options.faseSinds } : {}),
      isTestdata: true,
    },
  });
}

export async function wijsToe(inburgeraarId: string, gebruikerId: string, rol: ToewijzingRol, periode: { vanaf?: Date; tot?: Date } = {}) {
  return db().toewijzing.create({ data: { inburgeraarId, gebruikerId, rol, ...periode } });
}

/**
 * A ready-made world: organisation A with a begeleider, volunteer, teamleider,
 * consulent and beheerder and one assigned inburgeraar; organisation B with
 * its own begeleider and inburgeraar. For authorization tests.
 */
export async function maakTweeOrganisaties() {
  const a = await maakOrganisatie();
  const b = await maakOrganisatie();
  const [begeleider, vrijwilliger, teamleider, consulent, beheerder, begeleiderB] = await Promise.all([
    maakGebruiker(a.organisatie.id, "BEGELEIDER"),
    maakGebruiker(a.organisatie.id, "VRIJWILLIGER"),
    maakGebruiker(a.organisatie.id, "TEAMLEIDER"),
    maakGebruiker(a.organisatie.id, "CONSULENT", { gemeenteIds: [a.gemeente.id] }),
    maakGebruiker(a.organisatie.id, "BEHEERDER"),
    maakGebruiker(b.organisatie.id, "BEGELEIDER"),
  ]);
  const inburgeraarA = await maakInburgeraar(a.organisatie.id, a.gemeente.id, { brpInschrijvingDatum: "2026-06-01" });
  const nietToegewezenA = await maakInburgeraar(a.organisatie.id, a.gemeente.id);
  const inburgeraarB = await maakInburgeraar(b.organisatie.id, b.gemeente.id);
  await wijsToe(inburgeraarA.id, begeleider.id, "BEGELEIDER");
  await wijsToe(inburgeraarA.id, vrijwilliger.id, "MAATJE");
  await wijsToe(inburgeraarB.id, begeleiderB.id, "BEGELEIDER");
  return {
    a,
    b,
    gebruikers: { begeleider, vrijwilliger, teamleider, consulent, beheerder, begeleiderB },
    inburgeraarA,
    nietToegewezenA,
    inburgeraarB,
  };
}

/** maakTweeOrganisaties with the session users of its begeleider, vrijwilliger and the other organisation's begeleider. */
export async function maakTweeOrganisatiesMetSessies() {
  const w = await maakTweeOrganisaties();
  const [begeleider, vrijwilliger, begeleiderB] = await Promise.all([
    sessionUser(w.gebruikers.begeleider.id),
    sessionUser(w.gebruikers.vrijwilliger.id),
    sessionUser(w.gebruikers.begeleiderB.id),
  ]);
  return { ...w, begeleider, vrijwilliger, begeleiderB };
}
