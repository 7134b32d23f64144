"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Opties, Select, Textarea } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { Keuzes } from "@/components/ui/keuzes";
import { useFormAction } from "@/components/ui/use-form-action";
import { VeldPrefix } from "@/components/ui/veld-prefix";
import { CATEGORIE_LABELS, ERNST_LABELS, ERNST_VOLGORDE, MELD_CATEGORIEEN } from "@/lib/signaal/meld-labels";
import { MAX_OMSCHRIJVING } from "@/lib/signaal/rules";
import { meldSignaalAction } from "@/lib/signaal/actions";

/**
 * "Zorg melden": category, urgency and what you saw — quick, also on a phone.
 * The form's aanvraagSleutel makes a double tap one signal; after a success
 * the form starts empty with a new key. The confirmation only says it was received.
 */
export function MeldForm({ inburgeraarId, naam }: { inburgeraarId: string; naam: string }) {
  const form = useFormAction(meldSignaalAction);
  const [basisSleutel] = useState(() => crypto.randomUUID());
  return (
    <form {...form.props} className="flex flex-col gap-4" key={form.state.stamp}>
      <VeldPrefix value="zorg">
        <input type="hidden" name="inburgeraarId" value={inburgeraarId} />
        <input type="hidden" name="aanvraagSleutel" value={`${basisSleutel}-${form.state.stamp ?? 0}`} />
        <FormMelding {...form.melding} />
        <p className="text-sm text-slate-700">
          Maak je je zorgen over {naam}? Meld het hier. Een begeleider pakt het op. Is er nu gevaar? Bel dan eerst 112.
        </p>
        <Field name="categorie" label="Waar maak je je zorgen over?" error={form.errors.categorie}>
          {(veld) => (
            <Select {...veld} defaultValue="">
              <Opties leeg="Kies…" leegKiesbaar={false} opties={MELD_CATEGORIEEN.map((c) => ({ waarde: c, label: CATEGORIE_LABELS[c] }))} />
            </Select>
          )}
        </Field>
        <Keuzes
          name="ernst"
          type="radio"
          legend="Hoe dringend is het?"
          error={form.errors.ernst}
          standaard={["MIDDEN"]}
          opties={ERNST_VOLGORDE.map((e) => ({ waarde: e, label: ERNST_LABELS[e] }))}
        />
        <Field
          name="omschrijving"
          label="Wat zag of hoorde je?"
          hint="Schrijf op wat er gebeurde, wanneer, en wie wat zei. Alleen feiten: je eigen mening hoeft niet."
          error={form.errors.omschrijving}
        >
          {(veld) => <Textarea {...veld} rows={4} maxLength={MAX_OMSCHRIJVING} />}
        </Field>
        <div>
          <Button type="submit" disabled={form.isPending}>
            {form.isPending ? "Bezig…" : "Zorg melden"}
          </Button>
        </div>
      </VeldPrefix>
    </form>
  );
}
