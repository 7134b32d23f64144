import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { SESSION_USER_SELECT, toSessionUser } from "@/lib/authz/user";
import { genereerRapportage } from "@/lib/rapportage/genereer";
import { kalenderdatumNaarDate, plusDagen, vandaag as vandaagIn } from "@/lib/tijd";

/**
 * The demo world of issue 9, on top of what DemoSeed wrote: consent in every
 * state (given, expired, withdrawn, withdrawal planned, none), named
 * sociale-kaart recipients, shared voortgangsrapportages, and open as well as
 * acknowledged overdrachten. Runs in the seed's transaction, after its write.
 */
export async function seedDelen(tx: Tx, now: Date): Promise<void> {
  const vandaag = vandaagIn(now);
  const persoon = (voornaam: string, achternaam: string) =>
    tx.inburgeraar.findFirst({ where: { voornaam, achternaam }, select: { id: true, organisatieId: true, gemeenteId: true } });
  const gebruiker = (email: string) => tx.gebruiker.findUniqueOrThrow({ where: { email }, select: { id: true, naam: true, organisatieId: true } });
  const audit = (data: Prisma.AuditLogCreateManyInput[]) => tx.auditLog.createMany({ data });

  // ── how consent was given ──
  await tx.toestemming.updateMany({ where: { wijze: null, toelichting: { contains: "getekend" } }, data: { wijze: "FORMULIER_GETEKEND" } });
  const metTolk = await tx.toestemming.findMany({ where: { wijze: null, inburgeraar: { tolkNodig: true } }, select: { id: true, inburgeraar: { select: { talen: true } } } });
  for (const t of metTolk) await tx.toestemming.update({ where: { id: t.id }, data: { wijze: "MONDELING_MET_TOLK", tolkTaal: t.inburgeraar.talen[0] ?? null } });
  await tx.toestemming.updateMany({ where: { wijze: null }, data: { wijze: "MONDELING" } });

  // ── consent that expired: Omar Al-Amoudi agreed for half a year, and that half year is over ──
  const omar = await persoon("Omar", "Al-Amoudi");
  if (omar) {
    await tx.toestemming.updateMany({ where: { inburgeraarId: omar.id, ontvanger: "CONSULENT_GEMEENTE" }, data: { geldigTot: kalenderdatumNaarDate(plusDagen(vandaag, -10)) } });
  }
  // ── a withdrawal that takes effect in two weeks: Tesfaye Gebru ──
  const tesfaye = await persoon("Tesfaye", "Gebru");
  const dhBegeleider = await gebruiker("begeleider@denhaag.wegwijs.test");
  if (tesfaye) {
    const rijen = await tx.toestemming.findMany({ where: { inburgeraarId: tesfaye.id, ontvanger: "CONSULENT_GEMEENTE", ingetrokkenOp: null }, select: { id: true, onderwerp: true } });
    if (rijen.length) {
      const op = plusDagen(vandaag, 14);
      await tx.toestemming.updateMany({
        where: { id: { in: rijen.map((r) => r.id) } },
        data: { ingetrokkenOp: kalenderdatumNaarDate(op), ingetrokkenDoorId: dhBegeleider.id, intrekReden: "Wil na de zomer zelf contact houden met de gemeente." },
      });
      await audit([
        {
          createdAt: new Date(now.getTime() - 2 * 86_400_000),
          organisatieId: tesfaye.organisatieId,
          gebruikerId: dhBegeleider.id,
          actie: "toestemming.ingetrokken",
          entiteit: "Toestemming",
          entiteitId: rijen[0]!.id,
          inburgeraarId: tesfaye.id,
          details: { onderwerpen: rijen.map((r) => r.onderwerp), ontvanger: "CONSULENT_GEMEENTE", ontvangerNaam: null, ingetrokkenOp: op },
        },
      ]);
    }
  }

  // ── consent to a named organisation of the sociale kaart (for the warme overdracht) ──
  const sociaal = await tx.toestemming.findMany({
    where: { ontvanger: "SOCIAAL_DOMEIN", socialeKaartId: null },
    select: { id: true, inburgeraarId: true, gegevenOp: true, vastgelegdDoorId: true, inburgeraar: { select: { gemeenteId: true, organisatieId: true } } },
  });
  for (const t of sociaal) {
    const org = await tx.socialeKaartOrganisatie.findFirst({ where: { gemeenteId: t.inburgeraar.gemeenteId, naam: { startsWith: "Schuldhulpverlening" } }, select: { id: true, naam: true } });
    if (!org) continue;
    await tx.toestemming.update({ where: { id: t.id }, data: { socialeKaartId: org.id, ontvangerNaam: org.naam } });
    await tx.toestemming.create({
      data: {
        inburgeraarId: t.inburgeraarId,
        onderwerp: "VOORTGANG",
        ontvanger: "SOCIAAL_DOMEIN",
        socialeKaartId: org.id,
        ontvangerNaam: org.naam,
        wijze: "MONDELING",
        gegevenOp: t.gegevenOp,
        vastgelegdDoorId: t.vastgelegdDoorId,
        toelichting: "Voor de warme overdracht naar het sociaal domein.",
        createdAt: new Date(t.gegevenOp.getTime() + 12 * 3_600_000),
      },
    });
  }

  // ── shared voortgangsrapportages: Layla Darwish (two versions) and Samira Osman ──
  const g = await tx.gebruiker.findUniqueOrThrow({ where: { email: "begeleider@denhaag.wegwijs.test" }, select: SESSION_USER_SELECT });
  const sanne = toSessionUser(g, "seed");
  const delen = [
    { voornaam: "Layla", achternaam: "Darwish", dagenGeleden: [62, 4], toelichting: "Gaat goed vooruit; graag meenemen bij de brede intake." },
    { voornaam: "Samira", achternaam: "Osman", dagenGeleden: [9], toelichting: null },
  ];
  for (const d of delen) {
    const p = await persoon(d.voornaam, d.achternaam);
    if (!p) continue;
    for (const [i, dagen] of d.dagenGeleden.entries()) {
      const op = new Date(now.getTime() - dagen * 86_400_000);
      const { inhoud, magDelen } = await genereerRapportage(tx, sanne, p.id, op);
      if (!magDelen) continue;
      const r = await tx.voortgangsrapportage.create({
        data: {
          inburgeraarId: p.id,
          versie: i + 1,
          inhoud: inhoud as unknown as Prisma.InputJsonValue,
          toelichting: i === d.dagenGeleden.length - 1 ? d.toelichting : null,
          gedeeldDoorId: sanne.id,
          gedeeldOp: op,
          aanvraagSleutel: `seed-rapportage-${p.id}-${i + 1}`,
        },
        select: { id: true },
      });
      await audit([
        {
          createdAt: op,
          organisatieId: p.organisatieId,
          gebruikerId: sanne.id,
          actie: "rapportage.gedeeld",
          entiteit: "Voortgangsrapportage",
          entiteitId: r.id,
          inburgeraarId: p.id,
          details: { versie: i + 1, onderdelen: inhoud.onderdelen, metToelichting: Boolean(d.toelichting && i === d.dagenGeleden.length - 1) },
        },
      ]);
    }
  }

  // ── an open intern overdracht: the opstart (Thomas Jansen) hands Mohammed Al-Hassan to Fleur Visser ──
  const mohammed = await persoon("Mohammed", "Al-Hassan");
  const thomas = await gebruiker("regeldag@denhaag.wegwijs.test");
  const fleur = await gebruiker("fleur.visser@denhaag.wegwijs.test");
  if (mohammed) {
    const gisteren = new Date(now.getTime() - 86_400_000);
    await tx.toewijzing.create({ data: { inburgeraarId: mohammed.id, gebruikerId: fleur.id, rol: "BEGELEIDER", vanaf: gisteren, reden: "Vaste begeleider na de opstartfase." } });
    const o = await tx.overdracht.create({
      data: {
        inburgeraarId: mohammed.id,
        type: "INTERN",
        status: "VERSTUURD",
        vanId: thomas.id,
        naarGebruikerId: fleur.id,
        samenvatting:
          "Overdracht van Mohammed: wat je moet weten om verder te gaan.\n\nOpstartfase bijna klaar; budgetbeheer is aangevraagd maar nog niet rond. Spreekt goed Engels, geen tolk nodig. Wil graag snel aan het werk: bespreek de leerroute met de consulent.",
        verstuurdOp: gisteren,
        createdAt: gisteren,
        updatedAt: gisteren,
      },
      select: { id: true },
    });
    await audit([
      { createdAt: gisteren, organisatieId: mohammed.organisatieId, gebruikerId: thomas.id, actie: "overdracht.verstuurd", entiteit: "Overdracht", entiteitId: o.id, inburgeraarId: mohammed.id, details: { type: "INTERN", naar: fleur.naam } },
    ]);
  }
  // Ahmad Karimi has not been asked yet (the consent journey starts there); Khaled Mansour, in afronding,
  // agreed to share his voortgang with the consulent (so the eindoverdracht can go).
  const ahmad = await persoon("Ahmad", "Karimi");
  if (ahmad) await tx.toestemming.deleteMany({ where: { inburgeraarId: ahmad.id } });
  const khaled = await persoon("Khaled", "Mansour");
  if (khaled) {
    const heeft = await tx.toestemming.count({ where: { inburgeraarId: khaled.id, onderwerp: "VOORTGANG", ontvanger: "CONSULENT_GEMEENTE", ingetrokkenOp: null, geldigTot: null } });
    if (!heeft) {
      await tx.toestemming.create({
        data: {
          inburgeraarId: khaled.id,
          onderwerp: "VOORTGANG",
          ontvanger: "CONSULENT_GEMEENTE",
          wijze: "MONDELING",
          gegevenOp: kalenderdatumNaarDate(plusDagen(vandaag, -200)),
          vastgelegdDoorId: sanne.id,
          createdAt: new Date(`${plusDagen(vandaag, -200)}T12:00:00Z`),
        },
      });
    }
  }
  // Hiwet Kidane's opstartfase is done: Sanne de Vries becomes her vaste begeleider (the overdracht is still to be written).
  const hiwet = await persoon("Hiwet", "Kidane");
  if (hiwet) {
    await tx.toewijzing.create({ data: { inburgeraarId: hiwet.id, gebruikerId: sanne.id, rol: "BEGELEIDER", vanaf: new Date(now.getTime() - 86_400_000), reden: "Vaste begeleider na de opstartfase." } });
  }
}
