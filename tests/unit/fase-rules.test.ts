import { describe, expect, it } from "vitest";
import { beoordeelFaseWijziging, faseActiesVanuit, FASE_ACTIES } from "@/lib/inburgeraar/fase-rules";

const basis = { checklist: [], heeftEindgesprek: false };

describe("fase-overgangen", () => {
  it("kent per fase precies de volgende stap", () => {
    expect(faseActiesVanuit("AANGEMELD")).toEqual(["START_OPSTARTFASE"]);
    expect(faseActiesVanuit("OPSTARTFASE")).toEqual(["SLUIT_OPSTARTFASE"]);
    expect(faseActiesVanuit("BEGELEIDINGSFASE")).toEqual(["START_AFRONDING"]);
    expect(faseActiesVanuit("AFRONDING")).toEqual(["AFSLUITEN"]);
    expect(faseActiesVanuit("AFGESLOTEN")).toEqual([]);
    expect(FASE_ACTIES.SLUIT_OPSTARTFASE.naar).toBe("BEGELEIDINGSFASE");
  });

  it("weigert een stap vanuit de verkeerde fase", () => {
    expect(beoordeelFaseWijziging("START_AFRONDING", { ...basis, fase: "AANGEMELD" }).mag).toBe(false);
    expect(beoordeelFaseWijziging("START_OPSTARTFASE", { ...basis, fase: "OPSTARTFASE" }).mag).toBe(false);
    expect(beoordeelFaseWijziging("START_OPSTARTFASE", { ...basis, fase: "AANGEMELD" })).toEqual({ mag: true, naar: "OPSTARTFASE", metReden: false });
  });

  it("sluit de opstartfase af als alle verplichte punten geregeld of n.v.t. zijn", () => {
    const checklist = [
      { verplicht: true, status: "GEREGELD" as const },
      { verplicht: true, status: "NVT" as const },
      { verplicht: false, status: "OPEN" as const },
    ];
    expect(beoordeelFaseWijziging("SLUIT_OPSTARTFASE", { ...basis, fase: "OPSTARTFASE", checklist })).toEqual({
      mag: true,
      naar: "BEGELEIDINGSFASE",
      metReden: false,
    });
  });

  it("vraagt een reden als er nog verplichte punten open staan", () => {
    const checklist = [
      { verplicht: true, status: "OPEN" as const },
      { verplicht: true, status: "BEZIG" as const },
    ];
    const zonder = beoordeelFaseWijziging("SLUIT_OPSTARTFASE", { ...basis, fase: "OPSTARTFASE", checklist });
    expect(zonder).toMatchObject({ mag: false, veld: "reden" });
    if (!zonder.mag) expect(zonder.reden).toContain("2 verplichte punten");
    expect(beoordeelFaseWijziging("SLUIT_OPSTARTFASE", { ...basis, fase: "OPSTARTFASE", checklist, reden: "   " }).mag).toBe(false);
    expect(beoordeelFaseWijziging("SLUIT_OPSTARTFASE", { ...basis, fase: "OPSTARTFASE", checklist, reden: "Verhuisd" })).toEqual({
      mag: true,
      naar: "BEGELEIDINGSFASE",
      metReden: true,
    });
  });

  it("sluit een dossier pas af na een eindgesprek", () => {
    expect(beoordeelFaseWijziging("AFSLUITEN", { ...basis, fase: "AFRONDING" }).mag).toBe(false);
    expect(beoordeelFaseWijziging("AFSLUITEN", { ...basis, fase: "AFRONDING", heeftEindgesprek: true })).toEqual({
      mag: true,
      naar: "AFGESLOTEN",
      metReden: false,
    });
  });
});
