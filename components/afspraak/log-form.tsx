"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input, Textarea } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/actions/result";
import { logAfspraakAction } from "@/lib/afspraak/actions";
import { AFSPRAAK_STATUS_LABELS, AFSPRAAK_TYPE_LABELS, AFSPRAAK_TYPE_VOLGORDE, LOG_STATUSSEN, type LogStatus } from "@/lib/afspraak/labels";
import { MAX_VERSLAG, STANDAARD_DUUR } from "@/lib/afspraak/rules";
import type { AfspraakType, Leefgebied } from "@/lib/db/generated/enums";
import { LEEFGEBIED_LABELS, LEEFGEBIED_VOLGORDE } from "@/lib/inburgeraar/labels";
import { plusDagen } from "@/lib/tijd";
import { KeuzeChips } from "./keuze-chips";

export interface LogFormProps {
  inburgeraarId: string;
  standaarden: { datum: string; tijd: string; type: AfspraakType; duurMinuten: number };
  /** Logging a planned afspraak: its id and the version this page loaded. */
  gepland?: { id: string; version: number; locatie: string | null; metTolk: boolean; tolkTaal: string | null };
  checklist: readonly { id: string; titel: string }[];
  toonEindgesprek: boolean;
}

const TYPE_OPTIES = AFSPRAAK_TYPE_VOLGORDE.map((t) => ({ waarde: t, label: AFSPRAAK_TYPE_LABELS[t] }));
const STATUS_OPTIES = LOG_STATUSSEN.map((s) => ({ waarde: s, label: AFSPRAAK_STATUS_LABELS[s] }));
const LEEFGEBIED_OPTIES = LEEFGEBIED_VOLGORDE.map((l) => ({ waarde: l, label: LEEFGEBIED_LABELS[l] }));

/**
 * Logging a contact in under 30 seconds on a phone: one screen, everything
 * filled in with sensible defaults, chips instead of long selects.
 */
export function LogForm(props: LogFormProps) {
  const [state, action, isPending] = useActionState<ActionState, FormData>(logAfspraakAction, { ok: false });
  // One key per form render; a new one after each successful save. A double
  // click sends the same key twice, and the server keeps one afspraak.
  const [basisSleutel] = useState(() => crypto.randomUUID());
  const aanvraagSleutel = `${basisSleutel}-${state.stamp ?? 0}`;
  return (
    <form action={action} noValidate className="flex flex-col gap-5" aria-label={props.gepland ? "Afspraak loggen" : "Contact loggen"}>
      <input type="hidden" name="inburgeraarId" value={props.inburgeraarId} />
      <input type="hidden" name="aanvraagSleutel" value={aanvraagSleutel} />
      {props.gepland ? (
        <>
          <input type="hidden" name="afspraakId" value={props.gepland.id} />
          <input type="hidden" name="version" value={props.gepland.version} />
        </>
      ) : null}
      <FormStatus state={state} />
      {/* Keyed by the save: after a successful save every field starts fresh. */}
      <LogVelden key={state.stamp ?? 0} {...props} errors={state.errors ?? {}} />
      <div>
        <Button type="submit" disabled={isPending} className="w-full sm:w-auto">
          {isPending ? "Bezig met opslaan…" : props.gepland ? "Afspraak loggen" : "Contact opslaan"}
        </Button>
      </div>
    </form>
  );
}

