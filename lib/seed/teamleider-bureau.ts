import "server-only";
import type { Tx } from "@/lib/db/client";
import { formatKalenderdatum, kalenderdatumNaarDate, plusDagen, plusMaanden, vandaag as vandaagIn } from "@/lib/tijd";
import { BUREAU_VRIJWILLIGERS, DEMO_ORGANISATIE } from "./accounts";

/**
 * The teamleider's desk in the demo world (issue 10), added after the main
 * story is written, in the same transaction. Deterministic: everything is
 * found by name and dated relative to `now`.
 * - fte for paid begeleiders, gemeenten for volunteers;
 * - Den Haag volunteers with Dari/Farsi, Tigrinya and Arabisch; one paused, one
 *   stopped, one whose VOG expires within 60 days (Semhar), one without (Henk);
 * - who wants a maatje: Nasrin (Farsi) and Ahmad (Dari) wait for one; everyone
 *   with a maatje wanted one since it started;
 * - bellijst calls: Hamid was reached, Tesfaye twice not reached, Abdirahman
 *   three times (raised to his begeleider). Farid and Yonas wait for an opstart
 *   person (they have nobody yet).
 */

const FTE: Record<string, number> = {
  "begeleider@denhaag.wegwijs.test": 0.8,
  "regeldag@denhaag.wegwijs.test": 1,
  "fleur.visser@denhaag.wegwijs.test": 0.6,
};

