import { NextResponse } from "next/server";
import { requireActionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/log/logger";
import { planPdfVoor } from "@/lib/plan/pdf-downloaden";
import { paden } from "@/lib/routes";

export const dynamic = "force-dynamic";

const tekst = (body: string, status: number) => new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

/** The plan as a PDF download. A route handler is a public endpoint: it checks the session and the plan view itself. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const user = await requireActionUser();
    const { pdf, bestandsnaam } = await planPdfVoor(user, id);
    return new Response(new Uint8Array(pdf), {
      status: 200,
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="${bestandsnaam}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError) {
      // Like a page: sign in first, or choose a password first.
      if (error.code === "NIET_INGELOGD") return NextResponse.redirect(new URL(paden.login(), request.url));
      if (error.code === "WACHTWOORD_WIJZIGEN") return NextResponse.redirect(new URL(paden.wachtwoord(), request.url));
      if (error.code === "NIET_GEVONDEN" || error.code === "GEEN_TOEGANG") return tekst("Niet gevonden", 404);
    }
    logger.error({ err: error }, "plan-pdf mislukt");
    return tekst("Er ging iets mis bij het maken van de PDF.", 500);
  }
}
