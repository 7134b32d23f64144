"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { useFormAction } from "@/components/ui/use-form-action";
import { deelRapportageAction } from "@/lib/rapportage/actions";

/** Review done: add one sentence if you like, and share this version with the consulent. */
export function DeelRapportageForm({ inburgeraarId }: { inburgeraarId: string }) {
  const form = useFormAction(deelRapportageAction);
  const [basisSleutel] = useState(() => crypto.randomUUID());
  return (
    <form {...form.props} className="flex flex-col gap-4" key={form.state.stamp}>
      <input type="hidden" name="inburgeraarId" value={inburgeraarId} />
      <input type="hidden" name="aanvraagSleutel" value={`${basisSleutel}-${form.state.stamp ?? 0}`} />
      <FormMelding {...form.melding} />
      <Field name="toelichting" label="Wil je er iets bij zeggen? (mag leeg)" hint="Eén of twee zinnen, bijvoorbeeld voor de brede intake." error={form.errors.toelichting}>
        {(veld) => <Textarea {...veld} rows={2} maxLength={400} />}
      </Field>
      <div>
        <Button type="submit" disabled={form.isPending}>
          {form.isPending ? "Bezig…" : "Delen met de consulent"}
        </Button>
      </div>
    </form>
  );
}
