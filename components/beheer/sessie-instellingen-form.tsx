"use client";

import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { useFormAction } from "@/components/ui/use-form-action";
import { wijzigSessieInstellingenAction } from "@/lib/sessie/actions";

/** The organisation's session timeouts (docs/decisions/014): effective at everyone's next request. */
export function SessieInstellingenForm({ s }: { s: { sessieInactiefMinuten: number; sessieMaxUren: number; sessieVersion: number } }) {
  const form = useFormAction(wijzigSessieInstellingenAction);
  return (
    <form {...form.props} className="flex flex-col gap-4">
      <FormMelding {...form.melding} />
      <input type="hidden" name="version" value={s.sessieVersion} />
      <Field name="sessieInactiefMinuten" label="Uitloggen na zoveel minuten zonder activiteit" hint="Tussen 5 en 480. Standaard 15." error={form.errors.sessieInactiefMinuten}>
        {(veld) => <Input {...veld} type="number" inputMode="numeric" min={5} max={480} defaultValue={s.sessieInactiefMinuten} required />}
      </Field>
      <Field name="sessieMaxUren" label="Hoogstens zoveel uur ingelogd" hint="Tussen 1 en 24. Daarna altijd opnieuw inloggen." error={form.errors.sessieMaxUren}>
        {(veld) => <Input {...veld} type="number" inputMode="numeric" min={1} max={24} defaultValue={s.sessieMaxUren} required />}
      </Field>
      <Button type="submit" disabled={form.isPending}>
        {form.isPending ? "Bezig…" : "Sessie-instellingen opslaan"}
      </Button>
    </form>
  );
}
