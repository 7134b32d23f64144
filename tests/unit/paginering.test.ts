import { describe, expect, it, vi } from "vitest";

const { redirect } = vi.hoisted(() => ({
  redirect: vi.fn((url: string) => {
    throw new Error(`NEXT_REDIRECT ${url}`);
  }),
}));
vi.mock("next/navigation", () => ({ redirect }));

import { naarEerstePaginaAlsLeeg, paginaHref } from "@/components/ui/paginering";

describe("paginaHref", () => {
  it("houdt de filters, laat lege weg en noemt pagina 1 niet", () => {
    expect(paginaHref("/wachtlijst", { reden: "MAATJE", gemeente: undefined }, 1)).toBe("/wachtlijst?reden=MAATJE");
    expect(paginaHref("/wachtlijst", { reden: "MAATJE", gemeente: "" }, 3)).toBe("/wachtlijst?reden=MAATJE&pagina=3");
    expect(paginaHref("/bellijst", {}, 1)).toBe("/bellijst");
    expect(paginaHref("/", { zoek: "de Vries & zn" }, 2)).toBe("/?zoek=de+Vries+%26+zn&pagina=2");
  });
});

describe("naarEerstePaginaAlsLeeg", () => {
  it("stuurt een lege pagina na de eerste naar pagina 1, met dezelfde filters", () => {
    expect(() => naarEerstePaginaAlsLeeg(0, 4, "/inburgeraars", { fase: "OPSTARTFASE" })).toThrow("NEXT_REDIRECT /inburgeraars?fase=OPSTARTFASE");
  });

  it("laat de eerste pagina en een pagina met rijen staan", () => {
    redirect.mockClear();
    naarEerstePaginaAlsLeeg(0, 1, "/wachtlijst", {});
    naarEerstePaginaAlsLeeg(3, 4, "/wachtlijst", {});
    expect(redirect).not.toHaveBeenCalled();
  });
});
