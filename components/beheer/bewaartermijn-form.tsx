"use client";

import { Field, Input } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { useFormAction } from "@/components/ui/use-form-action";
import { VerstuurKnop } from "@/components/ui/verstuur-knop";
import { wijzigBewaartermijnAction } from "@/lib/avg/actions";

export function BewaartermijnForm({ maanden }: { maanden: number }) {
  const form = useFormAction(wijzigBewaartermijnAction);
  return (
    <form {...form.props} className="flex flex-col gap-4">
      <input type="hidden" name="vorige" value={maanden} />
      <FormMelding {...form.melding} />
      <Field name="bewaartermijnMaanden" label="Bewaartermijn na afsluiten (maanden)" error={form.errors.bewaartermijnMaanden} hint="Tussen 6 en 120 maanden. Standaard 24 maanden (2 jaar).">
        {(veld) => <Input {...veld} inputMode="numeric" defaultValue={maanden} className="sm:max-w-40" />}
      </Field>
      <VerstuurKnop isPending={form.isPending} bezig="Bezig met opslaan…">
        Opslaan
      </VerstuurKnop>
    </form>
  );
}
