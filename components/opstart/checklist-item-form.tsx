"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input, Textarea } from "@/components/ui/field";
import type { ActionState } from "@/lib/actions/result";
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
  const { state, formAction: action, isPending, onSubmit } = useFormAction<ActionState>(updateChecklistItemAction, { ok: false });
  const e = state.errors ?? {};
  const p = `item-${item.id}`;


  return (
    <form noValidate action={action} onSubmit={onSubmit} aria-labelledby={titelId} className="mt-3 flex flex-col gap-3">
      <input type="hidden" name="id" value={item.id} />
      <input type="hidden" name="version" value={item.version} />
      <fieldset aria-describedby={`${p}-status-error`}>
        <legend className="sr-only">Status</legend>
        <div className="grid max-w-xl grid-cols-4 gap-1.5">
          {CHECKLIST_STATUSSEN.map((status) => (
            <label key={status} className="group relative cursor-pointer">
              <input
                type="radio"
                name="status"
                value={status}
                defaultChecked={item.status === status}
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
        <p id={`${p}-status-error`} className="text-sm font-medium text-red-700" aria-live="polite">
          {e.status?.[0]}
        </p>
      </fieldset>
      <details open={Boolean(e.datum || e.notitie) || undefined}>
        <summary className="flex min-h-11 cursor-pointer items-center text-merk-700 underline-offset-4 hover:underline">
          Datum en notitie
        </summary>
        <div className="mt-2 grid gap-3 sm:grid-cols-[12rem_1fr]">
          <Field id={`${p}-datum`} label="Datum" error={e.datum} hint="Leeg bij ‘geregeld’ = vandaag.">
            <Input
              id={`${p}-datum`}
              name="datum"
              type="date"
              defaultValue={item.datum ?? ""}
              aria-invalid={Boolean(e.datum)}
              aria-describedby={describedBy(`${p}-datum`, true)}
            />
          </Field>
          <Field id={`${p}-notitie`} label="Notitie" error={e.notitie} hint={`Hoogstens ${NOTITIE_MAX} tekens.`}>
            <Textarea
              id={`${p}-notitie`}
              name="notitie"
              rows={2}
              maxLength={NOTITIE_MAX}
              defaultValue={item.notitie ?? ""}
              aria-invalid={Boolean(e.notitie)}
              aria-describedby={describedBy(`${p}-notitie`, true)}
            />
          </Field>
        </div>
      </details>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secundair" disabled={isPending}>
          {isPending ? "Bezig met opslaan…" : "Opslaan"}
          <span className="sr-only">: {item.titel}</span>
        </Button>
        <p aria-live="polite" role="status" className={`text-sm font-medium ${state.ok ? "text-green-800" : "text-red-700"}`}>
          {isPending ? "" : state.message}
        </p>
      </div>
    </form>
  );
}
