"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formDataToObject, toActionState, type ActionState } from "@/lib/actions/result";
import { requireActionUser } from "@/lib/auth/session";
import { logAfspraak, maakAgendaToken, planAfspraak, trekAgendaTokenIn } from "./mutations";

function formInput(formData: FormData) {
  const input = formDataToObject(formData);
  input.leefgebieden = formData.getAll("leefgebieden");
  input.checklistItemIds = formData.getAll("checklistItemIds");
  return input;
}

export async function planAfspraakAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const user = await requireActionUser();
    const { inburgeraarId } = await planAfspraak(user, formDataToObject(formData));
    revalidatePath(`/inburgeraars/${inburgeraarId}`, "layout");
    revalidatePath("/agenda");
    return { ok: true, message: "De afspraak is gepland.", stamp: Date.now() };
  } catch (error) {
    return toActionState(error);
  }
}

export async function logAfspraakAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  let terugNaar: string | null = null;
  try {
    const user = await requireActionUser();
    const input = formInput(formData);
    const { inburgeraarId } = await logAfspraak(user, input);
    revalidatePath(`/inburgeraars/${inburgeraarId}`, "layout");
    revalidatePath("/agenda");
    revalidatePath("/");
    // A planned afspraak was logged from its own form: back to the list.
    if (input.afspraakId) terugNaar = `/inburgeraars/${encodeURIComponent(inburgeraarId)}/afspraken?gelogd=1`;
    else return { ok: true, message: "Het contact is gelogd.", stamp: Date.now() };
  } catch (error) {
    return toActionState(error);
  }
  redirect(terugNaar);
}

export async function maakAgendaTokenAction(_prev: ActionState): Promise<ActionState> {
  try {
    const user = await requireActionUser();
    await maakAgendaToken(user);
    revalidatePath("/agenda");
    return { ok: true, message: "Je nieuwe agenda-link staat hieronder. Een eerdere link werkt niet meer.", stamp: Date.now() };
  } catch (error) {
    return toActionState(error);
  }
}

export async function trekAgendaTokenInAction(_prev: ActionState): Promise<ActionState> {
  try {
    const user = await requireActionUser();
    await trekAgendaTokenIn(user);
    revalidatePath("/agenda");
    return { ok: true, message: "Het agenda-abonnement is uitgezet. De link werkt niet meer.", stamp: Date.now() };
  } catch (error) {
    return toActionState(error);
  }
}
