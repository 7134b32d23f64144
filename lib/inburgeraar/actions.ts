"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formDataToObject, toActionState, type ActionState } from "@/lib/actions/result";
import { requireActionUser } from "@/lib/auth/session";
import { aanmeldInburgeraar } from "./aanmelden";
import { DubbelDossierError } from "./duplicates";
import { wijzigFase } from "./fase";
import { wijzigGegevens } from "./gegevens";

export type AanmeldState = ActionState & { dubbelDossierId?: string };

/** Field errors keyed by their full path ("huishouden.0.voornaam"), so nested rows get their message too. */
function metVeldpaden(error: unknown): ActionState {
  if (!(error instanceof z.ZodError)) return toActionState(error);
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_";
    (errors[key] ??= []).push(issue.message);
  }
  return { ok: false, message: "Controleer de gemarkeerde velden.", errors };
}

/**
 * Household rows arrive as huishouden.<n>.<veld>; empty rows are dropped.
 * `rijIndex` maps a row in the parsed list back to the row on the form.
 */
function leesAanmelding(formData: FormData): { input: Record<string, unknown>; rijIndex: number[] } {
  const input = formDataToObject(formData);
  input.doelgroepen = formData.getAll("doelgroepen");
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
  return { input, rijIndex: lijst.map(([i]) => i) };
}

function naarFormulierRijen(state: ActionState, rijIndex: number[]): ActionState {
  if (!state.errors) return state;
  const errors: Record<string, string[] | undefined> = {};
  for (const [key, value] of Object.entries(state.errors)) {
    errors[key.replace(/^huishouden\.(\d+)\./, (_, n: string) => `huishouden.${rijIndex[Number(n)] ?? n}.`)] = value;
  }
  return { ...state, errors };
}

export async function aanmeldAction(_prev: AanmeldState, formData: FormData): Promise<AanmeldState> {
  let id: string;
  const { input, rijIndex } = leesAanmelding(formData);
  try {
    const user = await requireActionUser();
    ({ id } = await aanmeldInburgeraar(user, input));
  } catch (error) {
    if (error instanceof DubbelDossierError) return { ok: false, message: error.message, dubbelDossierId: error.dossier?.id };
    return naarFormulierRijen(metVeldpaden(error), rijIndex);
  }
  revalidatePath("/");
  redirect(`/inburgeraars/${id}`);
}

export async function wijzigFaseAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const user = await requireActionUser();
    const id = String(formData.get("inburgeraarId") ?? "");
    await wijzigFase(user, id, formDataToObject(formData));
    revalidatePath(`/inburgeraars/${id}`, "layout");
    revalidatePath("/");
    return { ok: true, message: "De fase is gewijzigd.", stamp: Date.now() };
  } catch (error) {
    return metVeldpaden(error);
  }
}

export async function wijzigGegevensAction(_prev: AanmeldState, formData: FormData): Promise<AanmeldState> {
  const id = String(formData.get("inburgeraarId") ?? "");
  const input = formDataToObject(formData);
  input.doelgroepen = formData.getAll("doelgroepen");
  let gewijzigd: string[];
  try {
    const user = await requireActionUser();
    ({ gewijzigd } = await wijzigGegevens(user, id, input));
  } catch (error) {
    if (error instanceof DubbelDossierError) return { ok: false, message: error.message, dubbelDossierId: error.dossier?.id };
    return metVeldpaden(error);
  }
  if (gewijzigd.length === 0) return { ok: true, message: "Je hebt niets veranderd. Er is niets opgeslagen.", stamp: Date.now() };
  revalidatePath(`/inburgeraars/${id}`, "layout");
  revalidatePath("/");
  redirect(`/inburgeraars/${id}`);
}
