"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { Keuzes } from "@/components/ui/keuzes";
import { useFormAction } from "@/components/ui/use-form-action";
import { VeldPrefix } from "@/components/ui/veld-prefix";
import type { OverdrachtType } from "@/lib/db/generated/enums";
import { verstuurOverdrachtAction } from "@/lib/overdracht/actions";
import { OVERDRACHT_TYPE_LABELS, OVERDRACHT_TYPE_UITLEG } from "@/lib/toestemming/labels";

const TYPES: OverdrachtType[] = ["INTERN", "CONSULENT", "WARM", "VERHUIZING"];

/** One overdracht: choose the kind and the receiver, check the prefilled text, send. */
export function OverdrachtForm({
  inburgeraarId,
  gemeente,
  standaardType,
  collegas,
  socialeKaart,
  toestemming,
  voorstel,
  toestemmingHref,
}: {
  inburgeraarId: string;
  gemeente: string;
  standaardType: OverdrachtType;
  collegas: { id: string; naam: string; rolLabel: string }[];
  socialeKaart: { id: string; naam: string; metToestemming: boolean }[];
  toestemming: { consulent: boolean; nieuweGemeente: boolean };
  voorstel: Record<OverdrachtType, string>;
  toestemmingHref: string;
}) {
  const form = useFormAction(verstuurOverdrachtAction);
  const [basisSleutel] = useState(() => crypto.randomUUID());
  const [type, setType] = useState<OverdrachtType>(standaardType);
  const [organisatie, setOrganisatie] = useState("");
  const gekozenOrg = socialeKaart.find((s) => s.id === organisatie);
  const geenToestemming =
    (type === "CONSULENT" && !toestemming.consulent) || (type === "VERHUIZING" && !toestemming.nieuweGemeente) || (type === "WARM" && gekozenOrg && !gekozenOrg.metToestemming);

  return (
    <form {...form.props} className="flex flex-col gap-5">
      <VeldPrefix value="overdracht">
        <input type="hidden" name="inburgeraarId" value={inburgeraarId} />
        <input type="hidden" name="aanvraagSleutel" value={`${basisSleutel}-${form.state.stamp ?? 0}`} />
        <FormMelding {...form.melding} />
        <Keuzes
          name="type"
          type="radio"
          legend="Wat voor overdracht?"
          error={form.errors.type}
          opties={TYPES.map((t) => ({
            waarde: t,
            label: (
              <span>
                <span className="font-medium">{OVERDRACHT_TYPE_LABELS[t]}</span>
                <span className="block text-sm text-slate-700">{OVERDRACHT_TYPE_UITLEG[t]}</span>
              </span>
            ),
          }))}
          gekozen={[type]}
          onChange={(t) => setType(t)}
          lijstClassName="mt-1 flex flex-col gap-1"
        />
        {type === "INTERN" ? (
          <Field name="naarGebruikerId" label="Naar welke collega?" error={form.errors.naarGebruikerId}>
            {(veld) => (
              <Select {...veld} defaultValue="">
                <option value="">Kies een collega</option>
                {collegas.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.naam} ({c.rolLabel})
                  </option>
                ))}
              </Select>
            )}
          </Field>
        ) : null}
        {type === "CONSULENT" ? <p>Naar de consulent van de gemeente {gemeente}. De consulent leest en bevestigt hem in Wegwijs.</p> : null}
        {type === "WARM" ? (
          <Field name="naarSocialeKaartId" label="Naar welke organisatie?" hint="Zij krijgen een pdf van jou." error={form.errors.naarSocialeKaartId}>
            {(veld) => (
              <Select {...veld} value={organisatie} onChange={(e) => setOrganisatie(e.target.value)}>
                <option value="">Kies een organisatie</option>
                {socialeKaart.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.naam}
                    {s.metToestemming ? "" : " (geen toestemming)"}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        ) : null}
        {type === "VERHUIZING" ? (
          <Field name="naarGemeenteNaam" label="Naar welke gemeente verhuist de persoon?" hint="De nieuwe gemeente krijgt een pdf van jou." error={form.errors.naarGemeenteNaam}>
            {(veld) => <Input {...veld} maxLength={100} autoComplete="off" />}
          </Field>
        ) : null}
        {geenToestemming ? (
          <Alert tone="fout">
            Hiervoor is geen geldige toestemming. Zonder toestemming kun je deze overdracht niet versturen.{" "}
            <a href={toestemmingHref} className="underline">
              Toestemming vastleggen
            </a>
          </Alert>
        ) : null}
        <Field name="samenvatting" label="De overdracht" hint="Al ingevuld uit het dossier. Pas aan wat nodig is en vul de [haakjes] in." error={form.errors.samenvatting}>
          {(veld) => <Textarea {...veld} key={type} rows={12} maxLength={4000} defaultValue={voorstel[type]} />}
        </Field>
        <div>
          <Button type="submit" disabled={form.isPending || Boolean(geenToestemming)}>
            {form.isPending ? "Bezig…" : "Overdracht versturen"}
          </Button>
        </div>
      </VeldPrefix>
    </form>
  );
}
