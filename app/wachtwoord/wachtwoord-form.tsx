"use client";

import { Button, ButtonLink } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { useFormAction } from "@/components/ui/use-form-action";
import { wijzigWachtwoordAction } from "@/lib/gebruiker/actions";

const VELDEN = [
  { name: "huidig", label: "Huidig (tijdelijk) wachtwoord", autoComplete: "current-password" },
  { name: "nieuw", label: "Nieuw wachtwoord", autoComplete: "new-password" },
  { name: "herhaal", label: "Herhaal nieuw wachtwoord", autoComplete: "new-password" },
] as const;

export function WachtwoordForm() {
  const form = useFormAction(wijzigWachtwoordAction);
  if (form.state.ok) {
    // Done: the confirmation takes focus, with the one next step right under it.
    return (
      <div className="flex flex-col gap-4">
        <FormMelding {...form.melding} />
        <ButtonLink href="/">Verder naar Wegwijs</ButtonLink>
      </div>
    );
  }
  return (
    <form {...form.props} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <FormMelding {...form.melding} />
      {VELDEN.map((v) => (
        <Field key={v.name} name={v.name} label={v.label} error={form.errors[v.name]}>
          {(veld) => <Input {...veld} type="password" autoComplete={v.autoComplete} />}
        </Field>
      ))}
      <Button type="submit" disabled={form.isPending}>
        {form.isPending ? "Bezig…" : "Wachtwoord opslaan"}
      </Button>
    </form>
  );
}
