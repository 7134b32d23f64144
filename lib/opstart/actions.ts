"use server";

import { revalidatePath } from "next/cache";
import { formDataToObject, toActionState, type ActionState } from "@/lib/actions/result";
import { requireActionUser } from "@/lib/auth/session";
import { updateChecklistItem } from "./checklist";
import { addTemplateItem, deactivateTemplateItem, updateTemplateItem } from "./template-beheer";

export async function updateChecklistItemAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const user = await requireActionUser();
    const { inburgeraarId } = await updateChecklistItem(user, formDataToObject(formData));
    // The whole dossier: the timeline on Overzicht shows the change too.
    revalidatePath(`/inburgeraars/${inburgeraarId}`, "layout");
    return { ok: true, message: "Opgeslagen.", stamp: Date.now() };
  } catch (error) {
    return toActionState(error);
  }
}

function templateInput(formData: FormData) {
  const input = formDataToObject(formData);
  input.categorieen = formData.getAll("categorieen");
  return input;
}

export async function updateTemplateItemAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const user = await requireActionUser();
    const { gemeenteId } = await updateTemplateItem(user, templateInput(formData));
    revalidatePath(`/beheer/gemeenten/${gemeenteId}/checklist`);
    return { ok: true, message: "Het onderdeel is opgeslagen.", stamp: Date.now() };
  } catch (error) {
    return toActionState(error);
  }
}

export async function addTemplateItemAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const user = await requireActionUser();
    const { gemeenteId } = await addTemplateItem(user, templateInput(formData));
    revalidatePath(`/beheer/gemeenten/${gemeenteId}/checklist`);
    return { ok: true, message: "Het onderdeel is toegevoegd.", stamp: Date.now() };
  } catch (error) {
    return toActionState(error);
  }
}

export async function deactivateTemplateItemAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const user = await requireActionUser();
    const { gemeenteId } = await deactivateTemplateItem(user, formDataToObject(formData));
    revalidatePath(`/beheer/gemeenten/${gemeenteId}/checklist`);
    return { ok: true, message: "Het onderdeel is uitgezet. Nieuwe checklists krijgen het niet meer.", stamp: Date.now() };
  } catch (error) {
    return toActionState(error);
  }
}
