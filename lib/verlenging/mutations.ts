import "server-only";
import { audit } from "@/lib/audit";
import { assertCan, inburgeraarScope, type SessionUser } from "@/lib/authz";
import { db } from "@/lib/db";
import { AppError, conflict, forbidden, notFound } from "@/lib/errors";
import { berekenEinddatum } from "@/lib/inburgeraar/rules";
import { kalenderdatumNaarDate } from "@/lib/tijd";
import { verlengingAanvraagSchema, verlengingBesluitSchema } from "./schema";

export const ZONDER_BRP =
  "De begeleiding is nog niet gestart: er is geen datum van inschrijving in de BRP. Verlengen kan pas als het traject loopt; vul eerst de BRP-datum in.";
export const EIGEN_AANVRAAG = "Over je eigen aanvraag beslist een andere teamleider (vier ogen). Vraag een collega om ernaar te kijken.";

/** A begeleider asks for a verlenging; only one open request per person at a time. */
export async function vraagVerlengingAan(user: SessionUser, inburgeraarId: string, input: unknown): Promise<{ id: string }> {
  assertCan(user, "verlenging:aanvragen");
  const { maanden, reden } = verlengingAanvraagSchema.parse(input);
  return db().$transaction(async (tx) => {
    const inburgeraar = await tx.inburgeraar.findFirst({
      where: { id: inburgeraarId, ...inburgeraarScope(user) },
      select: { id: true, fase: true, brpInschrijvingDatum: true },
    });
    if (!inburgeraar) throw notFound();
    if (inburgeraar.fase === "AFGESLOTEN") throw new AppError("ONGELDIG", "Dit dossier is afgesloten. Je kunt geen verlenging meer aanvragen.");
    if (!inburgeraar.brpInschrijvingDatum) throw new AppError("ONGELDIG", ZONDER_BRP);
    // Lock the dossier row so two requests at the same moment cannot both pass the check below.
    await tx.$executeRaw`SELECT 1 FROM "Inburgeraar" WHERE id = ${inburgeraarId} FOR UPDATE`;
    const open = await tx.verlenging.findFirst({ where: { inburgeraarId, status: "AANGEVRAAGD" }, select: { id: true } });
    if (open) throw new AppError("ONGELDIG", "Er loopt al een aanvraag voor verlenging. Wacht op het besluit van de teamleider.");
    const v = await tx.verlenging.create({
      data: { inburgeraarId, maanden, reden, aangevraagdDoorId: user.id },
      select: { id: true },
    });
    await audit(
      {
        actie: "verlenging.aangevraagd",
        gebruiker: user,
        entiteit: "Verlenging",
        entiteitId: v.id,
        inburgeraarId,
        details: { maanden, reden },
      },
      tx,
    );
    return v;
  });
}

/**
 * A teamleider approves or rejects; approval recomputes the einddatum in the
 * same transaction. Four eyes: nobody decides on a request they made
 * themselves. A trajectory without a BRP date cannot be extended.
 */
export async function beoordeelVerlenging(user: SessionUser, verlengingId: string, input: unknown): Promise<{ inburgeraarId: string }> {
  assertCan(user, "verlenging:beoordelen");
  const { besluit, version, toelichting } = verlengingBesluitSchema.parse(input);
  return db().$transaction(async (tx) => {
    const v = await tx.verlenging.findFirst({
      where: { id: verlengingId, inburgeraar: inburgeraarScope(user) },
      select: {
        id: true,
        inburgeraarId: true,
        maanden: true,
        status: true,
        version: true,
        aangevraagdDoorId: true,
        inburgeraar: { select: { brpInschrijvingDatum: true } },
      },
    });
    if (!v) throw notFound();
    if (v.aangevraagdDoorId === user.id) throw forbidden(EIGEN_AANVRAAG);
    if (besluit === "GOEDGEKEURD" && !v.inburgeraar.brpInschrijvingDatum) throw new AppError("ONGELDIG", ZONDER_BRP);
    if (v.status !== "AANGEVRAAGD" || v.version !== version) throw conflict("Over deze aanvraag is intussen al besloten. Laad de pagina opnieuw.");
    const { count } = await tx.verlenging.updateMany({
      where: { id: v.id, version, status: "AANGEVRAAGD" },
      data: { status: besluit, toelichting, beoordeeldDoorId: user.id, beoordeeldOp: new Date(), version: { increment: 1 } },
    });
    if (count === 0) throw conflict("Over deze aanvraag is intussen al besloten. Laad de pagina opnieuw.");
    let einddatum: string | null = null;
    if (besluit === "GOEDGEKEURD") {
      const dossier = await tx.inburgeraar.findUniqueOrThrow({
        where: { id: v.inburgeraarId },
        select: {
          brpInschrijvingDatum: true,
          gemeente: { select: { looptijdMaanden: true } },
          verlengingen: { where: { status: "GOEDGEKEURD" }, select: { maanden: true } },
        },
      });
      einddatum = berekenEinddatum({
        brpInschrijvingDatum: dossier.brpInschrijvingDatum,
        looptijdMaanden: dossier.gemeente.looptijdMaanden,
        verlengingenMaanden: dossier.verlengingen.map((x) => x.maanden),
      });
      await tx.inburgeraar.update({ where: { id: v.inburgeraarId }, data: { einddatum: einddatum ? kalenderdatumNaarDate(einddatum) : null } });
    }
    const waar = { gebruiker: user, entiteit: "Verlenging", entiteitId: v.id, inburgeraarId: v.inburgeraarId };
    await audit(
      besluit === "GOEDGEKEURD"
        ? { ...waar, actie: "verlenging.goedgekeurd", details: { maanden: v.maanden, einddatum, toelichting: toelichting ?? null } }
        : { ...waar, actie: "verlenging.afgewezen", details: { maanden: v.maanden, toelichting: toelichting ?? null } },
      tx,
    );
    return { inburgeraarId: v.inburgeraarId };
  });
}
