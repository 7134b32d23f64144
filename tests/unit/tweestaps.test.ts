import { describe, expect, it } from "vitest";
import { idpDeedMfa } from "@/lib/auth/idp-mfa";
import { openStap, tweestapsVerplicht } from "@/lib/authz/sessie-stap";
import { apparaatNaam } from "@/lib/sessie/apparaat";
import { codeVoorMoment, nieuweHerstelcodes, nieuwGeheim, normaliseerHerstelcode, soortCode, stapVanCode } from "@/lib/tweestaps/totp";

const basis = { moetWachtwoordWijzigen: false, tweestapsIngesteld: false, tweestapsGedaan: false };

describe("de stap van een sessie", () => {
  it("eist de tweede stap van begeleider, teamleider, consulent en beheerder; niet van een vrijwilliger", () => {
    expect((["BEGELEIDER", "TEAMLEIDER", "CONSULENT", "BEHEERDER", "VRIJWILLIGER"] as const).map((rol) => tweestapsVerplicht({ rol }))).toEqual([true, true, true, true, false]);
    expect(openStap({ ...basis, rol: "BEGELEIDER" })).toBe("tweestaps-instellen");
    expect(openStap({ ...basis, rol: "VRIJWILLIGER" })).toBe("klaar");
  });

  it("vraagt eerst de code, dan een nieuw wachtwoord, dan het instellen", () => {
    expect(openStap({ ...basis, rol: "BEGELEIDER", tweestapsIngesteld: true, moetWachtwoordWijzigen: true })).toBe("tweestaps");
    expect(openStap({ ...basis, rol: "BEGELEIDER", moetWachtwoordWijzigen: true })).toBe("wachtwoord");
    expect(openStap({ ...basis, rol: "BEGELEIDER", tweestapsIngesteld: true, tweestapsGedaan: true, moetWachtwoordWijzigen: true })).toBe("wachtwoord");
    expect(openStap({ ...basis, rol: "VRIJWILLIGER", tweestapsIngesteld: true })).toBe("tweestaps");
    // The identity provider's MFA: no own app needed.
    expect(openStap({ ...basis, rol: "CONSULENT", tweestapsGedaan: true })).toBe("klaar");
  });
});

describe("TOTP en herstelcodes", () => {
  it("accepteert de code van nu en van één stap ervoor of erna, en geeft de stap terug", () => {
    const geheim = nieuwGeheim();
    const nu = new Date("2026-03-03T10:00:10Z");
    const stap = Math.floor(nu.getTime() / 30_000);
    expect(stapVanCode(geheim, codeVoorMoment(geheim, nu), nu)).toBe(stap);
    expect(stapVanCode(geheim, codeVoorMoment(geheim, new Date(nu.getTime() + 30_000)), nu)).toBe(stap + 1);
    expect(stapVanCode(geheim, codeVoorMoment(geheim, new Date(nu.getTime() - 30_000)), nu)).toBe(stap - 1);
    expect(stapVanCode(geheim, codeVoorMoment(geheim, new Date(nu.getTime() - 90_000)), nu)).toBeNull();
    expect(stapVanCode(geheim, "12345", nu)).toBeNull();
  });

  it("maakt tien verschillende herstelcodes zonder verwarrende tekens en herkent ze getypt met hoofdletters of spaties", () => {
    const codes = nieuweHerstelcodes();
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[a-hjkmnp-z2-9]{5}-[a-hjkmnp-z2-9]{5}$/);
    expect(normaliseerHerstelcode(` ${codes[0]!.toUpperCase().replace("-", " ")} `)).toBe(codes[0]!.replace("-", ""));
    expect(soortCode("123 456")).toBe("totp");
    expect(soortCode(codes[1]!)).toBe("herstelcode");
    expect(soortCode("<script>")).toBeNull();
  });
});

describe("MFA van de identity provider", () => {
  it("telt amr mfa/otp/hwk en een acr die MFA eist; anders niet", () => {
    expect(idpDeedMfa({ amr: ["pwd", "mfa"] })).toBe(true);
    expect(idpDeedMfa({ amr: ["otp"] })).toBe(true);
    expect(idpDeedMfa({ amr: ["HWK"] })).toBe(true);
    expect(idpDeedMfa({ acr: "http://eidas.europa.eu/LoA/substantial" })).toBe(true);
    expect(idpDeedMfa({ acr: "urn:etoegang:core:assurance-class:loa3" })).toBe(true);
    expect(idpDeedMfa({ acr: "http://schemas.openid.net/pape/policies/2007/06/multi-factor" })).toBe(true);
    expect(idpDeedMfa({ amr: ["pwd"] })).toBe(false);
    expect(idpDeedMfa({ acr: "urn:etoegang:core:assurance-class:loa2" })).toBe(false);
    expect(idpDeedMfa({ amr: "mfa" })).toBe(false);
    expect(idpDeedMfa(null)).toBe(false);
  });
});

describe("apparaat in gewone woorden", () => {
  it("noemt browser en systeem", () => {
    expect(apparaatNaam("Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/120 Mobile Safari/537.36")).toBe("Chrome op Android");
    expect(apparaatNaam("Mozilla/5.0 (Windows NT 10.0; Win64) Gecko/20100101 Firefox/121.0")).toBe("Firefox op Windows");
    expect(apparaatNaam(null)).toBe("Onbekend apparaat");
  });
});
