"use client";

import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { useFormAction } from "@/components/ui/use-form-action";
import { VeldPrefix } from "@/components/ui/veld-prefix";
import type { Leefgebied } from "@/lib/db/generated/enums";
import { LEEFGEBIED_LABELS } from "@/lib/inburgeraar/labels";
import { kiesFocusAction } from "@/lib/plan/actions";

/** The leefgebied that gets extra attention in the coming period, chosen together. */
export function FocusForm({ inburgeraarId, version, focus, leefgebieden }: { inburgeraarId: string; version: number; focus: Leefgebied | null; leefgebieden: readonly Leefgebied[] }) {
  const form = useFormAction(kiesFocusAction);
  return (
    <form {...form.props} className="flex flex-col gap-3">
      <VeldPrefix value="focus">
        <input type="hidden" name="inburgeraarId" value={inburgeraarId} />
        <input type="hidden" name="version" value={version} />
        <FormMelding {...form.melding} />
        <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
          <div className="sm:min-w-72">
            <Field name="focus" label="Focus voor de komende periode" hint="Kies samen met de inburgeraar." error={form.errors.focus}>
              {(veld) => (
                <Select {...veld} defaultValue={focus ?? ""} key={focus ?? ""}>
                  <option value="">Nog geen focus</option>
                  {leefgebieden.map((l) => (
                    <option key={l} value={l}>
                      {LEEFGEBIED_LABELS[l]}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
          </div>
          <div className="sm:mb-6">
            <Button type="submit" variant="secundair" disabled={form.isPending}>
              {form.isPending ? "Bezig…" : "Focus opslaan"}
            </Button>
          </div>
        </div>
      </VeldPrefix>
    </form>
  );
}
