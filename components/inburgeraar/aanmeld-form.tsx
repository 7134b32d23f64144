"use client";

import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, useVeldId } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { Vinkje } from "@/components/ui/keuzes";
import { useFormAction } from "@/components/ui/use-form-action";
import type { FieldErrors } from "@/lib/actions/state";
import type { HuishoudRelatie } from "@/lib/db/generated/enums";
import { aanmeldAction } from "@/lib/inburgeraar/actions";
import { HUISHOUD_RELATIE_LABELS } from "@/lib/inburgeraar/labels";
import { DossierVelden, Groep } from "./dossier-velden";

const MAX_RIJEN = 8;

interface Keuze {
  id: string;
  naam: string;
}

export function AanmeldForm({ gemeenten, begeleiders }: { gemeenten: Keuze[]; begeleiders: Keuze[] | null }) {
  const form = useFormAction(aanmeldAction);
  const [rijen, setRijen] = useState(1);
  const e = form.errors;

  return (
    <form {...form.props} className="flex flex-col gap-6">
      <FormMelding {...form.melding} />
      {form.state.dubbelDossierId ? (
        <p>
          <Link href={`/inburgeraars/${form.state.dubbelDossierId}`} className="font-medium text-merk-700 underline">
            Open het bestaande dossier
          </Link>
        </p>
      ) : null}

      <DossierVelden
        errors={e}
        bsn={{ soort: "aanmelden" }}
        gemeenteVeld={
          <Field name="gemeenteId" label="Gemeente" error={e.gemeenteId}>
            {(veld) => (
              <Select {...veld} defaultValue={gemeenten.length === 1 ? gemeenten[0]!.id : ""}>
                <option value="">Kies een gemeente</option>
                {gemeenten.map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.naam}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        }
        naDoelgroepen={
          begeleiders ? (
            <Field name="begeleiderId" label="Begeleider" error={e.begeleiderId} hint="Wie begeleidt deze persoon? Je kunt dit later ook regelen.">
              {(veld) => (
                <Select {...veld} defaultValue="">
                  <option value="">Nog niemand</option>
                  {begeleiders.map((b) => (
                    <option key={b.id} value={b.id}>
                      {b.naam}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
          ) : null
        }
      />

      <Groep titel="Huishouden">
        <p className="text-sm text-slate-700">Gezinsleden die (straks) bij deze persoon wonen. Lege rijen worden niet opgeslagen.</p>
        {Array.from({ length: rijen }, (_, i) => (
          <HuishoudRij key={i} index={i} errors={e} />
        ))}
        {rijen < MAX_RIJEN ? (
          <div>
            <Button type="button" variant="secundair" onClick={() => setRijen((n) => n + 1)}>
              Gezinslid toevoegen
            </Button>
          </div>
        ) : null}
        <HuishoudFout error={e.huishouden} />
      </Groep>

      <div>
        <Button type="submit" disabled={form.isPending}>
          {form.isPending ? "Bezig met aanmelden…" : "Aanmelden"}
        </Button>
      </div>
    </form>
  );
}

/** An error about the household as a whole; the error summary links here. */
function HuishoudFout({ error }: { error?: string[] }) {
  return (
    <p id={useVeldId("huishouden")} tabIndex={-1} className="text-sm font-medium text-red-700">
      {error?.[0]}
    </p>
  );
}

function HuishoudRij({ index, errors }: { index: number; errors: FieldErrors }) {
  const naam = (veld: string) => `huishouden.${index}.${veld}`;
  return (
    <fieldset className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-4">
      <legend className="px-1 text-sm font-medium">Gezinslid {index + 1}</legend>
      <Field name={naam("voornaam")} label="Voornaam" error={errors[naam("voornaam")]}>
        {(veld) => <Input {...veld} maxLength={100} autoComplete="off" />}
      </Field>
      <Field name={naam("geboortedatum")} label="Geboortedatum" error={errors[naam("geboortedatum")]}>
        {(veld) => <Input {...veld} type="date" />}
      </Field>
      <Field name={naam("relatie")} label="Relatie" error={errors[naam("relatie")]}>
        {(veld) => (
          <Select {...veld} defaultValue="KIND">
            {(Object.keys(HUISHOUD_RELATIE_LABELS) as HuishoudRelatie[]).map((r) => (
              <option key={r} value={r}>
                {HUISHOUD_RELATIE_LABELS[r]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Vinkje name={naam("isNareiziger")} label="Nareiziger" error={errors[naam("isNareiziger")]} className="self-end" />
    </fieldset>
  );
}
