"use server";

import { revalidatePath } from "next/cache";
import { formDataToObject, toActionState, type ActionState } from "@/lib/actions/result";
import { requireActionUser } from "@/lib/auth/session";
import { beeindigToewijzing, wijsToe } from "./mutations";

export async function wijsToeAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const user = await requireActionUser();
    const input = formDataToObject(formData);
    await wijsToe(user, input);
    revalidatePath(`/inburgeraars/${String(input.inburgeraarId)}`, "layout");
    return { ok: true, message: "De toewijzing is opgeslagen.", stamp: Date.now() };
  } catch (error) {
    return toActionState(error);
  }
}

export async function beeindigToewijzingAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const user = await requireActionUser();
    await beeindigToewijzing(user, formDataToObject(formData));
    revalidatePath(`/inburgeraars/${String(formData.get("inburgeraarId") ?? "")}`, "layout");
    return { ok: true, message: "De toewijzing is beëindigd.", stamp: Date.now() };
  } catch (error) {
    return toActionState(error);
  }
}
