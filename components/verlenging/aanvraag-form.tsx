"use client";

import { Field, Input, Textarea } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { useFormAction } from "@/components/ui/use-form-action";
import { VerstuurKnop } from "@/components/ui/verstuur-knop";
import { VeldPrefix } from "@/components/ui/veld-prefix";
import { vraagVerlengingAanAction } from "@/lib/verlenging/actions";

export function VerlengingAanvraagForm({ inburgeraarId }: { inburgeraarId: string }) {
  const form = useFormAction(vraagVerlengingAanAction);
  return (
    <form {...form.props} className="flex flex-col gap-4" key={form.state.stamp}>
      <VeldPrefix value="verlenging">
        <input type="hidden" name="inburgeraarId" value={inburgeraarId} />
        <FormMelding {...form.melding} />
        <Field name="maanden" label="Aantal maanden" error={form.errors.maanden} hint="Meestal 6 maanden (een half jaar). Kies 1 tot 12.">
          {(veld) => <Input {...veld} type="number" min={1} max={12} inputMode="numeric" defaultValue={6} className="max-w-32" />}
        </Field>
        <Field name="reden" label="Waarom is verlenging nodig?" error={form.errors.reden}>
          {(veld) => <Textarea {...veld} rows={3} maxLength={2000} required />}
        </Field>
        <VerstuurKnop isPending={form.isPending} variant="secundair">
          Verlenging aanvragen
        </VerstuurKnop>
      </VeldPrefix>
    </form>
  );
}
