"use client";

import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { useFormAction } from "@/components/ui/use-form-action";
import { VeldPrefix } from "@/components/ui/veld-prefix";
import { beoordeelVerlengingAction } from "@/lib/verlenging/actions";

export function VerlengingBesluitForm({ verlengingId, version }: { verlengingId: string; version: number }) {
  const form = useFormAction(beoordeelVerlengingAction);
  return (
    <form {...form.props} className="flex flex-col gap-3">
      <VeldPrefix value={`besluit-${verlengingId}`}>
        <input type="hidden" name="verlengingId" value={verlengingId} />
        <input type="hidden" name="version" value={version} />
        <FormMelding {...form.melding} />
        <Field name="toelichting" label="Toelichting (niet verplicht)" error={form.errors.toelichting}>
          {(veld) => <Textarea {...veld} rows={2} maxLength={1000} />}
        </Field>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" name="besluit" value="GOEDGEKEURD" disabled={form.isPending}>
            Goedkeuren
          </Button>
          <Button type="submit" name="besluit" value="AFGEWEZEN" variant="secundair" disabled={form.isPending}>
            Afwijzen
          </Button>
        </div>
      </VeldPrefix>
    </form>
  );
}
