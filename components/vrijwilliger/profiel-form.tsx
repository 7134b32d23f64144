"use client";

import { useState } from "react";
import { Field, Input, Textarea } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { Keuzes } from "@/components/ui/keuzes";
import { useFormAction } from "@/components/ui/use-form-action";
import { VerstuurKnop } from "@/components/ui/verstuur-knop";
import type { Doelgroep, VrijwilligerStatus, VrijwilligerTaak } from "@/lib/db/generated/enums";
import { DOELGROEP_LABELS } from "@/lib/inburgeraar/labels";
import { wijzigEigenProfielAction, wijzigVrijwilligerProfielAction } from "@/lib/vrijwilliger/actions";
import { VRIJWILLIGER_STATUS_LABELS, VRIJWILLIGER_TAAK_LABELS } from "@/lib/vrijwilliger/rules";

export interface ProfielWaarden {
  version: number;
  talen: string[];
  urenPerWeek: number | null;
  beschikbaarheid: string | null;
}

export interface VolledigProfiel extends ProfielWaarden {
  taken: VrijwilligerTaak[];
  maxMaatjes: number;
  vogDatum: string | null;
  trainingAfgerondOp: string | null;
  training: string | null;
  voorkeurDoelgroepen: Doelgroep[];
  voorkeuren: string | null;
  status: VrijwilligerStatus;
  statusReden: string | null;
}

const TAKEN = (Object.keys(VRIJWILLIGER_TAAK_LABELS) as VrijwilligerTaak[]).map((t) => ({ waarde: t, label: VRIJWILLIGER_TAAK_LABELS[t] }));
const STATUSSEN = (Object.keys(VRIJWILLIGER_STATUS_LABELS) as VrijwilligerStatus[]).map((s) => ({ waarde: s, label: VRIJWILLIGER_STATUS_LABELS[s] }));
const DOELGROEPEN = (Object.keys(DOELGROEP_LABELS) as Doelgroep[]).map((d) => ({ waarde: d, label: DOELGROEP_LABELS[d] }));

function Beschikbaarheid({ p, e }: { p: ProfielWaarden; e: Record<string, string[] | undefined> }) {
  return (
    <>
      <Field name="talen" label="Talen" hint="Gescheiden door komma's, bijvoorbeeld: Dari, Farsi, Nederlands" error={e.talen}>
        {(veld) => <Input {...veld} maxLength={300} defaultValue={p.talen.join(", ")} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="urenPerWeek" label="Uren per week (niet verplicht)" error={e.urenPerWeek}>
          {(veld) => <Input {...veld} inputMode="numeric" maxLength={2} defaultValue={p.urenPerWeek ?? ""} />}
        </Field>
        <Field name="beschikbaarheid" label="Wanneer kun je? (niet verplicht)" hint="Bijvoorbeeld: dinsdagmiddag en zaterdag" error={e.beschikbaarheid}>
          {(veld) => <Input {...veld} maxLength={300} defaultValue={p.beschikbaarheid ?? ""} />}
        </Field>
      </div>
    </>
  );
}

/** The volunteer's own form: availability and languages only. */
export function EigenProfielForm({ p }: { p: ProfielWaarden }) {
  const form = useFormAction(wijzigEigenProfielAction);
  return (
    <form {...form.props} className="flex flex-col gap-4">
      <input type="hidden" name="version" value={p.version} />
      <FormMelding {...form.melding} />
      <Beschikbaarheid p={p} e={form.errors} />
      <VerstuurKnop isPending={form.isPending}>Opslaan</VerstuurKnop>
    </form>
  );
}

/** The whole profile, for teamleiders and beheerders. */
export function VrijwilligerProfielForm({
  gebruikerId,
  p,
  gemeenten,
  gemeenteIds,
}: {
  gebruikerId: string;
  p: VolledigProfiel;
  gemeenten: { id: string; naam: string }[];
  gemeenteIds: string[];
}) {
  const form = useFormAction(wijzigVrijwilligerProfielAction);
  const [status, setStatus] = useState<VrijwilligerStatus>(p.status);
  const e = form.errors;
  return (
    <form {...form.props} className="flex flex-col gap-5">
      <input type="hidden" name="gebruikerId" value={gebruikerId} />
      <input type="hidden" name="version" value={p.version} />
      <FormMelding {...form.melding} />
      <Keuzes
        name="status"
        legend="Status"
        type="radio"
        opties={STATUSSEN}
        gekozen={[status]}
        onChange={(s) => setStatus(s)}
        error={e.status}
        hint="Gepauzeerde en gestopte vrijwilligers worden niet voorgesteld als maatje."
        lijstClassName="mt-1 flex flex-wrap gap-x-6"
      />
      {status !== "ACTIEF" ? (
        <Field name="statusReden" label="Waarom, en tot wanneer?" error={e.statusReden}>
          {(veld) => <Input {...veld} maxLength={300} defaultValue={p.statusReden ?? ""} />}
        </Field>
      ) : null}
      <Beschikbaarheid p={p} e={e} />
      <Keuzes name="taken" legend="Taken" opties={TAKEN} standaard={p.taken} error={e.taken} lijstClassName="mt-1 grid gap-x-6 sm:grid-cols-2" />
      <Field name="maxMaatjes" label="Maximum aantal maatjes" error={e.maxMaatjes}>
        {(veld) => <Input {...veld} inputMode="numeric" maxLength={2} defaultValue={p.maxMaatjes} className="max-w-32" />}
      </Field>
      <Keuzes
        name="gemeenteIds"
        legend="Gemeenten waar deze vrijwilliger werkt"
        hint="Niets aangevinkt: overal inzetbaar."
        opties={gemeenten.map((g) => ({ waarde: g.id, label: g.naam }))}
        standaard={gemeenteIds}
        error={e.gemeenteIds}
        lijstClassName="mt-1 flex flex-wrap gap-x-6"
      />
      <Keuzes
        name="voorkeurDoelgroepen"
        legend="Werkt graag met (voorkeur)"
        opties={DOELGROEPEN}
        standaard={p.voorkeurDoelgroepen}
        error={e.voorkeurDoelgroepen}
        lijstClassName="mt-1 grid gap-x-6 sm:grid-cols-2"
      />
      <Field name="voorkeuren" label="Andere voorkeuren (niet verplicht)" error={e.voorkeuren}>
        {(veld) => <Textarea {...veld} rows={2} maxLength={500} defaultValue={p.voorkeuren ?? ""} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="vogDatum" label="Datum VOG" hint="Drie jaar geldig; 60 dagen ervoor krijg je een waarschuwing." error={e.vogDatum}>
          {(veld) => <Input {...veld} type="date" defaultValue={p.vogDatum ?? ""} />}
        </Field>
        <Field name="trainingAfgerondOp" label="Training afgerond op" error={e.trainingAfgerondOp}>
          {(veld) => <Input {...veld} type="date" defaultValue={p.trainingAfgerondOp ?? ""} />}
        </Field>
      </div>
      <Field name="training" label="Welke training(en)? (niet verplicht)" error={e.training}>
        {(veld) => <Input {...veld} maxLength={300} defaultValue={p.training ?? ""} />}
      </Field>
      <VerstuurKnop isPending={form.isPending}>Profiel opslaan</VerstuurKnop>
    </form>
  );
}
