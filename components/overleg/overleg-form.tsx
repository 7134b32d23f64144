"use client";

import { useState } from "react";
import { Field, Input, Textarea } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { Keuzes } from "@/components/ui/keuzes";
import { useFormAction } from "@/components/ui/use-form-action";
import { VerstuurKnop } from "@/components/ui/verstuur-knop";
import { maakOverlegAction } from "@/lib/overleg/actions";

/** Plan a casuïstiekoverleg: when, who, and which dossiers (only those you may see are offered). */
export function OverlegForm({ collegas, dossiers, vandaag }: { collegas: { id: string; naam: string; rolLabel: string }[]; dossiers: { id: string; naam: string; gemeente: string }[]; vandaag: string }) {
  const form = useFormAction(maakOverlegAction);
  const [sleutel] = useState(() => crypto.randomUUID());
  const e = form.errors;
  return (
    <form {...form.props} className="flex flex-col gap-5">
      <input type="hidden" name="aanvraagSleutel" value={`${sleutel}-${form.state.stamp ?? 0}`} />
      <FormMelding {...form.melding} />
      <Field name="titel" label="Naam van het overleg" error={e.titel}>
        {(veld) => <Input {...veld} maxLength={150} defaultValue="Casuïstiekoverleg" />}
      </Field>
      <Field name="datum" label="Datum" error={e.datum}>
        {(veld) => <Input {...veld} type="date" className="max-w-xs" defaultValue={vandaag} />}
      </Field>
      <Keuzes
        name="deelnemerIds"
        legend="Collega's die meedoen"
        hint="Jij doet altijd mee. Iedereen ziet in het verslag alleen de dossiers die hij of zij mag zien."
        opties={collegas.map((c) => ({ waarde: c.id, label: `${c.naam} (${c.rolLabel})` }))}
        error={e.deelnemerIds}
        lijstClassName="mt-2 grid gap-1 sm:grid-cols-2"
      />
      <Field name="externeDeelnemers" label="Deelnemers van buiten (mag leeg)" hint="Eén naam per regel, bijvoorbeeld: Marieke de Boer, Wmo-consulent." error={e.externeDeelnemers}>
        {(veld) => <Textarea {...veld} rows={3} />}
      </Field>
      <Keuzes
        name="inburgeraarIds"
        legend="Dossiers op de agenda"
        hint="Alleen dossiers die jij mag zien."
        opties={dossiers.map((d) => ({ waarde: d.id, label: `${d.naam} (${d.gemeente})` }))}
        error={e.inburgeraarIds}
        lijstClassName="mt-2 grid max-h-96 gap-1 overflow-y-auto sm:grid-cols-2"
      />
      <VerstuurKnop isPending={form.isPending} bezig="Bezig met plannen…">
        Overleg plannen
      </VerstuurKnop>
    </form>
  );
}
