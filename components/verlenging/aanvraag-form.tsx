"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input, Textarea } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/actions/result";
import { vraagVerlengingAanAction } from "@/lib/verlenging/actions";

export function VerlengingAanvraagForm({ inburgeraarId }: { inburgeraarId: string }) {
  const { state, formAction: action, isPending, onSubmit } = useFormAction<ActionState>(vraagVerlengingAanAction, { ok: false });
  const e = state.errors ?? {};
  return (
    <form noValidate action={action} onSubmit={onSubmit} className="flex flex-col gap-4" key={state.stamp}>
      <input type="hidden" name="inburgeraarId" value={inburgeraarId} />
      <FormStatus state={state} />
      <Field id="verlenging-maanden" label="Aantal maanden" error={e.maanden} hint="Meestal 6 maanden (een half jaar). Kies 1 tot 12.">
        <Input
          id="verlenging-maanden"
          name="maanden"
          type="number"
          min={1}
          max={12}
          inputMode="numeric"
          defaultValue={6}
          className="max-w-32"
          aria-invalid={Boolean(e.maanden)}
          aria-describedby={describedBy("verlenging-maanden", true)}
        />
      </Field>
      <Field id="verlenging-reden" label="Waarom is verlenging nodig?" error={e.reden}>
        <Textarea id="verlenging-reden" name="reden" rows={3} maxLength={2000} required aria-invalid={Boolean(e.reden)} aria-describedby={describedBy("verlenging-reden")} />
      </Field>
      <div>
        <Button type="submit" variant="secundair" disabled={isPending}>
          {isPending ? "Bezig…" : "Verlenging aanvragen"}
        </Button>
      </div>
    </form>
  );
}
