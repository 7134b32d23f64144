"use client";

import { useState } from "react";
import { Field, Input } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { useFormAction } from "@/components/ui/use-form-action";
import { VerstuurKnop } from "@/components/ui/verstuur-knop";
import { VeldPrefix } from "@/components/ui/veld-prefix";
import type { FieldErrors } from "@/lib/actions/state";
import { planAfspraakAction, wijzigAfspraakAction } from "@/lib/afspraak/actions";
import { AFSPRAAK_TYPE_LABELS, AFSPRAAK_TYPE_VOLGORDE } from "@/lib/afspraak/labels";
import { STANDAARD_DUUR } from "@/lib/afspraak/rules";
import type { AfspraakType } from "@/lib/db/generated/enums";
import { DuurVeld, TolkVelden, useDuur } from "./afspraak-velden";
import { KeuzeChips } from "./keuze-chips";

const TYPE_OPTIES = AFSPRAAK_TYPE_VOLGORDE.map((t) => ({ waarde: t, label: AFSPRAAK_TYPE_LABELS[t] }));

/** A planned afspraak being changed (another day, time or place): what the fields start with. */
export interface TeWijzigen {
  afspraakId: string;
  version: number;
  datum: string;
  tijd: string;
  type: AfspraakType;
  duurMinuten: number;
  locatie: string;
  onderwerp: string;
  metTolk: boolean;
  tolkTaal: string | null;
}

/**
 * Planning an afspraak, or changing a planned one (`wijzig`, with the version
 * this page loaded). An overlap with another afspraak of mine is a warning
 * under the confirmation, never a refusal.
 */
export function PlanForm({
  inburgeraarId,
  vandaag,
  standaardType,
  tolk,
  wijzig,
}: {
  inburgeraarId: string;
  vandaag: string;
  standaardType: AfspraakType;
  tolk: { nodig: boolean; taal: string | null };
  wijzig?: TeWijzigen;
}) {
  const form = useFormAction(wijzig ? wijzigAfspraakAction : planAfspraakAction);
  const [basisSleutel] = useState(() => crypto.randomUUID());
  const waarschuwing = form.state.ok ? form.state.waarschuwing : null;
  return (
    <form {...form.props} className="flex flex-col gap-5" aria-label={wijzig ? "Afspraak wijzigen" : "Afspraak plannen"}>
      <VeldPrefix value="plan">
        {wijzig ? (
          <>
            <input type="hidden" name="afspraakId" value={wijzig.afspraakId} />
            <input type="hidden" name="version" value={wijzig.version} />
          </>
        ) : (
          <>
            <input type="hidden" name="inburgeraarId" value={inburgeraarId} />
            <input type="hidden" name="aanvraagSleutel" value={`${basisSleutel}-${form.state.stamp ?? 0}`} />
          </>
        )}
        <FormMelding {...form.melding} />
        {waarschuwing ? (
          <p className="-mt-3 rounded-md border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950" role="status">
            {waarschuwing}
          </p>
        ) : null}
        {wijzig && form.state.ok ? null : (
          <>
            <PlanVelden key={form.state.stamp ?? 0} vandaag={vandaag} standaardType={standaardType} tolk={tolk} wijzig={wijzig} errors={form.errors} />
            <VerstuurKnop isPending={form.isPending} bezig="Bezig met opslaan…" className="w-full sm:w-auto">
              {wijzig ? "Wijziging opslaan" : "Afspraak plannen"}
            </VerstuurKnop>
          </>
        )}
      </VeldPrefix>
    </form>
  );
}

function PlanVelden({
  vandaag,
  standaardType,
  tolk,
  wijzig,
  errors: e,
}: {
  vandaag: string;
  standaardType: AfspraakType;
  tolk: { nodig: boolean; taal: string | null };
  wijzig?: TeWijzigen;
  errors: FieldErrors;
}) {
  const [type, setType] = useState<AfspraakType>(wijzig?.type ?? standaardType);
  const [datum, setDatum] = useState(wijzig?.datum ?? "");
  const [tijd, setTijd] = useState(wijzig?.tijd ?? "10:00");
  const duur = useDuur(wijzig?.duurMinuten ?? STANDAARD_DUUR[standaardType]);
  const [locatie, setLocatie] = useState(wijzig?.locatie ?? "");
  const [onderwerp, setOnderwerp] = useState(wijzig?.onderwerp ?? "");
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
        <TolkVelden start={wijzig ? { metTolk: wijzig.metTolk, taal: wijzig.tolkTaal } : { metTolk: tolk.nodig, taal: tolk.taal }} error={e.tolkTaal} />
      </div>
    </>
  );
}
