"use client";

import { useState } from "react";
import { Field, Input, Textarea } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { Keuzes } from "@/components/ui/keuzes";
import { useFormAction } from "@/components/ui/use-form-action";
import { VerstuurKnop } from "@/components/ui/verstuur-knop";
import { VeldPrefix } from "@/components/ui/veld-prefix";
import { logGroepscontactAction } from "@/lib/afspraak/actions";
import { AFSPRAAK_TYPE_LABELS } from "@/lib/afspraak/labels";
import { MAX_VERSLAG } from "@/lib/afspraak/rules";
import type { AfspraakType, Leefgebied } from "@/lib/db/generated/enums";
import { LEEFGEBIED_LABELS, LEEFGEBIED_VOLGORDE } from "@/lib/inburgeraar/leefgebied";
import { DuurVeld, TolkVelden, useDuur } from "./afspraak-velden";
import { KeuzeChips } from "./keuze-chips";

const GROEP_TYPES: readonly AfspraakType[] = ["GROEPSBIJEENKOMST", "SPREEKUUR", "KANTOOR", "EXTERNE_AFSPRAAK"];
const TYPE_OPTIES = GROEP_TYPES.map((t) => ({ waarde: t, label: AFSPRAAK_TYPE_LABELS[t] }));
const LEEFGEBIED_OPTIES = LEEFGEBIED_VOLGORDE.map((l) => ({ waarde: l, label: LEEFGEBIED_LABELS[l] }));

/**
 * One spreekuur or groepsbijeenkomst for several people: one submit, one
 * contact in each person's dossier, all or nothing.
 */
export function GroepscontactForm({
  personen,
  standaarden,
}: {
  personen: readonly { id: string; naam: string }[];
  standaarden: { datum: string; tijd: string };
}) {
  const form = useFormAction(logGroepscontactAction);
  const [basisSleutel] = useState(() => crypto.randomUUID());
  return (
    <form {...form.props} className="flex flex-col gap-5" aria-label="Groepscontact vastleggen">
      <VeldPrefix value="groep">
        <input type="hidden" name="aanvraagSleutel" value={`${basisSleutel}-${form.state.stamp ?? 0}`} />
        <FormMelding {...form.melding} />
        <GroepVelden key={form.state.stamp ?? 0} personen={personen} standaarden={standaarden} errors={form.errors} />
        <div className="sticky bottom-0 z-10 -mx-4 border-t border-slate-200 bg-white/95 px-4 py-3 sm:static sm:mx-0 sm:border-0 sm:bg-transparent sm:px-0">
          <VerstuurKnop isPending={form.isPending} bezig="Bezig met opslaan…" className="w-full sm:w-auto">
            Groepscontact opslaan
          </VerstuurKnop>
        </div>
      </VeldPrefix>
    </form>
  );
}

function GroepVelden({
  personen,
  standaarden,
  errors: e,
}: {
  personen: readonly { id: string; naam: string }[];
  standaarden: { datum: string; tijd: string };
  errors: Record<string, string[] | undefined>;
}) {
  const [gekozen, setGekozen] = useState<string[]>([]);
  const [type, setType] = useState<AfspraakType>("GROEPSBIJEENKOMST");
  const [datum, setDatum] = useState(standaarden.datum);
  const [tijd, setTijd] = useState(standaarden.tijd);
  const duur = useDuur(120);
  const [leefgebieden, setLeefgebieden] = useState<Leefgebied[]>([]);
  const [verslag, setVerslag] = useState("");
  return (
    <>
      <Keuzes
        name="inburgeraarIds"
        legend={`Wie waren er? (${gekozen.length} gekozen)`}
        hint="Iedereen die je kiest krijgt dit contact in het dossier."
        opties={personen.map((p) => ({ waarde: p.id, label: p.naam }))}
        gekozen={gekozen}
        onChange={(id, aan) => setGekozen((huidig) => (aan ? [...huidig, id] : huidig.filter((x) => x !== id)))}
        error={e.inburgeraarIds}
        lijstClassName="mt-1 grid sm:grid-cols-2"
      />
      <KeuzeChips
        legend="Soort contact"
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
      <div className="grid grid-cols-[1fr_7rem_6.25rem] gap-2 sm:grid-cols-[12rem_8rem_8rem] [&_input]:min-w-0 [&>*]:min-w-0">
        <Field name="datum" label="Datum" error={e.datum}>
          {(veld) => <Input {...veld} type="date" max={standaarden.datum} value={datum} onChange={(ev) => setDatum(ev.target.value)} required />}
        </Field>
        <Field name="tijd" label="Begin" error={e.tijd}>
          {(veld) => <Input {...veld} type="time" step={300} value={tijd} onChange={(ev) => setTijd(ev.target.value)} required />}
        </Field>
        <DuurVeld duur={duur} min={1} error={e.duurMinuten} label="Duur (min.)" />
      </div>
      <KeuzeChips
        legend="Besproken leefgebieden"
        name="leefgebieden"
        type="checkbox"
        opties={LEEFGEBIED_OPTIES}
        gekozen={leefgebieden}
        onChange={(l, aan) => setLeefgebieden((huidig) => (aan ? [...huidig, l] : huidig.filter((x) => x !== l)))}
        error={e.leefgebieden}
      />
      <Field
        name="verslag"
        label="Kort verslag"
        error={e.verslag}
        hint="Dit verslag komt bij iedereen die je kiest. Schrijf hier niets over één persoon; dat doe je bij ‘Contact vastleggen’."
      >
        {(veld) => <Textarea {...veld} rows={3} maxLength={MAX_VERSLAG} value={verslag} onChange={(ev) => setVerslag(ev.target.value)} />}
      </Field>
      <div className="flex flex-col gap-2">
        <TolkVelden start={{ metTolk: false, taal: null }} error={e.tolkTaal} />
      </div>
    </>
  );
}
