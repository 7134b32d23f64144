"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Textarea } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/actions/result";
import { beoordeelVerlengingAction } from "@/lib/verlenging/actions";

export function VerlengingBesluitForm({ verlengingId, version }: { verlengingId: string; version: number }) {
  const { state, formAction: action, isPending, onSubmit } = useFormAction<ActionState>(beoordeelVerlengingAction, { ok: false });
  const e = state.errors ?? {};
  const id = `toelichting-${verlengingId}`;
  return (
    <form noValidate action={action} onSubmit={onSubmit} className="flex flex-col gap-3">
      <input type="hidden" name="verlengingId" value={verlengingId} />
      <input type="hidden" name="version" value={version} />
      <FormStatus state={state} />
      <Field id={id} label="Toelichting (niet verplicht)" error={e.toelichting}>
        <Textarea id={id} name="toelichting" rows={2} maxLength={1000} aria-invalid={Boolean(e.toelichting)} aria-describedby={describedBy(id)} />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="besluit" value="GOEDGEKEURD" disabled={isPending}>
          Goedkeuren
        </Button>
        <Button type="submit" name="besluit" value="AFGEWEZEN" variant="secundair" disabled={isPending}>
          Afwijzen
        </Button>
      </div>
    </form>
  );
}
