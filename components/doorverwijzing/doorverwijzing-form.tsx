"use client";

import { useState } from "react";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { useFormAction } from "@/components/ui/use-form-action";
import { VerstuurKnop } from "@/components/ui/verstuur-knop";
import { legDoorverwijzingVastAction, legUitkomstVastAction } from "@/lib/doorverwijzing/actions";
import { DOORVERWIJZING_UITKOMST_LABELS, DOORVERWIJZING_UITKOMSTEN } from "@/lib/doorverwijzing/labels";

/** A new doorverwijzing: to which organisation of the sociale kaart, when, and why. */
export function DoorverwijzingForm({ inburgeraarId, keuzes, vandaag }: { inburgeraarId: string; keuzes: { id: string; naam: string }[]; vandaag: string }) {
  const form = useFormAction(legDoorverwijzingVastAction);
  const [basisSleutel] = useState(() => crypto.randomUUID());
  const e = form.errors;
  return (
    <form {...form.props} key={form.state.stamp ?? 0} className="flex flex-col gap-4">
      <input type="hidden" name="inburgeraarId" value={inburgeraarId} />
      <input type="hidden" name="aanvraagSleutel" value={`${basisSleutel}-${form.state.stamp ?? 0}`} />
      <FormMelding {...form.melding} />
      <Field name="socialeKaartId" label="Naar welke organisatie?" error={e.socialeKaartId} hint="Uit de sociale kaart van de gemeente.">
        {(veld) => (
          <Select {...veld} defaultValue="">
            <option value="">Kies een organisatie</option>
            {keuzes.map((k) => (
              <option key={k.id} value={k.id}>
                {k.naam}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field name="datum" label="Datum" error={e.datum}>
        {(veld) => <Input {...veld} type="date" max={vandaag} defaultValue={vandaag} />}
      </Field>
      <Field name="reden" label="Waarom verwijs je door?" error={e.reden} hint="Kort en feitelijk, bijvoorbeeld: betalingsachterstand huur, hulp bij een regeling.">
        {(veld) => <Textarea {...veld} rows={3} maxLength={1000} />}
      </Field>
      <VerstuurKnop isPending={form.isPending} bezig="Bezig met vastleggen…">
        Doorverwijzing vastleggen
      </VerstuurKnop>
    </form>
  );
}

/** The outcome of one doorverwijzing. */
export function UitkomstForm({ id, version, organisatie, vandaag }: { id: string; version: number; organisatie: string; vandaag: string }) {
  const form = useFormAction(legUitkomstVastAction);
  const e = form.errors;
  return (
    <form {...form.props} className="mt-3 flex flex-col gap-3 rounded-md border border-slate-200 bg-slate-50 p-3">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <FormMelding {...form.melding} />
      <Field name={`uitkomst`} id={`uitkomst-${id}`} label={`Uitkomst bij ${organisatie}`} error={e.uitkomst}>
        {(veld) => (
          <Select {...veld} defaultValue="">
            <option value="">Kies de uitkomst</option>
            {DOORVERWIJZING_UITKOMSTEN.map((u) => (
              <option key={u} value={u}>
                {DOORVERWIJZING_UITKOMST_LABELS[u]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field name="uitkomstOp" id={`uitkomstOp-${id}`} label="Datum van de uitkomst" error={e.uitkomstOp}>
        {(veld) => <Input {...veld} type="date" max={vandaag} defaultValue={vandaag} />}
      </Field>
      <Field name="uitkomstToelichting" id={`uitkomstToelichting-${id}`} label="Toelichting (mag leeg)" error={e.uitkomstToelichting}>
        {(veld) => <Textarea {...veld} rows={2} maxLength={1000} />}
      </Field>
      <VerstuurKnop isPending={form.isPending} bezig="Bezig met opslaan…">
        Uitkomst opslaan
      </VerstuurKnop>
    </form>
  );
}