export async function seedTeamleiderBureau(tx: Tx, now: Date, wachtwoordHash: string): Promise<void> {
  const vandaag = vandaagIn(now);
  const dag = (n: number) => kalenderdatumNaarDate(plusDagen(vandaag, n));
  const moment = (n: number, uur = 10) => new Date(dag(n).getTime() + uur * 3_600_000);

  // Updates go through SQL so updatedAt keeps the story's dates (seed test: nothing dated when the seed ran).
  // fte: Den Haag as above, other organisations' begeleiders 0.8.
  for (const b of await tx.gebruiker.findMany({ where: { rol: "BEGELEIDER" }, select: { id: true, email: true } })) {
    await tx.$executeRaw`UPDATE "Gebruiker" SET fte = ${FTE[b.email] ?? 0.8} WHERE id = ${b.id}`;
  }
  // Begeleiders, teamleiders and volunteers work in their organisation's (first) gemeente: matching and the ratios per gemeente use it.
  const gemeenten = await tx.gemeente.findMany({ orderBy: { naam: "asc" }, select: { id: true, naam: true, organisatieId: true } });
  for (const v of await tx.gebruiker.findMany({
    where: { rol: { in: ["BEGELEIDER", "TEAMLEIDER", "VRIJWILLIGER"] }, gemeenten: { none: {} } },
    select: { id: true, organisatieId: true },
  })) {
    const g = gemeenten.find((x) => x.organisatieId === v.organisatieId);
    if (g) await tx.gebruikerGemeente.create({ data: { gebruikerId: v.id, gemeenteId: g.id } });
  }

  const org = await tx.organisatie.findUniqueOrThrow({ where: { naam: DEMO_ORGANISATIE }, select: { id: true } });
  const denHaag = gemeenten.find((g) => g.organisatieId === org.id && g.naam === "Den Haag")!;
  const team = await tx.team.findFirstOrThrow({ where: { organisatieId: org.id, naam: "Team Escamp en Laak" }, select: { id: true } });
  const nieuw = async (
    v: { naam: string; email: string },
    profiel: { talen: string[]; taken: ("MAATJE" | "TOLK" | "KANTOOR")[]; maxMaatjes: number; vogDagenGeleden: number | null; status?: "ACTIEF" | "GEPAUZEERD" | "GESTOPT"; statusReden?: string; voorkeur?: "ALLEENSTAANDE_OUDER" | "OUDERE" | "JONGERE"; beschikbaarheid: string },
  ) => {
    const g = await tx.gebruiker.create({
      data: {
        organisatieId: org.id,
        teamId: team.id,
        naam: v.naam,
        email: v.email,
        rol: "VRIJWILLIGER",
        wachtwoordHash,
        createdAt: moment(-300),
        updatedAt: moment(-21),
        gemeenten: { create: [{ gemeenteId: denHaag.id }] },
        vrijwilligerProfiel: {
          create: {
            talen: profiel.talen,
            taken: profiel.taken,
            maxMaatjes: profiel.maxMaatjes,
            urenPerWeek: 4,
            vogDatum: profiel.vogDagenGeleden === null ? null : dag(-profiel.vogDagenGeleden),
            trainingAfgerondOp: dag(-200),
            training: "Basistraining maatje",
            beschikbaarheid: profiel.beschikbaarheid,
            voorkeurDoelgroepen: profiel.voorkeur ? [profiel.voorkeur] : [],
            status: profiel.status ?? "ACTIEF",
            statusSinds: profiel.status && profiel.status !== "ACTIEF" ? dag(-21) : null,
            statusReden: profiel.statusReden ?? null,
            updatedAt: moment(-21),
          },
        },
      },
      select: { id: true },
    });
    return g.id;
  };
  await nieuw(BUREAU_VRIJWILLIGERS.parisa, {
    talen: ["Dari", "Farsi", "Nederlands"],
    taken: ["MAATJE", "TOLK"],
    maxMaatjes: 2,
    vogDagenGeleden: 300,
    voorkeur: "ALLEENSTAANDE_OUDER",
    beschikbaarheid: "Maandag- en woensdagmiddag",
  });
  await nieuw(BUREAU_VRIJWILLIGERS.mehdi, {
    talen: ["Farsi", "Dari", "Engels"],
    taken: ["MAATJE"],
    maxMaatjes: 2,
    vogDagenGeleden: 500,
    status: "GEPAUZEERD",
    statusReden: `Tot ${formatKalenderdatum(plusMaanden(vandaag, 2))} op reis`,
    beschikbaarheid: "Zaterdag",
  });
  await nieuw(BUREAU_VRIJWILLIGERS.jan, {
    talen: ["Nederlands", "Arabisch"],
    taken: ["MAATJE", "KANTOOR"],
    maxMaatjes: 1,
    vogDagenGeleden: 900,
    status: "GESTOPT",
    statusReden: "Verhuisd naar Utrecht",
    beschikbaarheid: "—",
  });
  // Semhar's VOG expires in 30 days (issued three years ago, less 30 days): the teamleider is warned.
  const semhar = await tx.gebruiker.findUniqueOrThrow({ where: { email: "semhar.tesfay@denhaag.wegwijs.test" }, select: { id: true } });
  await tx.$executeRaw`UPDATE "VrijwilligerProfiel" SET "vogDatum" = ${kalenderdatumNaarDate(plusDagen(plusMaanden(vandaag, -36), 30))}::date,
    "voorkeurDoelgroepen" = ARRAY['NAREIZIGER']::"Doelgroep"[] WHERE "gebruikerId" = ${semhar.id}`;

  // Wishes for a maatje: everyone with one wanted one since it started; Nasrin and Ahmad are waiting.
  await tx.$executeRaw`UPDATE "Inburgeraar" i SET "maatjeGewenstSinds" = m.vanaf
    FROM (SELECT "inburgeraarId", min(vanaf) AS vanaf FROM "Toewijzing" WHERE rol = 'MAATJE' GROUP BY "inburgeraarId") m WHERE i.id = m."inburgeraarId"`;
  const persoon = (voornaam: string, achternaam: string) =>
    tx.inburgeraar.findFirstOrThrow({ where: { organisatieId: org.id, voornaam, achternaam }, select: { id: true } });
  await tx.$executeRaw`UPDATE "Inburgeraar" SET "maatjeGewenstSinds" = ${moment(-45)} WHERE id = ${(await persoon("Nasrin", "Mohammadi")).id}`;
  await tx.$executeRaw`UPDATE "Inburgeraar" SET "maatjeGewenstSinds" = ${moment(-20)} WHERE id = ${(await persoon("Ahmad", "Karimi")).id}`;

  // The bellijst in use.
  const teamleider = await tx.gebruiker.findFirstOrThrow({ where: { organisatieId: org.id, rol: "TEAMLEIDER" }, select: { id: true } });
  const bel = async (voornaam: string, achternaam: string, pogingen: [number, "BEREIKT" | "NIET_BEREIKT" | "VERVOLG_NODIG", string?][]) => {
    const { id } = await persoon(voornaam, achternaam);
    await tx.belpoging.createMany({
      data: pogingen.map(([dagen, uitkomst, notitie]) => ({ inburgeraarId: id, gebruikerId: teamleider.id, op: moment(-dagen, 11), uitkomst, notitie: notitie ?? null })),
    });
  };
  await bel("Hamid", "Noori", [[20, "BEREIKT", "Gaat goed; zoekt een taalmaatje voor de zaterdag."]]);
  await bel("Tesfaye", "Gebru", [
    [185, "NIET_BEREIKT"],
    [95, "NIET_BEREIKT", "Voicemail ingesproken."],
  ]);
  await bel("Abdirahman", "Warsame", [
    [200, "NIET_BEREIKT"],
    [110, "NIET_BEREIKT"],
    [15, "NIET_BEREIKT", "Nummer lijkt niet meer in gebruik."],
  ]);
}
