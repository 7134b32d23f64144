"use client";

import { Field, Fieldset, Input, Textarea, useVeldId } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { useFormAction } from "@/components/ui/use-form-action";
import { VerstuurKnop } from "@/components/ui/verstuur-knop";
import { VeldPrefix } from "@/components/ui/veld-prefix";
import type { ChecklistStatus } from "@/lib/db/generated/enums";
import { updateChecklistItemAction } from "@/lib/opstart/actions";
import { CHECKLIST_STATUSSEN, NOTITIE_MAX } from "@/lib/opstart/schema";

const KNOP_LABELS: Record<ChecklistStatus, { kort: string; voluit: string }> = {
  OPEN: { kort: "Open", voluit: "Open" },
  BEZIG: { kort: "Bezig", voluit: "Bezig" },
  GEREGELD: { kort: "Geregeld", voluit: "Geregeld" },
  NVT: { kort: "N.v.t.", voluit: "Niet van toepassing" },
};

export interface ChecklistItemFormItem {
  id: string;
  titel: string;
  status: ChecklistStatus;
  datum: string | null;
  notitie: string | null;
  version: number;
}

/**
 * One checklist item as its own small form: the status as large segmented
 * choices, date and note behind "Datum en notitie", and the version the page
 * loaded so a stale save becomes a conflict message.
 */
export function ChecklistItemForm({ item, titelId }: { item: ChecklistItemFormItem; titelId: string }) {
  const form = useFormAction(updateChecklistItemAction);
  const e = form.errors;
  return (
    <form {...form.props} aria-labelledby={titelId} className="mt-3 flex flex-col gap-3">
      <VeldPrefix value={`item-${item.id}`}>
        <input type="hidden" name="id" value={item.id} />
        <input type="hidden" name="version" value={item.version} />
        <FormMelding {...form.melding} />
        <Fieldset name="status" legend={<span className="sr-only">Status</span>} error={e.status}>
          <StatusKnoppen status={item.status} />
        </Fieldset>
        <details open={Boolean(e.datum || e.notitie) || undefined}>
          <summary className="flex min-h-11 cursor-pointer items-center text-merk-700 underline-offset-4 hover:underline">Datum en notitie</summary>
          <div className="mt-2 grid gap-3 sm:grid-cols-[12rem_1fr]">
            <Field name="datum" label="Datum" error={e.datum} hint="Leeg bij ‘geregeld’ = vandaag.">
              {(veld) => <Input {...veld} type="date" defaultValue={item.datum ?? ""} />}
            </Field>
            <Field name="notitie" label="Notitie" error={e.notitie} hint={`Hoogstens ${NOTITIE_MAX} tekens.`}>
              {(veld) => <Textarea {...veld} rows={2} maxLength={NOTITIE_MAX} defaultValue={item.notitie ?? ""} />}
            </Field>
          </div>
        </details>
        <VerstuurKnop isPending={form.isPending} bezig="Bezig met opslaan…" variant="secundair">
          Opslaan<span className="sr-only">: {item.titel}</span>
        </VerstuurKnop>
      </VeldPrefix>
    </form>
  );
}

/** The status as large segmented choices; the first carries the group's id for the error summary. */
function StatusKnoppen({ status: huidig }: { status: ChecklistStatus }) {
  const id = useVeldId("status");
  return (
    <div className="grid max-w-xl grid-cols-4 gap-1.5">
      {CHECKLIST_STATUSSEN.map((status, i) => (
        <label key={status} className="group relative cursor-pointer">
          <input
            id={i === 0 ? id : undefined}
            type="radio"
            name="status"
            value={status}
            defaultChecked={huidig === status}
            className="absolute inset-0 size-full cursor-pointer opacity-0"
          />
          <span className="flex min-h-11 items-center justify-center gap-1 rounded-md border-2 border-slate-500 bg-white px-1 text-center text-sm font-medium text-slate-800 group-has-[:checked]:border-merk-700 group-has-[:checked]:bg-merk-700 group-has-[:checked]:text-white group-has-[:focus-visible]:outline-3 group-has-[:focus-visible]:outline-offset-2 group-has-[:focus-visible]:outline-merk-600 sm:text-base">
            <span aria-hidden="true" className="hidden group-has-[:checked]:inline">
              ✓
            </span>
            <span aria-hidden={KNOP_LABELS[status].kort !== KNOP_LABELS[status].voluit}>{KNOP_LABELS[status].kort}</span>
            {KNOP_LABELS[status].kort !== KNOP_LABELS[status].voluit ? <span className="sr-only">{KNOP_LABELS[status].voluit}</span> : null}
          </span>
        </label>
      ))}
    </div>
  );
}
