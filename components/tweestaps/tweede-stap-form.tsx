"use client";

import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { useFormAction } from "@/components/ui/use-form-action";
import { voltooiTweedeStapAction } from "@/lib/tweestaps/actions";

export function TweedeStapForm() {
  const form = useFormAction(voltooiTweedeStapAction);
  return (
    <form {...form.props} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <FormMelding {...form.melding} />
      <Field
        name="code"
        label="Code"
        hint="De 6 cijfers uit je app. Geen telefoon bij je? Vul dan een herstelcode in."
        error={form.errors.code}
      >
        {(veld) => <Input {...veld} autoComplete="one-time-code" inputMode="text" autoCapitalize="none" spellCheck={false} required />}
      </Field>
      <Button type="submit" disabled={form.isPending}>
        {form.isPending ? "Bezig…" : "Verder"}
      </Button>
    </form>
  );
}
