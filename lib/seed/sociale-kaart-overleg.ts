import type { Tx } from "@/lib/db";
import { kalenderdatumNaarDate, plusDagen, vandaag as vandaagIn } from "@/lib/tijd";

/**
 * Demo data for issue 11b (fictional organisations and events): a few more
 * organisations on the sociale kaart of Den Haag, a doorverwijzing of Layla
 * Darwish whose outcome is still unknown (the caseload asks for it), and a
 * casuïstiekoverleg a week ago about Layla Darwish and Ahmad Karimi with an
 * action for their begeleider. Runs after the demo seed, inside its transaction.
 */
export async function seedSocialeKaartEnOverleg(tx: Tx, now: Date): Promise<void> {
  const vandaag = vandaagIn(now);
  const datum = (dagen: number) => kalenderdatumNaarDate(plusDagen(vandaag, dagen));
  const gebruiker = (email: string) => tx.gebruiker.findUnique({ where: { email }, select: { id: true, organisatieId: true } });
  const begeleider = await gebruiker("begeleider@denhaag.wegwijs.test");
  const teamleider = await gebruiker("teamleider@denhaag.wegwijs.test");
  const consulent = await gebruiker("consulent@denhaag.wegwijs.test");
  const denHaag = begeleider ? await tx.gemeente.findFirst({ where: { organisatieId: begeleider.organisatieId, naam: "Den Haag" }, select: { id: true } }) : null;
  if (!begeleider || !teamleider || !consulent || !denHaag) return;
  const org = begeleider.organisatieId;

  await tx.socialeKaartOrganisatie.createMany({
    data: [
      {
        organisatieId: org,
        gemeenteId: denHaag.id,
        naam: "Juridisch Spreekuur Haagse Hout",
        leefgebieden: ["FINANCIEN_ADMINISTRATIE", "WONEN"],
        omschrijving: "Gratis advies over huur, toeslagen en brieven van instanties.",
        adres: "Voorbeeldstraat 12, Den Haag",
        telefoon: "0900 000 0101",
        email: "spreekuur@juridisch-haagse-hout.denhaag.wegwijs.test",
        talen: ["Nederlands", "Engels", "Arabisch"],
        openingstijden: "di 13.00–16.00 (inloop)",
        notities: "Neem de brief mee. Tolk via de telefoon is mogelijk.",
      },
      {
        organisatieId: org,
        gemeenteId: denHaag.id,
        naam: "Vrouwencentrum De Brug",
        leefgebieden: ["SOCIAAL_NETWERK", "PARTICIPATIE", "HUISELIJKE_RELATIES"],
        omschrijving: "Ontmoeting, taalcafé en cursussen voor vrouwen; kinderopvang tijdens de cursus.",
        adres: "Proefplein 3, Den Haag",
        telefoon: "0900 000 0102",
        talen: ["Nederlands", "Arabisch", "Tigrinya", "Somalisch"],
        openingstijden: "ma t/m do 9.30–15.00",
      },
      {
        organisatieId: org,
        gemeenteId: denHaag.id,
        naam: "GGZ Inloop Centrum (voorbeeld)",
        leefgebieden: ["ZORG_GEZONDHEID"],
        omschrijving: "Laagdrempelige inloop bij psychische klachten; verwijzing via de huisarts niet nodig.",
        telefoon: "0900 000 0103",
        talen: ["Nederlands", "Engels", "Dari", "Farsi"],
        openingstijden: "wo en vr 10.00–12.00",
      },
    ],
  });

  const persoon = (voornaam: string, achternaam: string) => tx.inburgeraar.findFirst({ where: { organisatieId: org, voornaam, achternaam }, select: { id: true } });
  const layla = await persoon("Layla", "Darwish");
  const ahmad = await persoon("Ahmad", "Karimi");
  const schuldhulp = await tx.socialeKaartOrganisatie.findFirst({ where: { organisatieId: org, gemeenteId: denHaag.id, naam: "Schuldhulpverlening Den Haag" }, select: { id: true } });
  if (layla && schuldhulp) {
    await tx.doorverwijzing.create({
      data: { inburgeraarId: layla.id, socialeKaartId: schuldhulp.id, datum: datum(-20), reden: "Betalingsachterstand energie en zorgverzekering; samen aangemeld.", vastgelegdDoorId: begeleider.id },
    });
  }
  if (layla && ahmad) {
    await tx.overleg.create({
      data: {
        organisatieId: org,
        titel: "Casuïstiekoverleg Escamp en Laak",
        datum: datum(-7),
        organisatorId: teamleider.id,
        externeDeelnemers: ["Wmo-consulent gemeente Den Haag (voorbeeld)", "Maatschappelijk werker wijkteam (voorbeeld)"],
        deelnemers: { create: [teamleider.id, begeleider.id, consulent.id].map((gebruikerId) => ({ gebruikerId })) },
        agendapunten: {
          create: [
            {
              inburgeraarId: layla.id,
              besluiten: "Schuldhulp loopt; budgetbeheer nog een half jaar aanhouden. Begeleider belt schuldhulp over de stand van zaken.",
              acties: { create: { omschrijving: "Schuldhulp bellen over de stand van zaken", eigenaarId: begeleider.id, deadline: datum(5) } },
            },
            { inburgeraarId: ahmad.id, besluiten: "Taalles en werk combineren lukt niet: gesprek met de consulent over de leerroute." },
          ],
        },
      },
    });
  }
}
