"use client";

import Link from "@/components/ui/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Opties, Select, useVeldId } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { Vinkje } from "@/components/ui/keuzes";
import { useFormAction } from "@/components/ui/use-form-action";
import { VerstuurKnop } from "@/components/ui/verstuur-knop";
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

const alsOpties = (lijst: Keuze[]) => lijst.map((k) => ({ waarde: k.id, label: k.naam }));
const RELATIE_OPTIES = (Object.keys(HUISHOUD_RELATIE_LABELS) as HuishoudRelatie[]).map((r) => ({ waarde: r, label: HUISHOUD_RELATIE_LABELS[r] }));

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
                <Opties leeg="Kies een gemeente" opties={alsOpties(gemeenten)} />
              </Select>
            )}
          </Field>
        }
        naDoelgroepen={
          begeleiders ? (
            <Field name="begeleiderId" label="Begeleider" error={e.begeleiderId} hint="Wie begeleidt deze persoon? Je kunt dit later ook regelen.">
              {(veld) => (
                <Select {...veld} defaultValue="">
                  <Opties leeg="Nog niemand" opties={alsOpties(begeleiders)} />
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

      <VerstuurKnop isPending={form.isPending} bezig="Bezig met aanmelden…">
        Aanmelden
      </VerstuurKnop>
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
            <Opties opties={RELATIE_OPTIES} />
          </Select>
        )}
      </Field>
      <Vinkje name={naam("isNareiziger")} label="Nareiziger" error={errors[naam("isNareiziger")]} className="self-end" />
    </fieldset>
  );
}
