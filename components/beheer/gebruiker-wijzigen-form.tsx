"use client";

import { ROL_LABELS } from "@/components/shell/nav";
import { Field, Input, Opties, Select } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { Keuzes } from "@/components/ui/keuzes";
import { useFormAction } from "@/components/ui/use-form-action";
import { VerstuurKnop } from "@/components/ui/verstuur-knop";
import { wijzigGebruikerAction } from "@/lib/gebruiker/actions";
import { ROLLEN } from "@/lib/gebruiker/rollen";

const ROL_OPTIES = ROLLEN.map((r) => ({ waarde: r, label: ROL_LABELS[r] }));

export interface GebruikerWaarden {
  id: string;
  version: number;
  naam: string;
  rol: (typeof ROLLEN)[number];
  teamId: string | null;
  gemeenteIds: string[];
  fte: number | null;
  isZelf: boolean;
}

/** Name, role, team, gemeenten and fte of an account. A beheerder's own role is fixed (the server refuses it too). */
export function GebruikerWijzigenForm({
  g,
  teams,
  gemeenten,
}: {
  g: GebruikerWaarden;
  teams: { id: string; naam: string }[];
  gemeenten: { id: string; naam: string }[];
}) {
  const form = useFormAction(wijzigGebruikerAction);
  const e = form.errors;
  return (
    <form {...form.props} className="flex flex-col gap-4">
      <input type="hidden" name="id" value={g.id} />
      <input type="hidden" name="version" value={g.version} />
      <FormMelding {...form.melding} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="naam" label="Naam" error={e.naam}>
          {(veld) => <Input {...veld} maxLength={120} defaultValue={g.naam} />}
        </Field>
        <Field
          name="rol"
          label="Rol"
          hint={g.isZelf ? "Je eigen rol kun je niet wijzigen; vraag een andere beheerder." : undefined}
          error={e.rol}
        >
          {(veld) =>
            g.isZelf ? (
              <>
                <Input {...veld} name={undefined} readOnly value={ROL_LABELS[g.rol]} />
                <input type="hidden" name="rol" value={g.rol} />
              </>
            ) : (
              <Select {...veld} defaultValue={g.rol}>
                <Opties opties={ROL_OPTIES} />
              </Select>
            )
          }
        </Field>
        <Field name="teamId" label="Team (niet verplicht)" error={e.teamId}>
          {(veld) => (
            <Select {...veld} defaultValue={g.teamId ?? ""}>
              <Opties leeg="Geen team" opties={teams.map((t) => ({ waarde: t.id, label: t.naam }))} />
            </Select>
          )}
        </Field>
        <Field name="fte" label="Fte (betaalde uren, niet verplicht)" hint="Bijvoorbeeld 0,8 voor vier dagen. Telt mee in de verhoudingen per begeleider." error={e.fte}>
          {(veld) => <Input {...veld} inputMode="decimal" maxLength={5} defaultValue={g.fte === null ? "" : String(g.fte).replace(".", ",")} />}
        </Field>
      </div>
      <Keuzes
        name="gemeenteIds"
        legend="Gemeenten"
        hint="Een consulent ziet alleen deze gemeenten; voor anderen is het waar ze vooral werken (capaciteit en matching)."
        opties={gemeenten.map((x) => ({ waarde: x.id, label: x.naam }))}
        standaard={g.gemeenteIds}
        error={e.gemeenteIds}
        className="flex flex-col gap-2"
        lijstClassName="flex flex-wrap gap-x-6 gap-y-2"
      />
      <VerstuurKnop isPending={form.isPending}>Opslaan</VerstuurKnop>
    </form>
  );
}
