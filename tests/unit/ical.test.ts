import { describe, expect, it } from "vitest";
import { bouwIcal, escapeTekst, icalTijd, vouwRegel } from "@/lib/agenda/ical";

const nu = new Date("2026-03-01T08:00:00Z");

describe("iCalendar", () => {
  it("schrijft een geldige kalender met CRLF-regeleinden en de verplichte velden", () => {
    const ics = bouwIcal({
      naam: "Wegwijs – mijn afspraken",
      nu,
      events: [
        {
          uid: "abc@wegwijs",
          start: new Date("2026-03-29T08:00:00Z"),
          eind: new Date("2026-03-29T09:00:00Z"),
          summary: "Huisbezoek: Amina H.",
        },
      ],
    });
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const regels = ics.split("\r\n");
    expect(regels.slice(0, 5)).toEqual(["BEGIN:VCALENDAR", "PRODID:-//Wegwijs//Agenda//NL", "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]);
    expect(regels).toContain("X-WR-CALNAME:Wegwijs – mijn afspraken");
    expect(regels).toContain("BEGIN:VEVENT");
    expect(regels).toContain("UID:abc@wegwijs");
    expect(regels).toContain("DTSTAMP:20260301T080000Z");
    expect(regels).toContain("DTSTART:20260329T080000Z");
    expect(regels).toContain("DTEND:20260329T090000Z");
    expect(regels).toContain("SUMMARY:Huisbezoek: Amina H.");
    // The feed leaves Wegwijs: no free-text location (a home address) or description, ever.
    expect(regels.filter((r) => /^(LOCATION|DESCRIPTION)[:;]/.test(r))).toEqual([]);
    expect(regels.at(-2)).toBe("END:VCALENDAR");
  });

  it("schrijft een lege kalender zonder events", () => {
    const ics = bouwIcal({ naam: "Leeg", nu, events: [] });
    expect(ics).not.toContain("VEVENT");
    expect(ics).toContain("END:VCALENDAR\r\n");
  });

  it("escapet komma, puntkomma, backslash en regeleinden", () => {
    expect(escapeTekst("a,b;c\\d\ne\r\nf")).toBe("a\\,b\\;c\\\\d\\ne\\nf");
  });

  it("schrijft tijden in UTC met Z", () => {
    expect(icalTijd(new Date("2026-10-25T01:30:00.123Z"))).toBe("20261025T013000Z");
  });

  it("vouwt regels op 75 octetten zonder een UTF-8-teken te splitsen", () => {
    const lang = `SUMMARY:${"é".repeat(80)}`;
    const gevouwen = vouwRegel(lang);
    const delen = gevouwen.split("\r\n");
    expect(delen.length).toBeGreaterThan(1);
    const encoder = new TextEncoder();
    for (const deel of delen) expect(encoder.encode(deel).length).toBeLessThanOrEqual(75);
    for (const deel of delen.slice(1)) expect(deel.startsWith(" ")).toBe(true);
    // Unfolding gives back the original line.
    expect(gevouwen.replace(/\r\n /g, "")).toBe(lang);
    expect(vouwRegel("KORT:ok")).toBe("KORT:ok");
  });
});
