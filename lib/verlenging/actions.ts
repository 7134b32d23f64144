"use server";

import { revalidatePath } from "next/cache";
import { formDataToObject, toActionState, type ActionState } from "@/lib/actions/result";
import { requireActionUser } from "@/lib/auth/session";
import { beoordeelVerlenging, vraagVerlengingAan } from "./mutations";

export async function vraagVerlengingAanAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const user = await requireActionUser();
    const id = String(formData.get("inburgeraarId") ?? "");
    await vraagVerlengingAan(user, id, formDataToObject(formData));
    revalidatePath(`/inburgeraars/${id}`, "layout");
    revalidatePath("/verlengingen");
    return { ok: true, message: "De verlenging is aangevraagd. De teamleider beslist erover.", stamp: Date.now() };
  } catch (error) {
    return toActionState(error);
  }
}

export async function beoordeelVerlengingAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const user = await requireActionUser();
    const id = String(formData.get("verlengingId") ?? "");
    const { inburgeraarId } = await beoordeelVerlenging(user, id, formDataToObject(formData));
    revalidatePath("/verlengingen");
    revalidatePath(`/inburgeraars/${inburgeraarId}`, "layout");
    revalidatePath("/");
    const goed = formData.get("besluit") === "GOEDGEKEURD";
    return { ok: true, message: goed ? "De verlenging is goedgekeurd." : "De verlenging is afgewezen.", stamp: Date.now() };
  } catch (error) {
    return toActionState(error);
  }
}
