import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_IP_HEADER, clientIpFromHeaders, installClientIpHook, normaliseIp, resolveClientIp } from "@/lib/client-ip";

describe("client-IP uit de socket (resolveClientIp)", () => {
  it("zonder vertrouwde proxy telt alleen het socketadres; X-Forwarded-For van de client wordt genegeerd", () => {
    expect(resolveClientIp({ socketAddress: "203.0.113.7", forwardedFor: "1.2.3.4", trustedProxies: 0 })).toBe("203.0.113.7");
    expect(resolveClientIp({ socketAddress: "203.0.113.7", forwardedFor: "1.2.3.4, 5.6.7.8", trustedProxies: 0 })).toBe("203.0.113.7");
    expect(resolveClientIp({ socketAddress: "203.0.113.7", forwardedFor: null, trustedProxies: 0 })).toBe("203.0.113.7");
  });

  it("achter één proxy telt het adres dat die proxy toevoegde, niet wat de client er vooraan zette", () => {
    // Client sent "1.2.3.4"; our proxy (10.0.0.2) appended the real client 198.51.100.9.
    expect(resolveClientIp({ socketAddress: "10.0.0.2", forwardedFor: "1.2.3.4, 198.51.100.9", trustedProxies: 1 })).toBe("198.51.100.9");
    expect(resolveClientIp({ socketAddress: "10.0.0.2", forwardedFor: ["1.2.3.4", "198.51.100.9"], trustedProxies: 1 })).toBe("198.51.100.9");
  });

  it("achter twee proxies telt het op één na laatste adres", () => {
    expect(resolveClientIp({ socketAddress: "10.0.0.3", forwardedFor: "6.6.6.6, 198.51.100.9, 10.0.0.2", trustedProxies: 2 })).toBe("198.51.100.9");
  });

  it("met minder hops dan vertrouwde proxies telt het meest linkse adres", () => {
    expect(resolveClientIp({ socketAddress: "10.0.0.2", forwardedFor: null, trustedProxies: 1 })).toBe("10.0.0.2");
    expect(resolveClientIp({ socketAddress: "10.0.0.2", forwardedFor: "198.51.100.9", trustedProxies: 3 })).toBe("198.51.100.9");
  });

  it("maakt adressen gelijk (IPv4 in IPv6, poort, hoofdletters) en weigert onzin", () => {
    expect(normaliseIp("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normaliseIp("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normaliseIp("192.0.2.1:8080")).toBe("192.0.2.1");
    expect(normaliseIp("niet-een-ip")).toBeNull();
    expect(resolveClientIp({ socketAddress: "10.0.0.2", forwardedFor: "<script>", trustedProxies: 1 })).toBeNull();
    expect(resolveClientIp({ socketAddress: undefined, forwardedFor: "1.2.3.4", trustedProxies: 0 })).toBeNull();
  });
});

describe("de server-hook stempelt elk verzoek met het adres van de socket", () => {
  let server: http.Server;
  let port: number;

  beforeAll(async () => {
    await installClientIpHook(0);
    // Echoes what the app would conclude from the request headers.
    server = http.createServer((req, res) => {
      res.end(JSON.stringify({ ip: clientIpFromHeaders(new Headers(req.headers as Record<string, string>)) }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  async function vraag(headers: Record<string, string>): Promise<string | null> {
    const res = await fetch(`http://127.0.0.1:${port}/`, { headers });
    return ((await res.json()) as { ip: string | null }).ip;
  }

  it("negeert een meegestuurde X-Forwarded-For, ook als die per verzoek wisselt", async () => {
    expect(await vraag({})).toBe("127.0.0.1");
    for (const nep of ["1.2.3.4", "5.6.7.8, 9.9.9.9", "203.0.113.200"]) {
      expect(await vraag({ "x-forwarded-for": nep, "x-real-ip": nep })).toBe("127.0.0.1");
    }
  });

  it("overschrijft een vervalste interne kop", async () => {
    expect(await vraag({ [CLIENT_IP_HEADER]: "raden 1.2.3.4" })).toBe("127.0.0.1");
  });

  it("gelooft een interne kop zonder het geheime voorvoegsel van dit proces niet", () => {
    expect(clientIpFromHeaders(new Headers({ [CLIENT_IP_HEADER]: "1.2.3.4" }))).toBeNull();
    expect(clientIpFromHeaders(new Headers({ [CLIENT_IP_HEADER]: "00000000-0000-0000-0000-000000000000 1.2.3.4" }))).toBeNull();
    expect(clientIpFromHeaders(new Headers({ "x-forwarded-for": "1.2.3.4" }))).toBeNull();
  });
});
