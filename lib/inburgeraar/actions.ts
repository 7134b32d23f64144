"use server";

import { defineAction } from "@/lib/actions/kit";
import { formDataToObject } from "@/lib/actions/form-data";
import { dossierGewijzigd, paden } from "@/lib/routes";
import { aanmeldInburgeraar } from "./aanmelden";
import { DubbelDossierError } from "./duplicates";
import { wijzigFase } from "./fase";
import { toonBsn } from "./bsn-tonen";
import { wijzigGegevens } from "./gegevens";

/** Extra state of the aanmeld and gegevens forms: a link to the dossier this one seems to duplicate. */
export type DubbelDossier = { dubbelDossierId: string };

const RIJ_INDEX = Symbol("rijIndex");
type AanmeldInput = Record<string, unknown> & { [RIJ_INDEX]?: number[] };

/**
 * Household rows arrive as huishouden.<n>.<veld>; empty rows are dropped. The
 * row numbers on the form are kept so an error lands on the right row.
 */
function leesAanmelding(formData: FormData): AanmeldInput {
  const input: AanmeldInput = formDataToObject(formData, ["doelgroepen"]);
  const rijen = new Map<number, Record<string, unknown>>();
  for (const [key, value] of Object.entries(input)) {
    const m = /^huishouden\.(\d+)\.(\w+)$/.exec(key);
    if (!m) continue;
    delete input[key];
    const i = Number(m[1]);
    if (!rijen.has(i)) rijen.set(i, {});
    rijen.get(i)![m[2]!] = value;
  }
  const gevuld = (rij: Record<string, unknown>) =>
    (typeof rij.voornaam === "string" && rij.voornaam.trim() !== "") || (typeof rij.geboortedatum === "string" && rij.geboortedatum !== "");
  const lijst = [...rijen.entries()].sort(([a], [b]) => a - b).filter(([, rij]) => gevuld(rij));
  input.huishouden = lijst.map(([, rij]) => rij);
  input[RIJ_INDEX] = lijst.map(([i]) => i);
  return input;
}

const naarFormulierRij = (path: string, input: AanmeldInput) =>
  path.replace(/^huishouden\.(\d+)\./, (_, n: string) => `huishouden.${input[RIJ_INDEX]?.[Number(n)] ?? n}.`);

const dubbelDossier = (error: unknown) =>
  error instanceof DubbelDossierError ? { ok: false, message: error.message, dubbelDossierId: error.dossier?.id } : undefined;

export const aanmeldAction = defineAction<Awaited<ReturnType<typeof aanmeldInburgeraar>>, DubbelDossier>({
  read: leesAanmelding,
  run: aanmeldInburgeraar,
  onError: dubbelDossier,
  veldNaam: naarFormulierRij,
  revalidate: () => [{ path: paden.home() }, { path: paden.inburgeraars() }],
  redirect: (r) => paden.dossier(r.id),
});

export const wijzigFaseAction = defineAction({
  run: (user, input) => wijzigFase(user, String(input.inburgeraarId ?? ""), input),
  success: "De fase is gewijzigd.",
  revalidate: (_r, input) => dossierGewijzigd(String(input.inburgeraarId ?? "")),
});

export const wijzigGegevensAction = defineAction<Awaited<ReturnType<typeof wijzigGegevens>>, DubbelDossier>({
  arrays: ["doelgroepen"],
  run: (user, input) => wijzigGegevens(user, String(input.inburgeraarId ?? ""), input),
  onError: dubbelDossier,
  success: "Je hebt niets veranderd. Er is niets opgeslagen.",
  revalidate: (r, input) => (r.gewijzigd.length ? dossierGewijzigd(String(input.inburgeraarId ?? "")) : []),
  redirect: (r, input) => (r.gewijzigd.length ? paden.dossier(String(input.inburgeraarId ?? "")) : null),
});

export const toonBsnAction = defineAction<Awaited<ReturnType<typeof toonBsn>>, { bsn: string | null }>({
  run: toonBsn,
  success: (r) => ({ message: r.bsn ? "Het BSN staat hieronder. Dit is vastgelegd in het auditlog." : "Er is geen BSN opgeslagen.", bsn: r.bsn }),
});
