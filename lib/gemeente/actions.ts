"use server";

import { revalidatePath } from "next/cache";
import { formDataToObject, toActionState, type ActionState } from "@/lib/actions/result";
import { requireActionUser } from "@/lib/auth/session";
import { updateGemeenteInstellingen } from "./mutations";

export async function updateGemeenteAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const user = await requireActionUser();
    const input = formDataToObject(formData);
    input.leefgebieden = formData.getAll("leefgebieden");
    const id = String(formData.get("id") ?? "");
    await updateGemeenteInstellingen(user, id, input);
    revalidatePath("/beheer/gemeenten");
    return { ok: true, message: "De instellingen zijn opgeslagen.", stamp: Date.now() };
  } catch (error) {
    return toActionState(error);
  }
}
