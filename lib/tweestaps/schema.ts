import { z } from "zod";

export const tweedeStapSchema = z.object({
  code: z
    .string({ error: "Vul de code uit je app in, of een herstelcode." })
    .trim()
    .min(1, "Vul de code uit je app in, of een herstelcode.")
    .max(40, "Deze code is te lang."),
});

export const instellenSchema = z.object({
  /** The sealed secret the enrolment page made (lib/tweestaps/mutations.ts). */
  sleutel: z.string().min(1, "Laad de pagina opnieuw en probeer het nog eens.").max(2000),
  code: z
    .string({ error: "Vul de code van 6 cijfers uit je app in." })
    .trim()
    .regex(/^\d{3}\s?\d{3}$/, "Vul de code van 6 cijfers uit je app in."),
});

export const gebruikerIdSchema = z.object({ id: z.string().min(1).max(40) });
export const sessieIdSchema = z.object({ sessieId: z.string().min(1).max(40) });
