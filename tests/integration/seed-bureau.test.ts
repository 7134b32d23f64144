import { beforeAll, describe, expect, it } from "vitest";
import { getBellijst, getNaarBegeleider } from "@/lib/bellijst/queries";
import { getCapaciteit } from "@/lib/capaciteit/queries";
import { db } from "@/lib/db";
import { BUREAU_VRIJWILLIGERS, DEMO_ACCOUNTS } from "@/lib/seed/accounts";
import { seedDemo } from "@/lib/seed/demo";
import { getToewijzingen } from "@/lib/toewijzing/queries";
import { listVrijwilligers } from "@/lib/vrijwilliger/queries";
import { getWachtlijst } from "@/lib/wachtlijst/queries";
import { sessionUser } from "../factories";

const NOW = new Date("2026-03-02T10:00:00Z");

describe("de demo-wereld van de teamleider", () => {
  let teamleider: Awaited<ReturnType<typeof sessionUser>>;
  beforeAll(async () => {
    await seedDemo(db(), { now: NOW });
    const g = await db().gebruiker.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.teamleider.email } });
    teamleider = await sessionUser(g.id);
  }, 180_000);

  it("Farid en Yonas wachten op een opstartbegeleider, Nasrin en Ahmad op een maatje", async () => {
    const lijst = await getWachtlijst(teamleider, {}, NOW);
    const per = Object.fromEntries(lijst.rijen.map((r) => [r.naam, r.redenen]));
    expect(per["Farid Rahimi"]).toEqual(["OPSTART"]);
    expect(per["Yonas Tesfamariam"]).toEqual(["OPSTART"]);
    expect(per["Nasrin Mohammadi"]).toEqual(["MAATJE"]);
    expect(per["Ahmad Karimi"]).toEqual(["MAATJE"]);
  });

  it("voor Nasrin (Farsi) staat Parisa bovenaan met de taal als reden; de gepauzeerde en gestopte vrijwilligers niet", async () => {
    const nasrin = await db().inburgeraar.findFirstOrThrow({ where: { voornaam: "Nasrin", achternaam: "Mohammadi" } });
    const data = await getToewijzingen(teamleider, nasrin.id, NOW);
    expect(data.suggesties[0]).toMatchObject({ naam: BUREAU_VRIJWILLIGERS.parisa.naam });
    expect(data.suggesties[0]!.redenen[0]).toBe("spreekt Farsi (geen tolk nodig)");
    const namen = data.suggesties.map((s) => s.naam);
    expect(namen).not.toContain(BUREAU_VRIJWILLIGERS.mehdi.naam);
    expect(namen).not.toContain(BUREAU_VRIJWILLIGERS.jan.naam);
    expect(namen).not.toContain("Henk Smit");
    expect(data.nietVoorgesteld.map((n) => [n.naam, n.tekst])).toContainEqual([BUREAU_VRIJWILLIGERS.mehdi.naam, "gepauzeerd"]);
  });

  it("Semhar's VOG verloopt binnenkort; Henk heeft er geen", async () => {
    const lijst = await listVrijwilligers(teamleider, { vogAandacht: true }, NOW);
    const vog = Object.fromEntries(lijst.rijen.map((r) => [r.naam, r.vog.status]));
    expect(vog["Semhar Tesfay"]).toBe("VERLOOPT_BINNENKORT");
    expect(vog["Henk Smit"]).toBe("GEEN");
  });

  it("de bellijst heeft mensen om te bellen; Abdirahman is doorgezet naar de begeleider; de verhoudingen hebben fte", async () => {
    const bel = await getBellijst(teamleider, {}, NOW);
    expect(bel.totaal).toBeGreaterThan(0);
    expect(bel.rijen.map((r) => r.naam)).not.toContain("Hamid Noori");
    expect(bel.rijen.find((r) => r.naam === "Tesfaye Gebru")?.nietBereiktOpRij).toBe(2);
    expect((await getNaarBegeleider(teamleider, NOW)).map((r) => r.naam)).toEqual(["Abdirahman Warsame"]);
    const cap = await getCapaciteit(teamleider, {}, NOW);
    expect(cap.organisatie.fte).toBe(2.4);
    expect(cap.organisatie.perFte).not.toBeNull();
  });
});
