"use client";

import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { Keuzes } from "@/components/ui/keuzes";
import { useFormAction } from "@/components/ui/use-form-action";
import { createGebruikerAction } from "@/lib/gebruiker/actions";
import { ROL_LABELS } from "@/components/shell/nav";
import { ROLLEN } from "@/lib/gebruiker/schema";
import { TijdelijkWachtwoordMelding } from "./tijdelijk-wachtwoord";

export function GebruikerForm({ teams, gemeenten }: { teams: { id: string; naam: string }[]; gemeenten: { id: string; naam: string }[] }) {
  const form = useFormAction(createGebruikerAction);
  const e = form.errors;
  return (
    <form {...form.props} key={form.state.stamp} className="flex flex-col gap-4">
      <FormMelding {...form.melding} />
      <TijdelijkWachtwoordMelding state={form.state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="naam" label="Naam" error={e.naam}>
          {(veld) => <Input {...veld} maxLength={120} required />}
        </Field>
        <Field name="email" label="E-mailadres" error={e.email}>
          {(veld) => <Input {...veld} type="email" maxLength={254} required />}
        </Field>
        <Field name="rol" label="Rol" error={e.rol}>
          {(veld) => (
            <Select {...veld} required defaultValue="">
              <option value="" disabled>
                Kies een rol
              </option>
              {ROLLEN.map((r) => (
                <option key={r} value={r}>
                  {ROL_LABELS[r]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field name="teamId" label="Team (niet verplicht)" error={e.teamId}>
          {(veld) => (
            <Select {...veld} defaultValue="">
              <option value="">Geen team</option>
              {teams.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.naam}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <Keuzes
        name="gemeenteIds"
        legend="Gemeenten (alleen voor een consulent)"
        opties={gemeenten.map((g) => ({ waarde: g.id, label: g.naam }))}
        error={e.gemeenteIds}
        className="flex flex-col gap-2"
        lijstClassName="flex flex-wrap gap-x-6 gap-y-2"
      />
      <div>
        <Button type="submit" disabled={form.isPending}>
          {form.isPending ? "Bezig…" : "Account aanmaken"}
        </Button>
      </div>
    </form>
  );
}
