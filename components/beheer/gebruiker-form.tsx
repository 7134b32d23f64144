"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input, Select } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { createGebruikerAction, type GebruikerActionState } from "@/lib/gebruiker/actions";
import { ROL_LABELS } from "@/components/shell/nav";
import { ROLLEN } from "@/lib/gebruiker/schema";

export function GebruikerForm({ teams, gemeenten }: { teams: { id: string; naam: string }[]; gemeenten: { id: string; naam: string }[] }) {
  const { state, formAction: action, isPending, onSubmit } = useFormAction<GebruikerActionState>(createGebruikerAction, { ok: false });
  const e = state.errors ?? {};
  return (
    <form noValidate action={action} onSubmit={onSubmit} key={state.stamp} className="flex flex-col gap-4">
      <FormStatus state={state} />
      {state.ok && state.wachtwoord ? (
        <p className="rounded-md bg-amber-50 p-3 text-amber-950">
          Tijdelijk wachtwoord voor {state.naam}: <strong className="font-mono text-lg">{state.wachtwoord}</strong>
          <br />
          Geef dit persoonlijk door. Het wordt maar één keer getoond; bij de eerste keer inloggen kiest de gebruiker een eigen wachtwoord.
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="naam" label="Naam" error={e.naam}>
          <Input id="naam" name="naam" maxLength={120} required aria-invalid={Boolean(e.naam)} aria-describedby={describedBy("naam")} />
        </Field>
        <Field id="email" label="E-mailadres" error={e.email}>
          <Input id="email" name="email" type="email" maxLength={254} required aria-invalid={Boolean(e.email)} aria-describedby={describedBy("email")} />
        </Field>
        <Field id="rol" label="Rol" error={e.rol}>
          <Select id="rol" name="rol" required defaultValue="" aria-invalid={Boolean(e.rol)} aria-describedby={describedBy("rol")}>
            <option value="" disabled>
              Kies een rol
            </option>
            {ROLLEN.map((r) => (
              <option key={r} value={r}>
                {ROL_LABELS[r]}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="teamId" label="Team (niet verplicht)" error={e.teamId}>
          <Select id="teamId" name="teamId" defaultValue="" aria-describedby={describedBy("teamId")}>
            <option value="">Geen team</option>
            {teams.map((t) => (
              <option key={t.id} value={t.id}>
                {t.naam}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <fieldset className="flex flex-col gap-2" aria-describedby="gemeenteIds-error">
        <legend className="font-medium">Gemeenten (alleen voor een consulent)</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {gemeenten.map((g) => (
            <label key={g.id} className="flex min-h-11 items-center gap-2">
              <input type="checkbox" name="gemeenteIds" value={g.id} className="size-5" />
              {g.naam}
            </label>
          ))}
        </div>
        <p id="gemeenteIds-error" className="text-sm font-medium text-red-700">
          {e.gemeenteIds?.[0]}
        </p>
      </fieldset>
      <div>
        <Button type="submit" disabled={isPending}>
          {isPending ? "Bezig…" : "Account aanmaken"}
        </Button>
      </div>
    </form>
  );
}
