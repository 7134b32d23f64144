import { describe, expect, it } from "vitest";
import { bevatPatroon, letterlijk, vergelijkNl } from "@/lib/tekst";

describe("zoektekst", () => {
  it("neemt %, _ en \\ letterlijk; de rest blijft zoals hij is", () => {
    expect(letterlijk("100%_zeker\\")).toBe("100\\%\\_zeker\\\\");
    expect(letterlijk("Bergen op Zoom")).toBe("Bergen op Zoom");
    expect(bevatPatroon("a_b")).toBe("%a\\_b%");
  });

  it("sorteert namen op zijn Nederlands", () => {
    expect(["Zwolle", "aalten", "Émmen"].sort(vergelijkNl)).toEqual(["aalten", "Émmen", "Zwolle"]);
  });
});
