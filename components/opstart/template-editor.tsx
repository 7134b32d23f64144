"use client";

import { Button } from "@/components/ui/button";
import { describedBy, Field, Input, Textarea } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/actions/result";
import type { ChecklistCategorie } from "@/lib/db/generated/enums";
import { addTemplateItemAction, deactivateTemplateItemAction, updateTemplateItemAction } from "@/lib/opstart/actions";
import type { TemplateItemView } from "@/lib/opstart/template-queries";
import { CHECKLIST_CATEGORIE_LABELS } from "@/lib/opstart/rules";
import { CHECKLIST_CATEGORIEEN, DEADLINE_DAGEN_MAX, TITEL_MAX, UITLEG_MAX } from "@/lib/opstart/schema";

type Velden = Pick<TemplateItemView, "titel" | "uitleg" | "categorieen" | "verplicht" | "alleenMetKinderen" | "deadlineDagenNaBrp">;

function ItemVelden({ p, item, errors }: { p: string; item: Velden; errors: Record<string, string[] | undefined> }) {
  const e = errors;
  return (
    <>
      <Field id={`${p}-titel`} label="Titel" error={e.titel}>
        <Input
          id={`${p}-titel`}
          name="titel"
          required
          maxLength={TITEL_MAX}
          defaultValue={item.titel}
          aria-invalid={Boolean(e.titel)}
          aria-describedby={describedBy(`${p}-titel`)}
        />
      </Field>
      <Field id={`${p}-uitleg`} label="Uitleg (niet verplicht)" error={e.uitleg}>
        <Textarea
          id={`${p}-uitleg`}
          name="uitleg"
          rows={2}
          maxLength={UITLEG_MAX}
          defaultValue={item.uitleg ?? ""}
          aria-invalid={Boolean(e.uitleg)}
          aria-describedby={describedBy(`${p}-uitleg`)}
        />
      </Field>
      <fieldset aria-describedby={`${p}-categorieen-error`}>
        <legend className="font-medium">Categorie (één of twee)</legend>
        <div className="mt-1 grid grid-cols-2 gap-1 sm:grid-cols-4">
          {CHECKLIST_CATEGORIEEN.map((c: ChecklistCategorie) => (
            <label key={c} className="flex min-h-11 items-center gap-2">
              <input type="checkbox" name="categorieen" value={c} defaultChecked={item.categorieen.includes(c)} className="size-5" />
              {CHECKLIST_CATEGORIE_LABELS[c]}
            </label>
          ))}
        </div>
        <p id={`${p}-categorieen-error`} className="text-sm font-medium text-red-700" aria-live="polite">
          {e.categorieen?.[0]}
        </p>
      </fieldset>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="verplicht" defaultChecked={item.verplicht} className="size-5" />
          Verplicht om de opstartfase af te sluiten
        </label>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="alleenMetKinderen" defaultChecked={item.alleenMetKinderen} className="size-5" />
          Alleen bij een huishouden met kinderen
        </label>
      </div>
      <Field
        id={`${p}-deadline`}
        label="Deadline: dagen na de BRP-inschrijving"
        error={e.deadlineDagenNaBrp}
        hint={`Leeg laten als er geen deadline is. Hoogstens ${DEADLINE_DAGEN_MAX}.`}
      >
        <Input
          id={`${p}-deadline`}
          name="deadlineDagenNaBrp"
          inputMode="numeric"
          className="sm:max-w-40"
          defaultValue={item.deadlineDagenNaBrp ?? ""}
          aria-invalid={Boolean(e.deadlineDagenNaBrp)}
          aria-describedby={describedBy(`${p}-deadline`, true)}
        />
      </Field>
    </>
  );
}

/** Edit one template item; a separate small form switches it off. */
export function TemplateItemForm({ templateId, templateVersion, item }: { templateId: string; templateVersion: number; item: TemplateItemView }) {
  const bewaar = useFormAction<ActionState>(updateTemplateItemAction, { ok: false });
  const uit = useFormAction<ActionState>(deactivateTemplateItemAction, { ok: false });
  const p = `ti-${item.id}`;
  return (
    <div className="flex flex-col gap-3">
      <form noValidate action={bewaar.formAction} onSubmit={bewaar.onSubmit} className="flex flex-col gap-3" aria-label={`${item.titel} bewerken`}>
        <input type="hidden" name="templateId" value={templateId} />
        <input type="hidden" name="version" value={templateVersion} />
        <input type="hidden" name="itemId" value={item.id} />
        <FormStatus state={bewaar.state} />
        <ItemVelden p={p} item={item} errors={bewaar.state.errors ?? {}} />
        <div>
          <Button type="submit" disabled={bewaar.isPending}>
            {bewaar.isPending ? "Bezig met opslaan…" : "Opslaan"}
          </Button>
        </div>
      </form>
      <form noValidate action={uit.formAction} onSubmit={uit.onSubmit} className="flex flex-col gap-2 border-t border-slate-200 pt-3" aria-label={`${item.titel} uitzetten`}>
        <input type="hidden" name="templateId" value={templateId} />
        <input type="hidden" name="version" value={templateVersion} />
        <input type="hidden" name="itemId" value={item.id} />
        <p className="text-sm text-slate-700">Uitzetten: nieuwe checklists krijgen dit onderdeel niet meer. Bestaande checklists blijven zoals ze zijn.</p>
        <FormStatus state={uit.state} />
        <div>
          <Button type="submit" variant="gevaar" disabled={uit.isPending}>
            {uit.isPending ? "Bezig…" : "Onderdeel uitzetten"}
          </Button>
        </div>
      </form>
    </div>
  );
}

const LEEG: Velden = { titel: "", uitleg: null, categorieen: [], verplicht: false, alleenMetKinderen: false, deadlineDagenNaBrp: null };

/** Add an item to a template. The form clears after a successful add (keyed on the stamp). */
export function TemplateItemToevoegen({ templateId, templateVersion }: { templateId: string; templateVersion: number }) {
  const voeg = useFormAction<ActionState>(addTemplateItemAction, { ok: false });
  const p = `nieuw-${templateId}`;
  return (
    <form noValidate action={voeg.formAction} onSubmit={voeg.onSubmit} className="flex flex-col gap-3" aria-label="Onderdeel toevoegen">
      <input type="hidden" name="templateId" value={templateId} />
      <input type="hidden" name="version" value={templateVersion} />
      <FormStatus state={voeg.state} />
      <div key={voeg.state.ok ? voeg.state.stamp : "invoer"} className="flex flex-col gap-3">
        <ItemVelden p={p} item={LEEG} errors={voeg.state.errors ?? {}} />
      </div>
      <div>
        <Button type="submit" disabled={voeg.isPending}>
          {voeg.isPending ? "Bezig met toevoegen…" : "Onderdeel toevoegen"}
        </Button>
      </div>
    </form>
  );
}
