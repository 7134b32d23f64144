"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/actions/result";
import { planAfspraakAction } from "@/lib/afspraak/actions";
import { AFSPRAAK_TYPE_LABELS, AFSPRAAK_TYPE_VOLGORDE } from "@/lib/afspraak/labels";
import { STANDAARD_DUUR } from "@/lib/afspraak/rules";
import type { AfspraakType } from "@/lib/db/generated/enums";
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
  const [state, action, isPending] = useActionState<ActionState, FormData>(planAfspraakAction, { ok: false });
  const [basisSleutel] = useState(() => crypto.randomUUID());
  return (
    <form action={action} noValidate className="flex flex-col gap-5" aria-label="Afspraak plannen">
      <input type="hidden" name="inburgeraarId" value={inburgeraarId} />
      <input type="hidden" name="aanvraagSleutel" value={`${basisSleutel}-${state.stamp ?? 0}`} />
      <FormStatus state={state} />
      <PlanVelden key={state.stamp ?? 0} vandaag={vandaag} standaardType={standaardType} tolk={tolk} errors={state.errors ?? {}} />
      <div>
        <Button type="submit" disabled={isPending} className="w-full sm:w-auto">
          {isPending ? "Bezig met opslaan…" : "Afspraak plannen"}
        </Button>
      </div>
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
  errors: Record<string, string[] | undefined>;
}) {
  const [type, setType] = useState<AfspraakType>(standaardType);
  const [datum, setDatum] = useState("");
  const [tijd, setTijd] = useState("10:00");
  const [duur, setDuur] = useState(String(STANDAARD_DUUR[standaardType]));
  const [duurAangepast, setDuurAangepast] = useState(false);
  const [locatie, setLocatie] = useState("");
  const [onderwerp, setOnderwerp] = useState("");
  const [metTolk, setMetTolk] = useState(tolk.nodig);
  const [tolkTaal, setTolkTaal] = useState(tolk.taal ?? "");
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
          if (!duurAangepast) setDuur(String(STANDAARD_DUUR[t]));
        }}
        error={e.type}
      />
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        <Field id="plan-datum" label="Datum" error={e.datum}>
          <Input id="plan-datum" name="datum" type="date" min={vandaag} value={datum} onChange={(ev) => setDatum(ev.target.value)} aria-invalid={Boolean(e.datum)} aria-describedby={describedBy("plan-datum")} required />
        </Field>
        <Field id="plan-tijd" label="Tijd" error={e.tijd}>
          <Input id="plan-tijd" name="tijd" type="time" step={300} value={tijd} onChange={(ev) => setTijd(ev.target.value)} aria-invalid={Boolean(e.tijd)} aria-describedby={describedBy("plan-tijd")} required />
        </Field>
        <Field id="plan-duur" label="Duur (minuten)" error={e.duurMinuten}>
          <Input
            id="plan-duur"
            name="duurMinuten"
            type="number"
            inputMode="numeric"
            min={5}
            max={720}
            value={duur}
            onChange={(ev) => {
              setDuur(ev.target.value);
              setDuurAangepast(true);
            }}
            aria-invalid={Boolean(e.duurMinuten)}
            aria-describedby={describedBy("plan-duur")}
          />
        </Field>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="plan-locatie" label="Locatie" error={e.locatie} hint="Bijvoorbeeld: thuis, kantoor, gemeentehuis.">
          <Input id="plan-locatie" name="locatie" maxLength={200} value={locatie} onChange={(ev) => setLocatie(ev.target.value)} aria-invalid={Boolean(e.locatie)} aria-describedby={describedBy("plan-locatie", true)} />
        </Field>
        <Field id="plan-onderwerp" label="Onderwerp" error={e.onderwerp} hint="Waar gaat het over? Mag leeg blijven.">
          <Input id="plan-onderwerp" name="onderwerp" maxLength={200} value={onderwerp} onChange={(ev) => setOnderwerp(ev.target.value)} aria-invalid={Boolean(e.onderwerp)} aria-describedby={describedBy("plan-onderwerp", true)} />
        </Field>
      </div>
      <div className="flex flex-col gap-2">
        <label className="flex min-h-11 items-center gap-3">
          <input type="checkbox" name="metTolk" checked={metTolk} onChange={(ev) => setMetTolk(ev.target.checked)} className="size-5" />
          Met tolk
        </label>
        {metTolk ? (
          <Field id="plan-tolktaal" label="Taal van de tolk" error={e.tolkTaal}>
            <Input id="plan-tolktaal" name="tolkTaal" maxLength={200} value={tolkTaal} onChange={(ev) => setTolkTaal(ev.target.value)} aria-describedby={describedBy("plan-tolktaal")} />
          </Field>
        ) : null}
      </div>
    </>
  );
}
