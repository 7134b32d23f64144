"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { Keuzes, Vinkje } from "@/components/ui/keuzes";
import { useFormAction } from "@/components/ui/use-form-action";
import { VerstuurKnop } from "@/components/ui/verstuur-knop";
import { VeldPrefix } from "@/components/ui/veld-prefix";
import type { FieldErrors } from "@/lib/actions/state";
import { logAfspraakAction } from "@/lib/afspraak/actions";
import { AFSPRAAK_STATUS_LABELS, AFSPRAAK_TYPE_LABELS, AFSPRAAK_TYPE_VOLGORDE, LOG_STATUSSEN, type LogStatus } from "@/lib/afspraak/labels";
import { MAX_VERSLAG } from "@/lib/afspraak/rules";
import type { AfspraakType, Leefgebied } from "@/lib/db/generated/enums";
import { LEEFGEBIED_LABELS, LEEFGEBIED_VOLGORDE } from "@/lib/inburgeraar/labels";
import { plusDagen } from "@/lib/tijd";
import { DoelKeuze, type DoelKeuzeOptie } from "@/components/plan/doel-keuze";
import { DuurVeld, TolkVelden, useDuur } from "./afspraak-velden";
import { KeuzeChips } from "./keuze-chips";

export interface LogFormProps {
  inburgeraarId: string;
  standaarden: { datum: string; tijd: string; type: AfspraakType; duurMinuten: number };
  /** Logging a planned afspraak: its id and the version this page loaded. */
  gepland?: { id: string; version: number; locatie: string | null; metTolk: boolean; tolkTaal: string | null };
  checklist: readonly { id: string; titel: string }[];
  /** Open doelen of the plan, for those who see the plan. */
  doelen?: readonly DoelKeuzeOptie[];
  toonEindgesprek: boolean;
  /** The begeleider may share this verslag with the maatje (volunteers otherwise read only their own). */
  kanVerslagDelen?: boolean;
}

const TYPE_OPTIES = AFSPRAAK_TYPE_VOLGORDE.map((t) => ({ waarde: t, label: AFSPRAAK_TYPE_LABELS[t] }));
const STATUS_OPTIES = LOG_STATUSSEN.map((s) => ({ waarde: s, label: AFSPRAAK_STATUS_LABELS[s] }));
const LEEFGEBIED_OPTIES = LEEFGEBIED_VOLGORDE.map((l) => ({ waarde: l, label: LEEFGEBIED_LABELS[l] }));

/**
 * Logging a contact in under 30 seconds on a phone: one screen, everything
 * filled in with sensible defaults, chips instead of long selects.
 */
export function LogForm(props: LogFormProps) {
  const form = useFormAction(logAfspraakAction);
  // One key per form render; a new one after each successful save. A double
  // click sends the same key twice, and the server keeps one afspraak.
  const [basisSleutel] = useState(() => crypto.randomUUID());
  const aanvraagSleutel = `${basisSleutel}-${form.state.stamp ?? 0}`;
  return (
    <form {...form.props} className="flex flex-col gap-5" aria-label={props.gepland ? "Afspraak loggen" : "Contact loggen"}>
      <VeldPrefix value={props.gepland ? "loggen" : "log"}>
        <input type="hidden" name="inburgeraarId" value={props.inburgeraarId} />
        <input type="hidden" name="aanvraagSleutel" value={aanvraagSleutel} />
        {props.gepland ? (
          <>
            <input type="hidden" name="afspraakId" value={props.gepland.id} />
            <input type="hidden" name="version" value={props.gepland.version} />
          </>
        ) : null}
        <FormMelding {...form.melding} />
        {/* Keyed by the save: after a successful save every field starts fresh. */}
        <LogVelden key={form.state.stamp ?? 0} {...props} errors={form.errors} />
        <VerstuurKnop isPending={form.isPending} bezig="Bezig met opslaan…" className="w-full sm:w-auto">
          {props.gepland ? "Afspraak loggen" : "Contact opslaan"}
        </VerstuurKnop>
      </VeldPrefix>
    </form>
  );
}

