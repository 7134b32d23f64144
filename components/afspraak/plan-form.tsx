"use client";

import { useState } from "react";
import { Field, Input } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { useFormAction } from "@/components/ui/use-form-action";
import { VerstuurKnop } from "@/components/ui/verstuur-knop";
import { VeldPrefix } from "@/components/ui/veld-prefix";
import type { FieldErrors } from "@/lib/actions/state";
import { planAfspraakAction } from "@/lib/afspraak/actions";
import { AFSPRAAK_TYPE_LABELS, AFSPRAAK_TYPE_VOLGORDE } from "@/lib/afspraak/labels";
import { STANDAARD_DUUR } from "@/lib/afspraak/rules";
import type { AfspraakType } from "@/lib/db/generated/enums";
import { DuurVeld, TolkVelden, useDuur } from "./afspraak-velden";
import { KeuzeChips } from "./keuze-chips";

const TYPE_OPTIES = AFSPRAAK_TYPE_VOLGORDE.map((t) => ({ waarde: t, label: AFSPRAAK_TYPE_LABELS[t] }));

export function PlanForm({
  inburgeraarId,
  vandaag,
  standaardType,
  tolk,
}: {
  inburgeraarId: string;
  vandaag: string;
  standaardType: AfspraakType;
  tolk: { nodig: boolean; taal: string | null };
}) {
  const form = useFormAction(planAfspraakAction);
  const [basisSleutel] = useState(() => crypto.randomUUID());
  return (
    <form {...form.props} className="flex flex-col gap-5" aria-label="Afspraak plannen">
      <VeldPrefix value="plan">
        <input type="hidden" name="inburgeraarId" value={inburgeraarId} />
        <input type="hidden" name="aanvraagSleutel" value={`${basisSleutel}-${form.state.stamp ?? 0}`} />
        <FormMelding {...form.melding} />
        <PlanVelden key={form.state.stamp ?? 0} vandaag={vandaag} standaardType={standaardType} tolk={tolk} errors={form.errors} />
        <VerstuurKnop isPending={form.isPending} bezig="Bezig met opslaan…" className="w-full sm:w-auto">
          Afspraak plannen
        </VerstuurKnop>
      </VeldPrefix>
    </form>
  );
}

function PlanVelden({
  vandaag,
  standaardType,
  tolk,
  errors: e,
}: {
  vandaag: string;
  standaardType: AfspraakType;
  tolk: { nodig: boolean; taal: string | null };
  errors: FieldErrors;
}) {
  const [type, setType] = useState<AfspraakType>(standaardType);
  const [datum, setDatum] = useState("");
  const [tijd, setTijd] = useState("10:00");
  const duur = useDuur(STANDAARD_DUUR[standaardType]);
  const [locatie, setLocatie] = useState("");
  const [onderwerp, setOnderwerp] = useState("");
  return (
    <>
      <KeuzeChips
        legend="Soort afspraak"
        name="type"
        type="radio"
        opties={TYPE_OPTIES}
        gekozen={[type]}
        onChange={(t) => {
          setType(t);
          duur.volgType(t);
        }}
        error={e.type}
      />
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        <Field name="datum" label="Datum" error={e.datum}>
          {(veld) => <Input {...veld} type="date" min={vandaag} value={datum} onChange={(ev) => setDatum(ev.target.value)} required />}
        </Field>
        <Field name="tijd" label="Tijd" error={e.tijd}>
          {(veld) => <Input {...veld} type="time" step={300} value={tijd} onChange={(ev) => setTijd(ev.target.value)} required />}
        </Field>
        <DuurVeld duur={duur} min={5} error={e.duurMinuten} />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="locatie" label="Locatie" error={e.locatie} hint="Bijvoorbeeld: thuis, kantoor, gemeentehuis.">
          {(veld) => <Input {...veld} maxLength={200} value={locatie} onChange={(ev) => setLocatie(ev.target.value)} />}
        </Field>
        <Field name="onderwerp" label="Onderwerp" error={e.onderwerp} hint="Waar gaat het over? Mag leeg blijven.">
          {(veld) => <Input {...veld} maxLength={200} value={onderwerp} onChange={(ev) => setOnderwerp(ev.target.value)} />}
        </Field>
      </div>
      <div className="flex flex-col gap-2">
        <TolkVelden start={{ metTolk: tolk.nodig, taal: tolk.taal }} error={e.tolkTaal} />
      </div>
    </>
  );
}
