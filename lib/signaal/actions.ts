"use server";

import { defineAction } from "@/lib/actions/kit";
import { dossierGewijzigd, paden, signaalGewijzigd } from "@/lib/routes";
import {
  deelSignaal,
  legSignaalActieVast,
  meldcodeStap1,
  meldcodeStap2,
  meldcodeStap3,
  meldcodeStap4,
  meldcodeStap5,
  meldSignaal,
  pakSignaalOp,
  wijzigSignaalStatus,
  type SignaalResultaat,
} from "./mutations";

/**
 * The confirmation a reporter sees says only that the worry was received: a
 * vrijwilliger never gets the signal back. The revalidated paths are the
 * dossier and the caseload (the vastleggen page reads its own reports fresh).
 */
export const meldSignaalAction = defineAction<SignaalResultaat>({
  run: meldSignaal,
  success: "Je melding is ontvangen. Een begeleider pakt hem op. Je ziet hieronder wie dat doet.",
  revalidate: (r) => [...dossierGewijzigd(r.inburgeraarId), { path: paden.contactVastleggen(r.inburgeraarId) }],
});

export const pakSignaalOpAction = defineAction<SignaalResultaat>({
  run: pakSignaalOp,
  success: "Je hebt het signaal opgepakt.",
  revalidate: (r) => signaalGewijzigd(r.id, r.inburgeraarId),
});

export const legSignaalActieVastAction = defineAction<SignaalResultaat>({
  run: legSignaalActieVast,
  success: "De actie is vastgelegd.",
  revalidate: (r, input) => signaalGewijzigd(String(input.signaalId), r.inburgeraarId),
});

export const wijzigSignaalStatusAction = defineAction<SignaalResultaat>({
  run: wijzigSignaalStatus,
  success: (_r, input) => (input.naar === "AFGESLOTEN" ? "Het signaal is afgesloten." : "Het signaal staat op doorverwezen."),
  revalidate: (r) => signaalGewijzigd(r.id, r.inburgeraarId),
});

export const deelSignaalAction = defineAction<SignaalResultaat>({
  run: deelSignaal,
  success: "Het signaal is gedeeld met de consulent.",
  revalidate: (r) => signaalGewijzigd(r.id, r.inburgeraarId),
});

const stapActie = (run: typeof meldcodeStap1, stap: number) =>
  defineAction<SignaalResultaat>({
    run,
    success: `Stap ${stap} van de Meldcode is vastgelegd.`,
    revalidate: (r) => signaalGewijzigd(r.id, r.inburgeraarId),
  });

export const meldcodeStap1Action = stapActie(meldcodeStap1, 1);
export const meldcodeStap2Action = stapActie(meldcodeStap2, 2);
export const meldcodeStap3Action = stapActie(meldcodeStap3, 3);
export const meldcodeStap4Action = stapActie(meldcodeStap4, 4);
export const meldcodeStap5Action = stapActie(meldcodeStap5, 5);
