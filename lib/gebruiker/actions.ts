"use server";

import { revalidatePath } from "next/cache";
import { formDataToObject, toActionState, type ActionState } from "@/lib/actions/result";
import { requireActionUser } from "@/lib/auth/session";
import { createGebruiker, resetWachtwoord, setGebruikerActief, wijzigEigenWachtwoord } from "./mutations";

export type GebruikerActionState = ActionState & { wachtwoord?: string; naam?: string };

export async function createGebruikerAction(_prev: GebruikerActionState, formData: FormData): Promise<GebruikerActionState> {
  try {
    const user = await requireActionUser();
    const input = formDataToObject(formData);
    input.gemeenteIds = formData.getAll("gemeenteIds");
    const created = await createGebruiker(user, input);
    revalidatePath("/");
    return {
      ok: true,
      message: `Account voor ${created.naam} is aangemaakt.`,
      naam: created.naam,
      wachtwoord: created.wachtwoord,
      stamp: Date.now(),
    };
  } catch (error) {
    return toActionState(error);
  }
}

export async function setGebruikerActiefAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const user = await requireActionUser();
    const actief = formData.get("actief") === "true";
    await setGebruikerActief(user, String(formData.get("id") ?? ""), actief);
    revalidatePath("/");
    return { ok: true, message: actief ? "Account is weer actief." : "Account is uitgeschakeld." };
  } catch (error) {
    return toActionState(error);
  }
}

export async function resetWachtwoordAction(_prev: GebruikerActionState, formData: FormData): Promise<GebruikerActionState> {
  try {
    const user = await requireActionUser();
    const result = await resetWachtwoord(user, String(formData.get("id") ?? ""));
    return { ok: true, message: `Nieuw tijdelijk wachtwoord voor ${result.naam}.`, ...result };
  } catch (error) {
    return toActionState(error);
  }
}

export async function wijzigWachtwoordAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const user = await requireActionUser();
    await wijzigEigenWachtwoord(user, formDataToObject(formData));
    return { ok: true, message: "Je wachtwoord is gewijzigd.", stamp: Date.now() };
  } catch (error) {
    return toActionState(error);
  }
}
