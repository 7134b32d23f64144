"use client";

import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { Keuzes } from "@/components/ui/keuzes";
import { useFormAction } from "@/components/ui/use-form-action";
import { VeldPrefix } from "@/components/ui/veld-prefix";
import type { DoelStatus, Leefgebied } from "@/lib/db/generated/enums";
import { bewerkDoelAction, voegDoelToeAction } from "@/lib/plan/actions";
import { DOEL_STATUS_LABELS, DOEL_STATUS_VOLGORDE } from "@/lib/plan/labels";

/** A new doel for one leefgebied. */
export function DoelToevoegenForm({ inburgeraarId, leefgebied }: { inburgeraarId: string; leefgebied: Leefgebied }) {
  const form = useFormAction(voegDoelToeAction);
  return (
    <form {...form.props} className="flex flex-col gap-4" key={form.state.stamp}>
      <VeldPrefix value={`nieuw-doel-${leefgebied}`}>
        <input type="hidden" name="inburgeraarId" value={inburgeraarId} />
        <input type="hidden" name="leefgebied" value={leefgebied} />
        <FormMelding {...form.melding} />
        <Field name="omschrijving" label="Nieuw doel" hint="Wat wil de inburgeraar bereiken? Schrijf het in gewone woorden." error={form.errors.omschrijving}>
          {(veld) => <Input {...veld} maxLength={300} />}
        </Field>
        <Field name="streefdatum" label="Wanneer ongeveer?" hint="Mag leeg blijven." error={form.errors.streefdatum}>
          {(veld) => <Input {...veld} type="date" className="max-w-xs" />}
        </Field>
        <div>
          <Button type="submit" variant="secundair" disabled={form.isPending}>
            {form.isPending ? "Bezig…" : "Doel toevoegen"}
          </Button>
        </div>
      </VeldPrefix>
    </form>
  );
}

/** Status, text, target date and evaluation of a doel. */
export function DoelBewerkenForm(props: {
  doelId: string;
  version: number;
  omschrijving: string;
  status: DoelStatus;
  streefdatum: string | null;
  evaluatie: string | null;
}) {
  const form = useFormAction(bewerkDoelAction);
  return (
    <form {...form.props} className="flex flex-col gap-4">
      <VeldPrefix value={`doel-${props.doelId}`}>
        <input type="hidden" name="doelId" value={props.doelId} />
        <input type="hidden" name="version" value={props.version} />
        <FormMelding {...form.melding} />
        <Field name="omschrijving" label="Doel" error={form.errors.omschrijving}>
          {(veld) => <Input {...veld} maxLength={300} defaultValue={props.omschrijving} />}
        </Field>
        <Keuzes
          name="status"
          legend="Hoe staat het ervoor?"
          type="radio"
          opties={DOEL_STATUS_VOLGORDE.map((s) => ({ waarde: s, label: DOEL_STATUS_LABELS[s] }))}
          standaard={[props.status]}
          error={form.errors.status}
          lijstClassName="mt-1 flex flex-wrap gap-x-4"
        />
        <Field name="streefdatum" label="Wanneer ongeveer?" error={form.errors.streefdatum}>
          {(veld) => <Input {...veld} type="date" className="max-w-xs" defaultValue={props.streefdatum ?? ""} />}
        </Field>
        <Field name="evaluatie" label="Hoe ging het?" hint="Bijvoorbeeld bij bereikt of gestopt. Mag leeg blijven." error={form.errors.evaluatie}>
          {(veld) => <Textarea {...veld} rows={2} maxLength={1000} defaultValue={props.evaluatie ?? ""} />}
        </Field>
        <div>
          <Button type="submit" variant="secundair" disabled={form.isPending}>
            {form.isPending ? "Bezig…" : "Doel opslaan"}
          </Button>
        </div>
      </VeldPrefix>
    </form>
  );
}
