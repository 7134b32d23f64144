"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { Keuzes } from "@/components/ui/keuzes";
import { useFormAction } from "@/components/ui/use-form-action";
import { VeldPrefix } from "@/components/ui/veld-prefix";
import type { ActieVoor } from "@/lib/db/generated/enums";
import { voegActieToeAction } from "@/lib/plan/actions";
import { ACTIE_VOOR_LABELS, ACTIE_VOOR_VOLGORDE } from "@/lib/plan/labels";

/** A new actie for a doel: what, who (huiswerk is the inburgeraar's), and when. */
export interface KaartKeuze {
  id: string;
  naam: string;
}

export function ActieToevoegenForm({ doelId, socialeKaart = [] }: { doelId: string; socialeKaart?: KaartKeuze[] }) {
  const form = useFormAction(voegActieToeAction);
  const [voor, setVoor] = useState<ActieVoor>("INBURGERAAR");
  return (
    <form {...form.props} className="flex flex-col gap-4" key={form.state.stamp}>
      <VeldPrefix value={`actie-${doelId}`}>
        <input type="hidden" name="doelId" value={doelId} />
        <FormMelding {...form.melding} />
        <Field name="omschrijving" label="Wat moet er gebeuren?" error={form.errors.omschrijving}>
          {(veld) => <Input {...veld} maxLength={300} />}
        </Field>
        <Keuzes
          name="voor"
          legend="Wie doet het?"
          type="radio"
          opties={ACTIE_VOOR_VOLGORDE.map((v) => ({ waarde: v, label: ACTIE_VOOR_LABELS[v] }))}
          gekozen={[voor]}
          onChange={(v, aan) => aan && setVoor(v)}
          error={form.errors.voor}
          lijstClassName="mt-1 flex flex-wrap gap-x-4"
        />
        {voor === "ORGANISATIE" && socialeKaart.length > 0 ? (
          <Field name="socialeKaartId" label="Organisatie van de sociale kaart" hint="Staat de organisatie er niet bij? Vul hieronder de naam in." error={form.errors.socialeKaartId}>
            {(veld) => (
              <Select {...veld} defaultValue="">
                <option value="">Niet uit de sociale kaart</option>
                {socialeKaart.map((k) => (
                  <option key={k.id} value={k.id}>
                    {k.naam}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        ) : null}
        {voor === "ORGANISATIE" ? (
          <Field name="organisatie" label={socialeKaart.length > 0 ? "Of: andere organisatie" : "Welke organisatie?"} hint="Bijvoorbeeld het wijkteam of de schuldhulp van de gemeente." error={form.errors.organisatie}>
            {(veld) => <Input {...veld} maxLength={200} />}
          </Field>
        ) : null}
        <Field name="deadline" label="Klaar op" hint="Mag leeg blijven." error={form.errors.deadline}>
          {(veld) => <Input {...veld} type="date" className="max-w-xs" />}
        </Field>
        <div>
          <Button type="submit" variant="secundair" disabled={form.isPending}>
            {form.isPending ? "Bezig…" : voor === "INBURGERAAR" ? "Huiswerk toevoegen" : "Actie toevoegen"}
          </Button>
        </div>
      </VeldPrefix>
    </form>
  );
}
