import "server-only";
import type { SessionUser } from "@/lib/authz";
import { getBellijst, getNaarBegeleider } from "@/lib/bellijst/queries";

/** /bellijst: the page of people to call and those handed to their begeleider (docs/decisions/017). */
export async function laadBellijstPagina(user: SessionUser, pagina: number) {
  const [lijst, doorgezet] = await Promise.all([getBellijst(user, { pagina }), getNaarBegeleider(user)]);
  return { lijst, doorgezet };
}
