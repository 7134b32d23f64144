"use client";

import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { Keuzes } from "@/components/ui/keuzes";
import { useFormAction } from "@/components/ui/use-form-action";
import { VeldPrefix } from "@/components/ui/veld-prefix";
import { trekToestemmingInAction } from "@/lib/toestemming/actions";

/** Withdrawing consent: tick what stops, from which day (today unless the person says later). */
export function IntrekForm({ inburgeraarId, vandaag, opties }: { inburgeraarId: string; vandaag: string; opties: { id: string; label: string }[] }) {
  const form = useFormAction(trekToestemmingInAction);
  return (
    <form {...form.props} className="flex flex-col gap-4" key={form.state.stamp}>
      <VeldPrefix value="intrekken">
        <input type="hidden" name="inburgeraarId" value={inburgeraarId} />
        <FormMelding {...form.melding} />
        {opties.length === 0 ? (
          <p>Er is niets meer om in te trekken.</p>
        ) : (
          <>
        <Keuzes
          name="toestemmingIds"
          legend="Wat trekt de persoon in?"
          error={form.errors.toestemmingIds}
          opties={opties.map((o) => ({ waarde: o.id, label: o.label }))}
          standaard={opties.map((o) => o.id)}
        />
        <Field name="ingetrokkenOp" label="Vanaf welke dag?" hint="Vandaag: de ontvanger ziet het meteen niet meer." error={form.errors.ingetrokkenOp}>
          {(veld) => <Input {...veld} type="date" defaultValue={vandaag} className="max-w-xs" />}
        </Field>
        <Field name="reden" label="Reden (mag leeg)" error={form.errors.reden}>
          {(veld) => <Textarea {...veld} rows={2} maxLength={500} />}
        </Field>
        <div>
          <Button type="submit" variant="gevaar" disabled={form.isPending}>
            {form.isPending ? "Bezig…" : "Toestemming intrekken"}
          </Button>
        </div>
          </>
        )}
      </VeldPrefix>
    </form>
  );
}
