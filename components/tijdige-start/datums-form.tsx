"use client";

import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { useFormAction } from "@/components/ui/use-form-action";
import { VeldPrefix } from "@/components/ui/veld-prefix";
import type { Leerroute } from "@/lib/db/generated/enums";
import { LEERROUTE_LABELS } from "@/lib/toestemming/labels";
import { legInburgeringDatumsVastAction } from "@/lib/tijdige-start/actions";

/** The consulent records the gemeente's inburgering dates. */
export function InburgeringDatumsForm({
  inburgeraarId,
  version,
  waarden,
}: {
  inburgeraarId: string;
  version: number;
  waarden: { bredeIntakeDatum: string; pipVastgesteldDatum: string; leerroute: Leerroute | ""; startLeerrouteDatum: string; eersteLesDatum: string };
}) {
  const form = useFormAction(legInburgeringDatumsVastAction);
  return (
    <form {...form.props} className="flex flex-col gap-4">
      <VeldPrefix value="inburgering">
        <input type="hidden" name="inburgeraarId" value={inburgeraarId} />
        <input type="hidden" name="version" value={version} />
        <FormMelding {...form.melding} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="bredeIntakeDatum" label="Brede intake" error={form.errors.bredeIntakeDatum}>
            {(veld) => <Input {...veld} type="date" defaultValue={waarden.bredeIntakeDatum} />}
          </Field>
          <Field name="pipVastgesteldDatum" label="PIP vastgesteld" error={form.errors.pipVastgesteldDatum}>
            {(veld) => <Input {...veld} type="date" defaultValue={waarden.pipVastgesteldDatum} />}
          </Field>
          <Field name="leerroute" label="Leerroute" error={form.errors.leerroute}>
            {(veld) => (
              <Select {...veld} defaultValue={waarden.leerroute}>
                <option value="">Nog niet bekend</option>
                {(Object.keys(LEERROUTE_LABELS) as Leerroute[]).map((l) => (
                  <option key={l} value={l}>
                    {LEERROUTE_LABELS[l]}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field name="startLeerrouteDatum" label="Start leerroute" error={form.errors.startLeerrouteDatum}>
            {(veld) => <Input {...veld} type="date" defaultValue={waarden.startLeerrouteDatum} />}
          </Field>
          <Field name="eersteLesDatum" label="Eerste les" error={form.errors.eersteLesDatum}>
            {(veld) => <Input {...veld} type="date" defaultValue={waarden.eersteLesDatum} />}
          </Field>
        </div>
        <div>
          <Button type="submit" disabled={form.isPending}>
            {form.isPending ? "Bezig…" : "Datums opslaan"}
          </Button>
        </div>
      </VeldPrefix>
    </form>
  );
}