function LogVelden({ standaarden, gepland, checklist, doelen = [], toonEindgesprek, kanVerslagDelen, errors: e }: LogFormProps & { errors: FieldErrors }) {
  const [status, setStatus] = useState<LogStatus>("VOND_PLAATS");
  const [type, setType] = useState<AfspraakType>(standaarden.type);
  const [datum, setDatum] = useState(standaarden.datum);
  const [tijd, setTijd] = useState(standaarden.tijd);
  const duur = useDuur(standaarden.duurMinuten);
  const [leefgebieden, setLeefgebieden] = useState<Leefgebied[]>([]);
  const [verslag, setVerslag] = useState("");
  const [items, setItems] = useState<string[]>([]);
  const [volgendContact, setVolgendContact] = useState("");
  const [isEindgesprek, setIsEindgesprek] = useState(false);
  const vondPlaats = status === "VOND_PLAATS";

  const kiesType = (t: AfspraakType) => {
    setType(t);
    duur.volgType(t);
  };
  const basisVolgend = datum || standaarden.datum;

  return (
    <>
      <KeuzeChips legend="Hoe ging het?" name="status" type="radio" opties={STATUS_OPTIES} gekozen={[status]} onChange={(s) => setStatus(s)} error={e.status} />
      <KeuzeChips legend="Soort contact" name="type" type="radio" opties={TYPE_OPTIES} gekozen={[type]} onChange={kiesType} error={e.type} />
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        <Field name="datum" label="Datum" error={e.datum}>
          {(veld) => <Input {...veld} type="date" value={datum} max={standaarden.datum} onChange={(ev) => setDatum(ev.target.value)} required />}
        </Field>
        <Field name="tijd" label="Tijd" error={e.tijd}>
          {(veld) => <Input {...veld} type="time" step={300} value={tijd} onChange={(ev) => setTijd(ev.target.value)} required />}
        </Field>
        {vondPlaats ? <DuurVeld duur={duur} min={1} error={e.duurMinuten} /> : null}
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
      <Field name="verslag" label="Kort verslag" error={e.verslag} hint={`Hoogstens ${MAX_VERSLAG} tekens. Nog ${MAX_VERSLAG - verslag.length} over.`}>
        {(veld) => <Textarea {...veld} rows={3} maxLength={MAX_VERSLAG} value={verslag} onChange={(ev) => setVerslag(ev.target.value)} />}
      </Field>
      {kanVerslagDelen ? <Vinkje name="deelMetMaatje" label="Het maatje mag dit verslag lezen" defaultChecked={false} error={e.deelMetMaatje} /> : null}
      {vondPlaats && checklist.length > 0 ? (
        <Keuzes
          name="checklistItemIds"
          legend="Tijdens dit contact geregeld"
          opties={checklist.map((item) => ({ waarde: item.id, label: item.titel }))}
          gekozen={items}
          onChange={(id, aan) => setItems((huidig) => (aan ? [...huidig, id] : huidig.filter((x) => x !== id)))}
          error={e.checklistItemIds}
        />
      ) : null}
      {vondPlaats ? <DoelKeuze doelen={doelen} error={e.doelIds} /> : null}
      <div className="flex flex-col gap-2">
        <Field name="volgendContact" label="Volgend contact" error={e.volgendContact} hint="Wanneer spreek je elkaar weer? Mag leeg blijven.">
          {(veld) => <Input {...veld} type="date" min={basisVolgend} value={volgendContact} onChange={(ev) => setVolgendContact(ev.target.value)} />}
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
        <TolkVelden start={{ metTolk: gepland?.metTolk ?? false, taal: gepland?.tolkTaal ?? null }} error={e.tolkTaal} />
        {toonEindgesprek ? (
          <Vinkje name="isEindgesprek" label="Dit was het eindgesprek" checked={isEindgesprek} onChange={setIsEindgesprek} error={e.isEindgesprek} />
        ) : null}
      </div>
    </>
  );
}
