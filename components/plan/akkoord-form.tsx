"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { Keuzes } from "@/components/ui/keuzes";
import { useFormAction } from "@/components/ui/use-form-action";
import { VeldPrefix } from "@/components/ui/veld-prefix";
import type { AkkoordWijze } from "@/lib/db/generated/enums";
import { legAkkoordVastAction } from "@/lib/plan/actions";
import { AKKOORD_WIJZE_LABELS, AKKOORD_WIJZE_VOLGORDE } from "@/lib/plan/labels";

/** The inburgeraar agrees to the plan as shown: when, and how. */
export function AkkoordForm({ inburgeraarId, inhoudSleutel, vandaag, tolkTaal }: { inburgeraarId: string; inhoudSleutel: string; vandaag: string; tolkTaal: string | null }) {
  const form = useFormAction(legAkkoordVastAction);
  const [wijze, setWijze] = useState<AkkoordWijze>(tolkTaal ? "MONDELING_MET_TOLK" : "MONDELING");
  return (
    <form {...form.props} className="flex flex-col gap-4">
      <VeldPrefix value="akkoord">
        <input type="hidden" name="inburgeraarId" value={inburgeraarId} />
        <input type="hidden" name="inhoudSleutel" value={inhoudSleutel} />
        <FormMelding {...form.melding} />
        <Field name="datum" label="Besproken op" error={form.errors.datum}>
          {(veld) => <Input {...veld} type="date" max={vandaag} defaultValue={vandaag} className="max-w-xs" />}
        </Field>
        <Keuzes
          name="wijze"
          legend="Hoe gaf de inburgeraar akkoord?"
          type="radio"
          opties={AKKOORD_WIJZE_VOLGORDE.map((w) => ({ waarde: w, label: AKKOORD_WIJZE_LABELS[w] }))}
          gekozen={[wijze]}
          onChange={(w, aan) => aan && setWijze(w)}
          error={form.errors.wijze}
        />
        {wijze === "MONDELING_MET_TOLK" ? (
          <Field name="tolkTaal" label="Taal van de tolk" error={form.errors.tolkTaal}>
            {(veld) => <Input {...veld} maxLength={100} defaultValue={tolkTaal ?? ""} className="max-w-xs" />}
          </Field>
        ) : null}
        <Field name="toelichting" label="Opmerking (mag leeg blijven)" error={form.errors.toelichting}>
          {(veld) => <Input {...veld} maxLength={300} />}
        </Field>
        <div>
          <Button type="submit" disabled={form.isPending}>
            {form.isPending ? "Bezig…" : "Akkoord vastleggen"}
          </Button>
        </div>
      </VeldPrefix>
    </form>
  );
}
