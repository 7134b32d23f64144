"use client";

import { useState, type ChangeEvent } from "react";
import { Field, Input } from "@/components/ui/field";
import { Vinkje } from "@/components/ui/keuzes";
import { STANDAARD_DUUR } from "@/lib/afspraak/rules";
import type { AfspraakType } from "@/lib/db/generated/enums";

/** Fields the plan form and the log form share. */

/**
 * The duration of an afspraak: it follows the usual duration of the chosen
 * type until someone types their own. Kept in the form (not in the field) so
 * it survives the field being hidden and shown again.
 */
export function useDuur(start: number) {
  const [waarde, setWaarde] = useState(String(start));
  const [aangepast, setAangepast] = useState(false);
  return {
    waarde,
    /** Call when the type changes: the usual duration of that type, unless typed by hand. */
    volgType: (type: AfspraakType) => {
      if (!aangepast) setWaarde(String(STANDAARD_DUUR[type]));
    },
    onChange: (ev: ChangeEvent<HTMLInputElement>) => {
      setWaarde(ev.target.value);
      setAangepast(true);
    },
  };
}

export function DuurVeld({ duur, min, error, label = "Duur (minuten)" }: { duur: ReturnType<typeof useDuur>; min: number; error?: string[]; label?: string }) {
  return (
    <Field name="duurMinuten" label={label} error={error}>
      {(veld) => <Input {...veld} type="number" inputMode="numeric" min={min} max={720} value={duur.waarde} onChange={duur.onChange} />}
    </Field>
  );
}

/** "Met tolk" and, when ticked, the interpreter's language. */
export function TolkVelden({ start, error }: { start: { metTolk: boolean; taal: string | null }; error?: string[] }) {
  const [metTolk, setMetTolk] = useState(start.metTolk);
  const [tolkTaal, setTolkTaal] = useState(start.taal ?? "");
  return (
    <>
      <Vinkje name="metTolk" label="Met tolk" checked={metTolk} onChange={setMetTolk} />
      {metTolk ? (
        <Field name="tolkTaal" label="Taal van de tolk" error={error}>
          {(veld) => <Input {...veld} maxLength={200} value={tolkTaal} onChange={(ev) => setTolkTaal(ev.target.value)} />}
        </Field>
      ) : null}
    </>
  );
}
