"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input, Select } from "@/components/ui/field";
import { DossierVelden, Groep } from "./dossier-velden";
import { FormStatus } from "@/components/ui/form-status";
import { aanmeldAction, type AanmeldState } from "@/lib/inburgeraar/actions";
import { HUISHOUD_RELATIE_LABELS } from "@/lib/inburgeraar/labels";
import type { HuishoudRelatie } from "@/lib/db/generated/enums";

const MAX_RIJEN = 8;

interface Keuze {
  id: string;
  naam: string;
}

export function AanmeldForm({ gemeenten, begeleiders }: { gemeenten: Keuze[]; begeleiders: Keuze[] | null }) {
  const { state, formAction: action, isPending, onSubmit } = useFormAction<AanmeldState>(aanmeldAction, { ok: false });
  const [rijen, setRijen] = useState(1);
  const e = state.errors ?? {};


  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      <FormStatus state={state} />
      {state.dubbelDossierId ? (
        <p>
          <Link href={`/inburgeraars/${state.dubbelDossierId}`} className="font-medium text-merk-700 underline">
            Open het bestaande dossier
          </Link>
        </p>
      ) : null}

      <DossierVelden
        errors={e}
        bsn={{ soort: "aanmelden" }}
        gemeenteVeld={
          <Field id="gemeenteId" label="Gemeente" error={e.gemeenteId}>
            <Select id="gemeenteId" name="gemeenteId" defaultValue={gemeenten.length === 1 ? gemeenten[0]!.id : ""} aria-invalid={Boolean(e.gemeenteId)} aria-describedby={describedBy("gemeenteId")}>
              <option value="">Kies een gemeente</option>
              {gemeenten.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.naam}
                </option>
              ))}
            </Select>
          </Field>
        }
        naDoelgroepen={
          begeleiders ? (
            <Field id="begeleiderId" label="Begeleider" error={e.begeleiderId} hint="Wie begeleidt deze persoon? Je kunt dit later ook regelen.">
              <Select id="begeleiderId" name="begeleiderId" defaultValue="" aria-invalid={Boolean(e.begeleiderId)} aria-describedby={describedBy("begeleiderId", true)}>
                <option value="">Nog niemand</option>
                {begeleiders.map((b) => (
                  <option key={b.id} value={b.id}>
                    {b.naam}
                  </option>
                ))}
              </Select>
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
        <p className="text-sm font-medium text-red-700">{e.huishouden?.[0]}</p>
      </Groep>

      <div>
        <Button type="submit" disabled={isPending}>
          {isPending ? "Bezig met aanmelden…" : "Aanmelden"}
        </Button>
      </div>
    </form>
  );
}

function HuishoudRij({ index, errors }: { index: number; errors: Record<string, string[] | undefined> }) {
  const id = (veld: string) => `huishouden.${index}.${veld}`;
  return (
    <fieldset className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-4">
      <legend className="px-1 text-sm font-medium">Gezinslid {index + 1}</legend>
      <Field id={id("voornaam")} label="Voornaam" error={errors[id("voornaam")]}>
        <Input id={id("voornaam")} name={id("voornaam")} maxLength={100} autoComplete="off" aria-invalid={Boolean(errors[id("voornaam")])} aria-describedby={describedBy(id("voornaam"))} />
      </Field>
      <Field id={id("geboortedatum")} label="Geboortedatum" error={errors[id("geboortedatum")]}>
        <Input id={id("geboortedatum")} name={id("geboortedatum")} type="date" aria-invalid={Boolean(errors[id("geboortedatum")])} aria-describedby={describedBy(id("geboortedatum"))} />
      </Field>
      <Field id={id("relatie")} label="Relatie" error={errors[id("relatie")]}>
        <Select id={id("relatie")} name={id("relatie")} defaultValue="KIND" aria-describedby={describedBy(id("relatie"))}>
          {(Object.keys(HUISHOUD_RELATIE_LABELS) as HuishoudRelatie[]).map((r) => (
            <option key={r} value={r}>
              {HUISHOUD_RELATIE_LABELS[r]}
            </option>
          ))}
        </Select>
      </Field>
      <label className="flex min-h-11 items-center gap-2 self-end">
        <input type="checkbox" name={id("isNareiziger")} className="size-5" />
        Nareiziger
      </label>
    </fieldset>
  );
}
