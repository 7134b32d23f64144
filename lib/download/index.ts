import "server-only";
import { requireUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/authz";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/log/logger";

const tekst = (body: string, status: number) => new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "private, no-store" } });

/**
 * A file download behind the session (scans, PDFs): signed out → the login
 * page, a temporary password → the password page (as for pages), out of reach
 * → 404 (never "forbidden", so ids reveal nothing), anything else → 500 with a
 * log line. The reader function does the scoped, audited load.
 */
export async function beveiligdeDownload(lees: (user: SessionUser) => Promise<Response>): Promise<Response> {
  // Outside the try: its redirects must reach Next.
  const user = await requireUser();
  try {
    return await lees(user);
  } catch (error) {
    if (error instanceof AppError && (error.code === "NIET_GEVONDEN" || error.code === "GEEN_TOEGANG")) return tekst("Niet gevonden", 404);
    logger.error({ err: error }, "download mislukt");
    return tekst("Er ging iets mis", 500);
  }
}
