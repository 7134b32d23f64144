/**
 * A minimal iCalendar (RFC 5545) writer for the personal agenda feed. Pure:
 * no I/O, no clock (the caller passes `nu`). Times are written in UTC with a
 * trailing Z, so no VTIMEZONE is needed and every calendar app agrees.
 *
 * An event has no LOCATION or DESCRIPTION on purpose: the feed leaves
 * Wegwijs's protection (calendar apps sync it to other clouds), and the
 * free-text location of a huisbezoek is a person's home address. The type
 * has no field for them, so no caller can add them by accident.
 */

export interface IcalEvent {
  uid: string;
  start: Date;
  eind: Date;
  summary: string;
  /** Last change; DTSTAMP uses `nu` of the calendar. */
  gewijzigd?: Date;
}

export interface IcalKalender {
  naam: string;
  nu: Date;
  events: readonly IcalEvent[];
}

const CRLF = "\r\n";
export const PRODID = "-//Wegwijs//Agenda//NL";

/** 20261203T090000Z */
export function icalTijd(d: Date): string {
  return d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma and newlines. */
export function escapeTekst(tekst: string): string {
  return tekst
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

const encoder = new TextEncoder();

/**
 * Folds a content line at 75 octets (RFC 5545 3.1): continuation lines start
 * with one space. Never splits a multi-byte UTF-8 character.
 */
export function vouwRegel(regel: string): string {
  const delen: string[] = [];
  let huidig = "";
  let octetten = 0;
  let limiet = 75;
  for (const teken of regel) {
    const lengte = encoder.encode(teken).length;
    if (octetten + lengte > limiet) {
      delen.push(huidig);
      huidig = "";
      octetten = 0;
      // The leading space of a continuation line counts towards its 75 octets.
      limiet = 74;
    }
    huidig += teken;
    octetten += lengte;
  }
  delen.push(huidig);
  return delen.join(`${CRLF} `);
}

function eigenschap(naam: string, waarde: string): string {
  return vouwRegel(`${naam}:${waarde}`);
}

export function bouwIcal(kalender: IcalKalender): string {
  const stamp = icalTijd(kalender.nu);
  const regels: string[] = [
    "BEGIN:VCALENDAR",
    `PRODID:${PRODID}`,
    "VERSION:2.0",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    eigenschap("X-WR-CALNAME", escapeTekst(kalender.naam)),
    "X-WR-TIMEZONE:Europe/Amsterdam",
  ];
  for (const e of kalender.events) {
    regels.push(
      "BEGIN:VEVENT",
      eigenschap("UID", e.uid),
      `DTSTAMP:${stamp}`,
      `DTSTART:${icalTijd(e.start)}`,
      `DTEND:${icalTijd(e.eind)}`,
      eigenschap("SUMMARY", escapeTekst(e.summary)),
    );
    if (e.gewijzigd) regels.push(`LAST-MODIFIED:${icalTijd(e.gewijzigd)}`);
    regels.push("END:VEVENT");
  }
  regels.push("END:VCALENDAR");
  return regels.join(CRLF) + CRLF;
}
