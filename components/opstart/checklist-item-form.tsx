"use client";

import { Field, Input, Textarea } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { useFormAction } from "@/components/ui/use-form-action";
import { VerstuurKnop } from "@/components/ui/verstuur-knop";
import { VeldPrefix } from "@/components/ui/veld-prefix";
import type { ChecklistStatus } from "@/lib/db/generated/enums";
import { updateChecklistItemAction } from "@/lib/opstart/actions";
import { NOTITIE_MAX } from "@/lib/opstart/waarden";

export interface ChecklistItemFormItem {
  id: string;
  titel: string;
  status: ChecklistStatus;
  datum: string | null;
  notitie: string | null;
  version: number;
}

/**
 * The date and note of one checklist item, folded under "Datum en notitie".
 * The status itself is saved by a tap (ChecklistStatusTik); this form sends
 * the current status along, and the version the page holds, so a stale save
 * becomes a conflict message.
 */
export function ChecklistItemForm({ item, titelId }: { item: ChecklistItemFormItem; titelId: string }) {
  const form = useFormAction(updateChecklistItemAction);
  const e = form.errors;
  return (
    <details open={Boolean(e.datum || e.notitie || (form.state.message && !form.state.ok)) || undefined} className="mt-1">
      <summary className="flex min-h-11 cursor-pointer items-center text-merk-700 underline-offset-4 hover:underline">
        Datum en notitie<span className="sr-only">: {item.titel}</span>
      </summary>
      <form {...form.props} aria-labelledby={titelId} className="mt-2 flex flex-col gap-3">
        <VeldPrefix value={`item-${item.id}`}>
          <input type="hidden" name="id" value={item.id} />
          <input type="hidden" name="version" value={item.version} />
          <input type="hidden" name="status" value={item.status} />
          <FormMelding {...form.melding} />
          <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
            <Field name="datum" label="Datum" error={e.datum} hint="Leeg bij ‘geregeld’ = vandaag.">
              {(veld) => <Input {...veld} type="date" defaultValue={item.datum ?? ""} />}
            </Field>
            <Field name="notitie" label="Notitie" error={e.notitie} hint={`Hoogstens ${NOTITIE_MAX} tekens.`}>
              {(veld) => <Textarea {...veld} rows={2} maxLength={NOTITIE_MAX} defaultValue={item.notitie ?? ""} />}
            </Field>
          </div>
          <VerstuurKnop isPending={form.isPending} bezig="Bezig met opslaan…" variant="secundair">
            Datum en notitie opslaan<span className="sr-only">: {item.titel}</span>
          </VerstuurKnop>
        </VeldPrefix>
      </form>
    </details>
  );
}

