import "server-only";
import { audit } from "@/lib/audit";
import { assertCan, can, gebruikerScope, gemeenteScope, type SessionUser } from "@/lib/authz";
import { encryptBsn, hashBsn } from "@/lib/crypto/bsn";
import { db } from "@/lib/db";
import { kalenderdatumNaarDate } from "@/lib/tijd";
import { weigerDubbelDossier } from "./duplicates";
import { persoonsKolommen } from "./persoon-kolommen";
import { berekenEinddatum, bepaalRechtOpBegeleiding } from "./rules";
import { aanmeldSchema } from "./schema";
import { veldFout } from "./veld-fout";

/** Registers an inburgeraar with household, toewijzing and einddatum, after a duplicate check; one transaction. */
export async function aanmeldInburgeraar(user: SessionUser, input: unknown): Promise<{ id: string }> {
  assertCan(user, "inburgeraar:aanmelden");
  const d = aanmeldSchema.parse(input);
  const recht = bepaalRechtOpBegeleiding(d.verblijfsvergunning);

  return db().$transaction(async (tx) => {
    // Serialise registrations per organisation so two people cannot register the same person at once.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`aanmelden:${user.organisatieId}`}))`;

    const gemeente = await tx.gemeente.findFirst({
      where: { id: d.gemeenteId, ...gemeenteScope(user) },
      select: { id: true, naam: true, looptijdMaanden: true },
    });
    if (!gemeente) throw veldFout(["gemeenteId"], "Kies een gemeente uit de lijst.");

    let begeleiderId: string | null = null;
    // Who may not assign others (a begeleider) guides the person they register.
    if (!can(user, "toewijzing:beheren")) begeleiderId = user.id;
    else if (d.begeleiderId) {
      const b = await tx.gebruiker.findFirst({
        where: { id: d.begeleiderId, ...gebruikerScope(user), rol: { in: ["BEGELEIDER", "TEAMLEIDER"] }, actief: true },
        select: { id: true },
      });
      if (!b) throw veldFout(["begeleiderId"], "Kies een begeleider uit de lijst.");
      begeleiderId = b.id;
    }

    const geboortedatum = kalenderdatumNaarDate(d.geboortedatum);
    const bsnHash = d.bsn ? hashBsn(d.bsn) : null;
    await weigerDubbelDossier(tx, user, {
      bsnHash,
      vNummer: d.vNummer,
      geboortedatum,
      voornaam: d.voornaam,
      achternaam: d.achternaam,
    });

    const einddatum = berekenEinddatum({ brpInschrijvingDatum: d.brpInschrijvingDatum, looptijdMaanden: gemeente.looptijdMaanden });
    const datumOfNull = (v: string | null) => (v ? kalenderdatumNaarDate(v) : null);
    const rij = await tx.inburgeraar.create({
      data: {
        organisatieId: user.organisatieId,
        gemeenteId: gemeente.id,
        ...persoonsKolommen(d, recht.wettelijkRecht),
        bsnVersleuteld: d.bsn ? encryptBsn(d.bsn) : null,
        bsnHash,
        koppelingDatum: datumOfNull(d.koppelingDatum),
        woningtoewijzingDatum: datumOfNull(d.woningtoewijzingDatum),
        brpInschrijvingDatum: datumOfNull(d.brpInschrijvingDatum),
        uitkeringStartDatum: datumOfNull(d.uitkeringStartDatum),
        einddatum: datumOfNull(einddatum),
        aangemaaktDoorId: user.id,
        huishouden: {
          create: d.huishouden.map((lid) => ({
            voornaam: lid.voornaam,
            geboortedatum: datumOfNull(lid.geboortedatum),
            relatie: lid.relatie,
            isNareiziger: lid.isNareiziger,
          })),
        },
        ...(begeleiderId
          ? { toewijzingen: { create: { gebruikerId: begeleiderId, rol: "BEGELEIDER", toegewezenDoorId: user.id } } }
          : {}),
      },
      select: { id: true },
    });
    await audit(
      {
        actie: "inburgeraar.aangemeld",
        gebruiker: user,
        entiteit: "Inburgeraar",
        entiteitId: rij.id,
        inburgeraarId: rij.id,
        details: {
          gemeente: gemeente.naam,
          einddatum,
          wettelijkRecht: recht.wettelijkRecht,
          huishoudleden: d.huishouden.length,
          begeleiderId,
        },
      },
      tx,
    );
    return rij;
  });
}
