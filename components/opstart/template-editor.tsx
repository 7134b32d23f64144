"use client";

import { Field, Input, Textarea } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { Keuzes, Vinkje } from "@/components/ui/keuzes";
import { useFormAction } from "@/components/ui/use-form-action";
import { VerstuurKnop } from "@/components/ui/verstuur-knop";
import { VeldPrefix } from "@/components/ui/veld-prefix";
import type { FieldErrors } from "@/lib/actions/state";
import { addTemplateItemAction, deactivateTemplateItemAction, updateTemplateItemAction } from "@/lib/opstart/actions";
import type { TemplateItemView } from "@/lib/opstart/template-queries";
import { CHECKLIST_CATEGORIE_LABELS } from "@/lib/opstart/rules";
import { CHECKLIST_CATEGORIEEN, DEADLINE_DAGEN_MAX, TITEL_MAX, UITLEG_MAX } from "@/lib/opstart/waarden";

type Velden = Pick<TemplateItemView, "titel" | "uitleg" | "categorieen" | "verplicht" | "alleenMetKinderen" | "deadlineDagenNaBrp">;

const CATEGORIE_OPTIES = CHECKLIST_CATEGORIEEN.map((c) => ({ waarde: c, label: CHECKLIST_CATEGORIE_LABELS[c] }));

function ItemVelden({ item, errors: e }: { item: Velden; errors: FieldErrors }) {
  return (
    <>
      <Field name="titel" label="Titel" error={e.titel}>
        {(veld) => <Input {...veld} required maxLength={TITEL_MAX} defaultValue={item.titel} />}
      </Field>
      <Field name="uitleg" label="Uitleg (niet verplicht)" error={e.uitleg}>
        {(veld) => <Textarea {...veld} rows={2} maxLength={UITLEG_MAX} defaultValue={item.uitleg ?? ""} />}
      </Field>
      <Keuzes
        name="categorieen"
        legend="Categorie (één of twee)"
        opties={CATEGORIE_OPTIES}
        standaard={item.categorieen}
        error={e.categorieen}
        lijstClassName="mt-1 grid grid-cols-2 gap-1 sm:grid-cols-4"
      />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Vinkje name="verplicht" label="Verplicht om de opstartfase af te sluiten" defaultChecked={item.verplicht} error={e.verplicht} />
        <Vinkje name="alleenMetKinderen" label="Alleen bij een huishouden met kinderen" defaultChecked={item.alleenMetKinderen} error={e.alleenMetKinderen} />
      </div>
      <Field
        name="deadlineDagenNaBrp"
        label="Deadline: dagen na de BRP-inschrijving"
        error={e.deadlineDagenNaBrp}
        hint={`Leeg laten als er geen deadline is. Hoogstens ${DEADLINE_DAGEN_MAX}.`}
      >
        {(veld) => <Input {...veld} inputMode="numeric" className="sm:max-w-40" defaultValue={item.deadlineDagenNaBrp ?? ""} />}
      </Field>
    </>
  );
}

/** Edit one template item; a separate small form switches it off. */
export function TemplateItemForm({ templateId, templateVersion, item }: { templateId: string; templateVersion: number; item: TemplateItemView }) {
  const bewaar = useFormAction(updateTemplateItemAction);
  const uit = useFormAction(deactivateTemplateItemAction);
  const sleutels = <TemplateSleutels templateId={templateId} templateVersion={templateVersion} itemId={item.id} />;
  return (
    <div className="flex flex-col gap-3">
      <form {...bewaar.props} className="flex flex-col gap-3" aria-label={`${item.titel} bewerken`}>
        <VeldPrefix value={`ti-${item.id}`}>
          {sleutels}
          <FormMelding {...bewaar.melding} />
          <ItemVelden item={item} errors={bewaar.errors} />
          <VerstuurKnop isPending={bewaar.isPending} bezig="Bezig met opslaan…">
            Opslaan
          </VerstuurKnop>
        </VeldPrefix>
      </form>
      <form {...uit.props} className="flex flex-col gap-2 border-t border-slate-200 pt-3" aria-label={`${item.titel} uitzetten`}>
        {sleutels}
        <FormMelding {...uit.melding} />
        <p className="text-sm text-slate-700">Uitzetten: nieuwe checklists krijgen dit onderdeel niet meer. Bestaande checklists blijven zoals ze zijn.</p>
        <VerstuurKnop isPending={uit.isPending} variant="gevaar">
          Onderdeel uitzetten
        </VerstuurKnop>
      </form>
    </div>
  );
}

/** Which template (at which version) and which item a form is about. */
function TemplateSleutels({ templateId, templateVersion, itemId }: { templateId: string; templateVersion: number; itemId?: string }) {
  return (
    <>
      <input type="hidden" name="templateId" value={templateId} />
      <input type="hidden" name="version" value={templateVersion} />
      {itemId ? <input type="hidden" name="itemId" value={itemId} /> : null}
    </>
  );
}

const LEEG: Velden = { titel: "", uitleg: null, categorieen: [], verplicht: false, alleenMetKinderen: false, deadlineDagenNaBrp: null };

/** Add an item to a template. The form clears after a successful add (keyed on the stamp). */
export function TemplateItemToevoegen({ templateId, templateVersion }: { templateId: string; templateVersion: number }) {
  const voeg = useFormAction(addTemplateItemAction);
  return (
    <form {...voeg.props} className="flex flex-col gap-3" aria-label="Onderdeel toevoegen">
      <VeldPrefix value={`nieuw-${templateId}`}>
        <TemplateSleutels templateId={templateId} templateVersion={templateVersion} />
        <FormMelding {...voeg.melding} />
        <div key={voeg.state.ok ? voeg.state.stamp : "invoer"} className="flex flex-col gap-3">
          <ItemVelden item={LEEG} errors={voeg.errors} />
        </div>
        <VerstuurKnop isPending={voeg.isPending} bezig="Bezig met toevoegen…">
          Onderdeel toevoegen
        </VerstuurKnop>
      </VeldPrefix>
    </form>
  );
}