function LogVelden({ standaarden, gepland, checklist, toonEindgesprek, errors: e }: LogFormProps & { errors: Record<string, string[] | undefined> }) {
  const [status, setStatus] = useState<LogStatus>("VOND_PLAATS");
  const [type, setType] = useState<AfspraakType>(standaarden.type);
  const [datum, setDatum] = useState(standaarden.datum);
  const [tijd, setTijd] = useState(standaarden.tijd);
  const [duur, setDuur] = useState(String(standaarden.duurMinuten));
  const [duurAangepast, setDuurAangepast] = useState(false);
  const [leefgebieden, setLeefgebieden] = useState<Leefgebied[]>([]);
  const [verslag, setVerslag] = useState("");
  const [items, setItems] = useState<string[]>([]);
  const [volgendContact, setVolgendContact] = useState("");
  const [metTolk, setMetTolk] = useState(gepland?.metTolk ?? false);
  const [tolkTaal, setTolkTaal] = useState(gepland?.tolkTaal ?? "");
  const [isEindgesprek, setIsEindgesprek] = useState(false);
  const vondPlaats = status === "VOND_PLAATS";

  const kiesType = (t: AfspraakType) => {
    setType(t);
    if (!duurAangepast) setDuur(String(STANDAARD_DUUR[t]));
  };
  const basisVolgend = datum || standaarden.datum;

  return (
    <>
      <KeuzeChips legend="Hoe ging het?" name="status" type="radio" opties={STATUS_OPTIES} gekozen={[status]} onChange={(s) => setStatus(s)} error={e.status} />
      <KeuzeChips legend="Soort contact" name="type" type="radio" opties={TYPE_OPTIES} gekozen={[type]} onChange={kiesType} error={e.type} />
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        <Field id="log-datum" label="Datum" error={e.datum}>
          <Input id="log-datum" name="datum" type="date" value={datum} max={standaarden.datum} onChange={(ev) => setDatum(ev.target.value)} aria-invalid={Boolean(e.datum)} aria-describedby={describedBy("log-datum")} required />
        </Field>
        <Field id="log-tijd" label="Tijd" error={e.tijd}>
          <Input id="log-tijd" name="tijd" type="time" step={300} value={tijd} onChange={(ev) => setTijd(ev.target.value)} aria-invalid={Boolean(e.tijd)} aria-describedby={describedBy("log-tijd")} required />
        </Field>
        {vondPlaats ? (
          <Field id="log-duur" label="Duur (minuten)" error={e.duurMinuten}>
            <Input
              id="log-duur"
              name="duurMinuten"
              type="number"
              inputMode="numeric"
              min={1}
              max={720}
              value={duur}
              onChange={(ev) => {
                setDuur(ev.target.value);
                setDuurAangepast(true);
              }}
              aria-invalid={Boolean(e.duurMinuten)}
              aria-describedby={describedBy("log-duur")}
            />
          </Field>
        ) : null}
      </div>
      {vondPlaats ? (
        <KeuzeChips
          legend="Besproken leefgebieden"
          name="leefgebieden"
          type="checkbox"
          opties={LEEFGEBIED_OPTIES}
          gekozen={leefgebieden}
          onChange={(l, aan) => setLeefgebieden((huidig) => (aan ? [...huidig, l] : huidig.filter((x) => x !== l)))}
          error={e.leefgebieden}
        />
      ) : null}
      <Field id="log-verslag" label="Kort verslag" error={e.verslag} hint={`Hoogstens ${MAX_VERSLAG} tekens. Nog ${MAX_VERSLAG - verslag.length} over.`}>
        <Textarea
          id="log-verslag"
          name="verslag"
          rows={3}
          maxLength={MAX_VERSLAG}
          value={verslag}
          onChange={(ev) => setVerslag(ev.target.value)}
          aria-invalid={Boolean(e.verslag)}
          aria-describedby={describedBy("log-verslag", true)}
        />
      </Field>
      {vondPlaats && checklist.length > 0 ? (
        <fieldset aria-describedby="checklistItemIds-error">
          <legend className="font-medium text-slate-900">Tijdens dit contact geregeld</legend>
          <div className="mt-1 flex flex-col">
            {checklist.map((item) => (
              <label key={item.id} className="flex min-h-11 items-center gap-3">
                <input
                  type="checkbox"
                  name="checklistItemIds"
                  value={item.id}
                  checked={items.includes(item.id)}
                  onChange={(ev) => setItems((huidig) => (ev.target.checked ? [...huidig, item.id] : huidig.filter((x) => x !== item.id)))}
                  className="size-5"
                />
                {item.titel}
              </label>
            ))}
          </div>
          <p id="checklistItemIds-error" className="text-sm font-medium text-red-700" aria-live="polite">
            {e.checklistItemIds?.[0]}
          </p>
        </fieldset>
      ) : null}
      <div className="flex flex-col gap-2">
        <Field id="log-volgend" label="Volgend contact" error={e.volgendContact} hint="Wanneer spreek je elkaar weer? Mag leeg blijven.">
          <Input
            id="log-volgend"
            name="volgendContact"
            type="date"
            min={basisVolgend}
            value={volgendContact}
            onChange={(ev) => setVolgendContact(ev.target.value)}
            aria-invalid={Boolean(e.volgendContact)}
            aria-describedby={describedBy("log-volgend", true)}
          />
        </Field>
        <div className="flex flex-wrap gap-2" role="group" aria-label="Snel kiezen: volgend contact">
          {[
            [7, "Over 1 week"],
            [14, "Over 2 weken"],
            [28, "Over 4 weken"],
          ].map(([dagen, label]) => (
            <Button key={label} type="button" variant="secundair" onClick={() => setVolgendContact(plusDagen(basisVolgend, Number(dagen)))}>
              {label}
            </Button>
          ))}
        </div>
      </div>
      <div className="flex flex-col gap-2">
        <label className="flex min-h-11 items-center gap-3">
          <input type="checkbox" name="metTolk" checked={metTolk} onChange={(ev) => setMetTolk(ev.target.checked)} className="size-5" />
          Met tolk
        </label>
        {metTolk ? (
          <Field id="log-tolktaal" label="Taal van de tolk" error={e.tolkTaal}>
            <Input id="log-tolktaal" name="tolkTaal" maxLength={200} value={tolkTaal} onChange={(ev) => setTolkTaal(ev.target.value)} aria-describedby={describedBy("log-tolktaal")} />
          </Field>
        ) : null}
        {toonEindgesprek ? (
          <div>
            <label className="flex min-h-11 items-center gap-3">
              <input
                type="checkbox"
                name="isEindgesprek"
                checked={isEindgesprek}
                onChange={(ev) => setIsEindgesprek(ev.target.checked)}
                className="size-5"
                aria-describedby="isEindgesprek-error"
              />
              Dit was het eindgesprek
            </label>
            <p id="isEindgesprek-error" className="text-sm font-medium text-red-700" aria-live="polite">
              {e.isEindgesprek?.[0]}
            </p>
          </div>
        ) : null}
      </div>
    </>
  );
}
