import "server-only";
import { assertCan, inburgeraarScope, type SessionUser } from "@/lib/authz";
import { db } from "@/lib/db";

/** Open requests for verlenging the teamleider may decide on, oldest first. */
export async function listOpenVerlengingen(user: SessionUser) {
  assertCan(user, "verlenging:beoordelen");
  const rows = await db().verlenging.findMany({
    where: { status: "AANGEVRAAGD", inburgeraar: inburgeraarScope(user) },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      maanden: true,
      reden: true,
      version: true,
      createdAt: true,
      aangevraagdDoorId: true,
      aangevraagdDoor: { select: { naam: true } },
      inburgeraar: {
        select: { id: true, voornaam: true, achternaam: true, einddatum: true, brpInschrijvingDatum: true, gemeente: { select: { naam: true } } },
      },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    maanden: r.maanden,
    reden: r.reden,
    version: r.version,
    aangevraagdOp: r.createdAt,
    aangevraagdDoor: r.aangevraagdDoor.naam,
    /** Four eyes: the user asked for this one and may not decide on it. */
    isEigenAanvraag: r.aangevraagdDoorId === user.id,
    heeftBrpDatum: r.inburgeraar.brpInschrijvingDatum !== null,
    inburgeraar: {
      id: r.inburgeraar.id,
      naam: `${r.inburgeraar.voornaam} ${r.inburgeraar.achternaam}`,
      gemeente: r.inburgeraar.gemeente.naam,
      einddatum: r.inburgeraar.einddatum,
    },
  }));
}
