import "server-only";
import { heeftAgendaToken } from "@/lib/agenda/token";
import { getMijnWeek } from "@/lib/agenda/week";
import type { SessionUser } from "@/lib/authz";
import type { Kalenderdatum } from "@/lib/tijd";

/** /agenda: the week's afspraken and whether a feed link exists (docs/decisions/017). */
export async function laadAgendaPagina(user: SessionUser, maandag: Kalenderdatum) {
  const [afspraken, heeftLink] = await Promise.all([getMijnWeek(user, maandag), heeftAgendaToken(user)]);
  return { afspraken, heeftLink };
}
