"use server";

import { defineAction } from "@/lib/actions/kit";
import { paden } from "@/lib/routes";
import { wijzigBewaartermijn } from "./bewaartermijn";

export const wijzigBewaartermijnAction = defineAction({
  run: wijzigBewaartermijn,
  success: (r) => `De bewaartermijn is nu ${r.bewaartermijnMaanden} maanden.`,
  revalidate: () => [{ path: paden.beheerBewaartermijn() }],
});
