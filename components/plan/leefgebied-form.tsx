"use client";

import { Button } from "@/components/ui/button";
import { Field, Select, Textarea } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { useFormAction } from "@/components/ui/use-form-action";
import { VeldPrefix } from "@/components/ui/veld-prefix";
import type { Leefgebied } from "@/lib/db/generated/enums";
import { bewerkLeefgebiedAction } from "@/lib/plan/actions";
import { SCORES, STAP_NAMEN } from "@/lib/plan/schaal";

/** What already goes well, what needs help, and the target score of one leefgebied. */
export function LeefgebiedForm(props: {
  inburgeraarId: string;
  leefgebied: Leefgebied;
  version: number;
  kanAl: string | null;
  hulpNodig: string | null;
  streefScore: number | null;
}) {
  const form = useFormAction(bewerkLeefgebiedAction);
  return (
    <form {...form.props} className="flex flex-col gap-4">
      <VeldPrefix value={`lg-${props.leefgebied}`}>
        <input type="hidden" name="inburgeraarId" value={props.inburgeraarId} />
        <input type="hidden" name="leefgebied" value={props.leefgebied} />
        <input type="hidden" name="version" value={props.version} />
        <FormMelding {...form.melding} />
        <Field name="kanAl" label="Wat gaat al goed?" error={form.errors.kanAl}>
          {(veld) => <Textarea {...veld} rows={2} maxLength={1000} defaultValue={props.kanAl ?? ""} />}
        </Field>
        <Field name="hulpNodig" label="Waar is nog hulp bij nodig?" error={form.errors.hulpNodig}>
          {(veld) => <Textarea {...veld} rows={2} maxLength={1000} defaultValue={props.hulpNodig ?? ""} />}
        </Field>
        <Field name="streefScore" label="Streefscore" hint="Welke score willen jullie samen halen?" error={form.errors.streefScore}>
          {(veld) => (
            <Select {...veld} defaultValue={props.streefScore ?? ""} className="max-w-xs">
              <option value="">Nog niet gekozen</option>
              {SCORES.map((s) => (
                <option key={s} value={s}>
                  {s} – {STAP_NAMEN[s]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <div>
          <Button type="submit" variant="secundair" disabled={form.isPending}>
            {form.isPending ? "Bezig…" : "Opslaan"}
          </Button>
        </div>
      </VeldPrefix>
    </form>
  );
}
