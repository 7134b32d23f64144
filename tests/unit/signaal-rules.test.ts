import { describe, expect, it } from "vitest";
import { afsluitenFout, afwegingConclusie, besluitFouten, delenFout, isMeldcodeCategorie, stapFout, statusOvergangFout, urgentsteEerst, volgendeStap, type MeldcodeStand } from "@/lib/signaal/rules";

const t = new Date("2026-03-03T10:00:00Z");
const stand = (tot: number, extra: Partial<MeldcodeStand> = {}): MeldcodeStand => ({
  stap1Op: tot >= 1 ? t : null,
  stap2Op: tot >= 2 ? t : null,
  stap3Op: tot >= 3 ? t : null,
  stap4Op: tot >= 4 ? t : null,
  stap5Op: tot >= 5 ? t : null,
  conclusie: tot >= 4 ? "MELDEN" : null,
  gemeld: false,
  ...extra,
});

describe("signaalregels", () => {
  it("huiselijk geweld en kindermishandeling vallen onder de Meldcode, de rest niet", () => {
    expect(isMeldcodeCategorie("HUISELIJK_GEWELD")).toBe(true);
    expect(isMeldcodeCategorie("KINDERMISHANDELING")).toBe(true);
    expect(isMeldcodeCategorie("SCHULDEN")).toBe(false);
  });

  it("meest urgent eerst, daarbinnen de oudste", () => {
    const a = { id: "a", ernst: "LAAG" as const, createdAt: new Date("2026-01-01") };
    const b = { id: "b", ernst: "ACUUT" as const, createdAt: new Date("2026-02-01") };
    const c = { id: "c", ernst: "ACUUT" as const, createdAt: new Date("2026-01-15") };
    expect(urgentsteEerst([a, b, c]).map((x) => x.id)).toEqual(["c", "b", "a"]);
  });

  it("statusovergangen: open → opgepakt → doorverwezen → afgesloten", () => {
    expect(statusOvergangFout("OPEN", "OPGEPAKT")).toBeNull();
    expect(statusOvergangFout("OPEN", "AFGESLOTEN")).toMatch(/eerst op/);
    expect(statusOvergangFout("OPGEPAKT", "DOORVERWEZEN")).toBeNull();
    expect(statusOvergangFout("OPGEPAKT", "AFGESLOTEN")).toBeNull();
    expect(statusOvergangFout("DOORVERWEZEN", "AFGESLOTEN")).toBeNull();
    expect(statusOvergangFout("AFGESLOTEN", "OPGEPAKT")).toMatch(/al afgesloten/);
  });

  it("de stappen gaan op volgorde; na stap 4 liggen 1 tot en met 4 vast; stap 5 één keer", () => {
    expect(volgendeStap(null)).toBe(1);
    expect(stapFout(null, 2)).toMatch(/stap 1/);
    expect(stapFout(stand(1), 2)).toBeNull();
    expect(stapFout(stand(3), 1)).toBeNull();
    expect(stapFout(stand(4), 4)).toMatch(/liggen daarom vast/);
    expect(stapFout(stand(4), 2)).toMatch(/liggen daarom vast/);
    expect(stapFout(stand(4), 5)).toBeNull();
    expect(stapFout(stand(5), 5)).toMatch(/al vastgelegd/);
    expect(volgendeStap(stand(5))).toBeNull();
  });

  it("het afwegingskader: geen vermoeden, onveiligheid, hulp niet mogelijk of niet aanvaard, of hulp is genoeg", () => {
    expect(afwegingConclusie(["nee", "ja", "ja", "ja", "ja"])).toBe("GEEN_VERMOEDEN");
    expect(afwegingConclusie(["ja", "ja", "ja", "ja", "ja"])).toBe("MELDEN");
    expect(afwegingConclusie(["ja", "nee", "nee", "ja", "ja"])).toBe("MELDEN");
    expect(afwegingConclusie(["ja", "nee", "ja", "nee", "ja"])).toBe("MELDEN");
    expect(afwegingConclusie(["ja", "nee", "ja", "ja", "nee"])).toBe("MELDEN");
    expect(afwegingConclusie(["ja", "nee", "ja", "ja", "ja"])).toBe("HULP_BIEDEN");
    expect(() => afwegingConclusie(["ja"])).toThrow();
  });

  it("een verplichte melding hoort bij het besluit; zonder besluit geen afsluiten", () => {
    expect(besluitFouten("MELDEN", { hulpGeorganiseerd: true, gemeld: false })).toHaveProperty("gemeld");
    expect(besluitFouten("HULP_BIEDEN", { hulpGeorganiseerd: false, gemeld: false })).toHaveProperty("besluit");
    expect(besluitFouten("HULP_BIEDEN", { hulpGeorganiseerd: true, gemeld: false })).toEqual({});
    expect(afsluitenFout({ meldcode: false }, null)).toBeNull();
    expect(afsluitenFout({ meldcode: true }, stand(3))).toMatch(/stap 4/);
    expect(afsluitenFout({ meldcode: true }, stand(4))).toMatch(/Melden is verplicht/);
    expect(afsluitenFout({ meldcode: true }, stand(4, { conclusie: "GEEN_VERMOEDEN" }))).toBeNull();
    expect(afsluitenFout({ meldcode: true }, stand(5))).toBeNull();
  });

  it("delen: met geldige toestemming, of op veiligheidsgrond bij een Meldcode-afweging 'melden'", () => {
    expect(delenFout("TOESTEMMING", { toestemmingGeldig: true, meldcode: false, conclusie: null })).toBeNull();
    expect(delenFout("TOESTEMMING", { toestemmingGeldig: false, meldcode: true, conclusie: "MELDEN" })).toMatch(/geen geldige toestemming/);
    expect(delenFout("VEILIGHEID", { toestemmingGeldig: false, meldcode: true, conclusie: "MELDEN" })).toBeNull();
    expect(delenFout("VEILIGHEID", { toestemmingGeldig: false, meldcode: true, conclusie: "HULP_BIEDEN" })).toMatch(/alleen/);
    expect(delenFout("VEILIGHEID", { toestemmingGeldig: true, meldcode: false, conclusie: null })).toMatch(/alleen/);
  });
});
