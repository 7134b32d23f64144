import { z } from "zod";
import { Leefgebied } from "@/lib/db/generated/enums";


const heelGetal = (veld: string, min: number, max: number) =>
  z.coerce
    .number({ error: `Vul bij ${veld} een getal in.` })
    .int(`Vul bij ${veld} een heel getal in.`)
    .min(min, `${veld} moet minstens ${min} zijn.`)
    .max(max, `${veld} mag hoogstens ${max} zijn.`);

const leegIsNull = (v: unknown) => (v === "" || v === undefined || v === null ? null : v);

export const gemeenteInstellingenSchema = z.object({
  version: z.coerce.number().int().min(1),
  looptijdMaanden: heelGetal("looptijd", 1, 60),
  opstartfaseWeken: heelGetal("opstartfase", 1, 52),
  meetmomentenMaanden: z
    .string()
    .max(100, "Te veel meetmomenten.")
    .transform((s, ctx) => {
      const parts = s.split(/[\s,;]+/).filter(Boolean);
      const nums = parts.map(Number);
      if (nums.some((n) => !Number.isInteger(n) || n < 1 || n > 60)) {
        ctx.addIssue({ code: "custom", message: "Gebruik hele maanden tussen 1 en 60, gescheiden door komma's (bijvoorbeeld 3, 8, 12)." });
        return z.NEVER;
      }
      return [...new Set(nums)].sort((a, b) => a - b);
    }),
  contactNormDagen: heelGetal("contactnorm", 1, 365),
  bellijstIntervalDagen: z.preprocess(leegIsNull, heelGetal("bellijst", 7, 365).nullable()),
  taakstelling: z.preprocess(leegIsNull, heelGetal("taakstelling", 0, 10_000).nullable()),
  spreekuur: z.preprocess(leegIsNull, z.string().trim().max(300, "Hoogstens 300 tekens.").nullable()),
  leefgebieden: z.array(z.enum(Leefgebied)).min(1, "Kies minstens één leefgebied."),
});
