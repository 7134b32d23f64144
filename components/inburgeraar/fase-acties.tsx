"use client";

import { Field, Textarea } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { useFormAction } from "@/components/ui/use-form-action";
import { VerstuurKnop } from "@/components/ui/verstuur-knop";
import { VeldPrefix } from "@/components/ui/veld-prefix";
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
  const form = useFormAction(wijzigFaseAction);
  const regel = FASE_ACTIES[actie];
  return (
    <form {...form.props} className="flex flex-col gap-3">
      <VeldPrefix value="fase">
        <input type="hidden" name="inburgeraarId" value={inburgeraarId} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="actie" value={actie} />
        <FormMelding {...form.melding} />
        <p className="text-slate-700">{regel.uitleg}</p>
        {actie === "SLUIT_OPSTARTFASE" && openVerplicht > 0 ? (
          <Field
            name="reden"
            label="Waarom sluit je de opstartfase toch af?"
            error={form.errors.reden}
            hint={`Er ${openVerplicht === 1 ? "staat nog 1 verplicht punt" : `staan nog ${openVerplicht} verplichte punten`} open op de checklist.`}
          >
            {(veld) => <Textarea {...veld} rows={3} maxLength={1000} />}
          </Field>
        ) : null}
        {geblokkeerd ? <p className="rounded-md border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-900">{geblokkeerd}</p> : null}
        <VerstuurKnop isPending={form.isPending} disabled={Boolean(geblokkeerd)}>
          {regel.label}
        </VerstuurKnop>
      </VeldPrefix>
    </form>
  );
}
