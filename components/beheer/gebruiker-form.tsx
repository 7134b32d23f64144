"use client";

import { Field, Input, Opties, Select } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { Keuzes } from "@/components/ui/keuzes";
import { useFormAction } from "@/components/ui/use-form-action";
import { VerstuurKnop } from "@/components/ui/verstuur-knop";
import { createGebruikerAction } from "@/lib/gebruiker/actions";
import { ROL_LABELS } from "@/components/shell/nav";
import { ROLLEN } from "@/lib/gebruiker/rollen";
import { TijdelijkWachtwoordMelding } from "./tijdelijk-wachtwoord";

const ROL_OPTIES = ROLLEN.map((r) => ({ waarde: r, label: ROL_LABELS[r] }));

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
              <Opties leeg="Kies een rol" leegKiesbaar={false} opties={ROL_OPTIES} />
            </Select>
          )}
        </Field>
        <Field name="teamId" label="Team (niet verplicht)" error={e.teamId}>
          {(veld) => (
            <Select {...veld} defaultValue="">
              <Opties leeg="Geen team" opties={teams.map((t) => ({ waarde: t.id, label: t.naam }))} />
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
      <VerstuurKnop isPending={form.isPending}>
        Account aanmaken
      </VerstuurKnop>
    </form>
  );
}
