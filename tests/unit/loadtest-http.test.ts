import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { actieBody, actieKlaar, actieResultaat } from "../../scripts/loadtest/http";
import { percentiel } from "../../scripts/loadtest/rapport";

/**
 * The load test posts server actions as React's client does, without a browser
 * (scripts/loadtest/http.ts, docs/decisions/018). These tests hold the
 * hand-made body against React's own encodeReply from the Next.js we ship, so
 * a Next/React upgrade that changes the format fails here, not silently in the
 * load test.
 */
const require_ = createRequire(import.meta.url);
const { encodeReply } = require_("next/dist/compiled/react-server-dom-turbopack/client.browser") as {
  encodeReply(value: unknown): Promise<FormData | string>;
};

async function delen(body: string, contentType: string): Promise<[string, string][]> {
  const fd = await new Response(body, { headers: { "content-type": contentType } }).formData();
  return [...fd.entries()].map(([k, v]) => [k, String(v)]);
}

describe("actieBody", () => {
  it("is what React's encodeReply sends for action(prevState, formData), repeated fields included", async () => {
    const velden = { inburgeraarId: "c123", verslag: "Gesprek over école & ‘huur’\nregel 2", leefgebieden: ["WONEN", "WERK"] };
    const { body, contentType } = actieBody(velden);
    const fd = new FormData();
    fd.append("inburgeraarId", "c123");
    fd.append("verslag", "Gesprek over école & ‘huur’\nregel 2");
    fd.append("leefgebieden", "WONEN");
    fd.append("leefgebieden", "WERK");
    const react = await encodeReply([{ ok: false }, fd]);
    expect(react).toBeInstanceOf(FormData);
    const verwacht = [...(react as FormData).entries()].map(([k, v]) => [k, String(v)]);
    expect(await delen(body, contentType)).toEqual(verwacht);
  });
});

describe("actieResultaat en actieKlaar", () => {
  // The shape of a real answer (logAfspraakAction, revalidated page re-rendered after row 0).
  const antwoord = (state: object) =>
    [
      '0:{"a":"$@1","q":"","i":false,"t":{"t":{"s":"","h":16}},"p":false}',
      `1:${JSON.stringify(state)}`,
      '2:["$","form",null,{"children":"$L3","data-state":{"ok":false}}]',
    ].join("\n");

  it("reads the action's own row, not an ok:false elsewhere in the re-rendered page", () => {
    const body = antwoord({ message: "Het contact is vastgelegd.", ok: true, stamp: 1 });
    expect(actieResultaat(body)).toBe('{"message":"Het contact is vastgelegd.","ok":true,"stamp":1}');
    expect(actieKlaar(200, body)).toBeNull();
  });

  it("names a refusal with its Dutch message, and anything that is not an action answer", () => {
    expect(actieKlaar(200, antwoord({ ok: false, message: "Iemand anders heeft dit onderdeel intussen gewijzigd." }))).toBe(
      "geweigerd: Iemand anders heeft dit onderdeel intussen gewijzigd.",
    );
    expect(actieKlaar(200, "<!DOCTYPE html><html>inloggen</html>")).toBe("geen actieresultaat");
    expect(actieKlaar(303, "")).toBe("HTTP 303");
  });
});

describe("percentiel", () => {
  it("is the nearest-rank percentile", () => {
    const s = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([percentiel(s, 50), percentiel(s, 95), percentiel(s, 99), percentiel(s, 100)]).toEqual([50, 95, 99, 100]);
    expect(percentiel([7], 95)).toBe(7);
    expect(percentiel([], 50)).toBeNaN();
  });
});
