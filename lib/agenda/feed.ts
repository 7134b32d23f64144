import "server-only";
import { AFSPRAAK_TYPE_LABELS } from "@/lib/afspraak/labels";
import { korteNaam } from "@/lib/afspraak/rules";
import { can, inburgeraarScope } from "@/lib/authz";
import { SESSION_USER_SELECT, toSessionUser } from "@/lib/authz/user";
import { db } from "@/lib/db";
import { amsterdamNaarInstant, plusDagen, vandaag } from "@/lib/tijd";
import { bouwIcal, type IcalEvent } from "./ical";
import { AGENDA_TOKEN_PATROON, hashAgendaToken } from "./token";
import { eindVan } from "./week";

export const FEED_DAGEN_TERUG = 30;
export const FEED_DAGEN_VOORUIT = 366;

/**
 * The iCalendar text for a feed token, or null for an unknown or revoked
 * token, an inactive user or a role without a personal agenda. No session:
 * the token is the credential, looked up by its hash. Only planned
 * afspraken, and per afspraak only its type, the inburgeraar's first name
 * plus initial, and the time: the calendar leaves Wegwijs's protection, so
 * no free-text location (a huisbezoek's is a home address) and no subject.
 */
export async function getAgendaFeed(token: string, nu: Date = new Date()): Promise<string | null> {
  if (!AGENDA_TOKEN_PATROON.test(token)) return null;
  const g = await db().gebruiker.findUnique({
    where: { agendaTokenHash: hashAgendaToken(token) },
    select: SESSION_USER_SELECT,
  });
  if (!g || !g.actief) return null;
  const user = toSessionUser(g, "");
  if (!can(user, "agenda:eigen")) return null;
  const vandaagDatum = vandaag(nu);
  const van = amsterdamNaarInstant(plusDagen(vandaagDatum, -FEED_DAGEN_TERUG), "00:00");
  const tot = amsterdamNaarInstant(plusDagen(vandaagDatum, FEED_DAGEN_VOORUIT), "00:00");
  const rijen = await db().afspraak.findMany({
    where: { medewerkerId: g.id, status: "GEPLAND", start: { gte: van, lt: tot }, inburgeraar: inburgeraarScope(user, nu) },
    orderBy: { start: "asc" },
    take: 2000,
    // Nothing free-text is even loaded.
    select: {
      id: true,
      start: true,
      duurMinuten: true,
      type: true,
      metTolk: true,
      updatedAt: true,
      inburgeraar: { select: { voornaam: true, achternaam: true } },
    },
  });
  const events: IcalEvent[] = rijen.map((r) => ({
    uid: `${r.id}@wegwijs`,
    start: r.start,
    eind: eindVan(r.start, r.duurMinuten, r.type),
    summary: `${AFSPRAAK_TYPE_LABELS[r.type]}: ${korteNaam(r.inburgeraar.voornaam, r.inburgeraar.achternaam)}${r.metTolk ? " (met tolk)" : ""}`,
    gewijzigd: r.updatedAt,
  }));
  return bouwIcal({ naam: "Wegwijs – mijn afspraken", nu, events });
}
