import { z } from "zod";
import { MAX_BEWAARTERMIJN_MAANDEN, MIN_BEWAARTERMIJN_MAANDEN } from "./rules";

const maanden = (leeg: string) =>
  z.coerce
    .number({ error: leeg })
    .int("Vul een heel aantal maanden in.")
    .min(MIN_BEWAARTERMIJN_MAANDEN, `De bewaartermijn is minstens ${MIN_BEWAARTERMIJN_MAANDEN} maanden.`)
    .max(MAX_BEWAARTERMIJN_MAANDEN, `De bewaartermijn is hoogstens ${MAX_BEWAARTERMIJN_MAANDEN} maanden (10 jaar).`);

/** The beheerder's bewaartermijn; `vorige` is what the form showed, so a change by someone else is not overwritten. */
export const bewaartermijnSchema = z.object({
  bewaartermijnMaanden: z.preprocess((v) => (v === "" ? undefined : v), maanden("Vul de bewaartermijn in maanden in.")),
  vorige: z.coerce.number({ error: "Laad de pagina opnieuw en probeer het nog eens." }).int(),
});
