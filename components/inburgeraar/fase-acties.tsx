"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Textarea } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/actions/result";
import { wijzigFaseAction } from "@/lib/inburgeraar/actions";
import { FASE_ACTIES, type FaseActie } from "@/lib/inburgeraar/fase-rules";

/**
 * The explicit phase step for this dossier. `openVerplicht` > 0 when closing
 * the opstartfase needs a reason; `geblokkeerd` explains why the step cannot be taken yet.
 */
export function FaseActies({
  inburgeraarId,
  version,
  actie,
  openVerplicht,
  geblokkeerd,
}: {
  inburgeraarId: string;
  version: number;
  actie: FaseActie;
  openVerplicht: number;
  geblokkeerd: string | null;
}) {
  const { state, formAction: action, isPending, onSubmit } = useFormAction<ActionState>(wijzigFaseAction, { ok: false });
  const regel = FASE_ACTIES[actie];
  const e = state.errors ?? {};
  return (
    <form noValidate action={action} onSubmit={onSubmit} className="flex flex-col gap-3">
      <input type="hidden" name="inburgeraarId" value={inburgeraarId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="actie" value={actie} />
      <p className="text-slate-700">{regel.uitleg}</p>
      <FormStatus state={state} />
      {actie === "SLUIT_OPSTARTFASE" && openVerplicht > 0 ? (
        <Field
          id="fase-reden"
          label="Waarom sluit je de opstartfase toch af?"
          error={e.reden}
          hint={`Er ${openVerplicht === 1 ? "staat nog 1 verplicht punt" : `staan nog ${openVerplicht} verplichte punten`} open op de checklist.`}
        >
          <Textarea id="fase-reden" name="reden" rows={3} maxLength={1000} aria-invalid={Boolean(e.reden)} aria-describedby={describedBy("fase-reden", true)} />
        </Field>
      ) : null}
      {geblokkeerd ? <p className="rounded-md border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-900">{geblokkeerd}</p> : null}
      <div>
        <Button type="submit" disabled={isPending || Boolean(geblokkeerd)}>
          {isPending ? "Bezig…" : regel.label}
        </Button>
      </div>
    </form>
  );
}
