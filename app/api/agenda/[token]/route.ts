import { getAgendaFeed } from "@/lib/agenda/feed";
import { logger } from "@/lib/log/logger";

export const dynamic = "force-dynamic";

/**
 * The personal iCalendar feed. No session: the secret token in the URL is the
 * credential (calendar apps cannot sign in); it is looked up by its hash.
 * Unknown or revoked → 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const naam = token.replace(/\.ics$/, "");
  try {
    const ical = await getAgendaFeed(naam);
    if (ical === null) return new Response("Niet gevonden", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
    return new Response(ical, {
      status: 200,
      headers: {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": 'inline; filename="wegwijs.ics"',
        "cache-control": "private, no-store",
        "x-robots-tag": "noindex",
        "referrer-policy": "no-referrer",
      },
    });
  } catch (error) {
    logger.error({ err: error }, "agenda-feed mislukt");
    return new Response("Er ging iets mis", { status: 500, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
}
