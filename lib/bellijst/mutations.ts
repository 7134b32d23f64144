import "server-only";
import { audit } from "@/lib/audit";
import { actieveToewijzing, assertCan, inburgeraarScope, type SessionUser } from "@/lib/authz";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { naarKalenderdatum } from "@/lib/tijd";
import { moetNaarBegeleider, NIET_BEREIKT_GRENS } from "./rules";
import { belpogingSchema } from "./schema";

/**
 * Logs a call from the bellijst. Whatever the outcome, the person is off the
 * list until the next interval. The third "niet bereikt" in a row is raised to
 * the begeleider (their caseload shows it) and the answer says so.
 */
export async function logBelpoging(user: SessionUser, input: unknown, now = new Date()) {
  assertCan(user, "bellijst:bellen");
  const data = belpogingSchema.parse(input);
  return db().$transaction(async (tx) => {
    const persoon = await tx.inburgeraar.findFirst({
      where: { id: data.inburgeraarId, ...inburgeraarScope(user, now) },
      select: {
        id: true,
        voornaam: true,
        toewijzingen: { where: { rol: "BEGELEIDER", ...actieveToewijzing(now) }, select: { gebruiker: { select: { naam: true } } } },
      },
    });
    if (!persoon) throw notFound();
    await tx.belpoging.create({ data: { inburgeraarId: persoon.id, gebruikerId: user.id, op: now, uitkomst: data.uitkomst, notitie: data.notitie } });
    const [pogingen, contact] = await Promise.all([
      tx.belpoging.findMany({ where: { inburgeraarId: persoon.id }, orderBy: { op: "desc" }, take: NIET_BEREIKT_GRENS, select: { uitkomst: true, op: true } }),
      tx.afspraak.findFirst({ where: { inburgeraarId: persoon.id, status: "VOND_PLAATS", start: { lte: now } }, orderBy: { start: "desc" }, select: { start: true } }),
    ]);
    const naarBegeleider =
      data.uitkomst === "NIET_BEREIKT" &&
      moetNaarBegeleider(
        pogingen.map((p) => ({ uitkomst: p.uitkomst, op: naarKalenderdatum(p.op) })),
        contact ? naarKalenderdatum(contact.start) : null,
      );
    await audit(
      {
        actie: "bellijst.gebeld",
        gebruiker: user,
        entiteit: "Inburgeraar",
        entiteitId: persoon.id,
        inburgeraarId: persoon.id,
        details: { uitkomst: data.uitkomst, naarBegeleider },
      },
      tx,
    );
    return { inburgeraarId: persoon.id, voornaam: persoon.voornaam, uitkomst: data.uitkomst, naarBegeleider, begeleider: persoon.toewijzingen[0]?.gebruiker.naam ?? null };
  });
}
