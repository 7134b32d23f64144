"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { Keuzes, Vinkje } from "@/components/ui/keuzes";
import { useFormAction } from "@/components/ui/use-form-action";
import { VeldPrefix } from "@/components/ui/veld-prefix";
import { meldcodeStap1Action, meldcodeStap2Action, meldcodeStap3Action, meldcodeStap4Action, meldcodeStap5Action } from "@/lib/signaal/actions";
import { AFWEGING_VRAGEN } from "@/lib/signaal/labels";

/** The form of the Meldcode's next step; one step at a time, in order. */

type Props = { signaalId: string; version: number; vandaag: string };

function StapForm({ action, stap, signaalId, version, knop, children }: { action: typeof meldcodeStap1Action; stap: number; knop: string; children: (errors: Record<string, string[] | undefined>) => ReactNode } & Omit<Props, "vandaag">) {
  const form = useFormAction(action);
  return (
    <form {...form.props} className="flex flex-col gap-4" aria-label={`Meldcode stap ${stap}`}>
      <VeldPrefix value={`stap${stap}`}>
        <input type="hidden" name="signaalId" value={signaalId} />
        <input type="hidden" name="version" value={version} />
        <FormMelding {...form.melding} />
        {children(form.errors)}
        <div>
          <Button type="submit" disabled={form.isPending}>
            {form.isPending ? "Bezig…" : knop}
          </Button>
        </div>
      </VeldPrefix>
    </form>
  );
}

export function Stap1Form({ signaalId, version, vandaag }: Props) {
  return (
    <StapForm action={meldcodeStap1Action} stap={1} signaalId={signaalId} version={version} knop="Stap 1 vastleggen">
      {(e) => (
        <>
          <Field name="feiten" label="Feiten: wat zag of hoorde je?" hint="Alleen wat je zelf zag of hoorde, en wie wat zei. Geen uitleg." error={e.feiten}>
            {(veld) => <Textarea {...veld} rows={4} maxLength={4000} />}
          </Field>
          <Field name="feitenDatum" label="Op welke dag?" error={e.feitenDatum}>
            {(veld) => <Input {...veld} type="date" defaultValue={vandaag} className="max-w-xs" />}
          </Field>
          <Field name="interpretatie" label="Jouw uitleg (apart van de feiten, mag leeg)" error={e.interpretatie}>
            {(veld) => <Textarea {...veld} rows={3} maxLength={4000} />}
          </Field>
        </>
      )}
    </StapForm>
  );
}

export function Stap2Form({ signaalId, version, vandaag }: Props) {
  return (
    <StapForm action={meldcodeStap2Action} stap={2} signaalId={signaalId} version={version} knop="Stap 2 vastleggen">
      {(e) => (
        <>
          <Field name="overlegMet" label="Met wie heb je overlegd?" hint="Een collega, de aandachtsfunctionaris of Veilig Thuis." error={e.overlegMet}>
            {(veld) => <Input {...veld} maxLength={200} />}
          </Field>
          <Field name="overlegDatum" label="Wanneer?" error={e.overlegDatum}>
            {(veld) => <Input {...veld} type="date" defaultValue={vandaag} className="max-w-xs" />}
          </Field>
          <Vinkje name="veiligThuisGeraadpleegd" label="Ik heb (ook) Veilig Thuis om advies gevraagd" error={e.veiligThuisGeraadpleegd} />
          <Field name="advies" label="Wat was het advies?" error={e.advies}>
            {(veld) => <Textarea {...veld} rows={3} maxLength={4000} />}
          </Field>
        </>
      )}
    </StapForm>
  );
}

export function Stap3Form({ signaalId, version, vandaag }: Props) {
  return (
    <StapForm action={meldcodeStap3Action} stap={3} signaalId={signaalId} version={version} knop="Stap 3 vastleggen">
      {(e) => (
        <>
          <Keuzes
            name="gesprekGevoerd"
            type="radio"
            legend="Heb je het gesprek met de betrokkene gevoerd?"
            error={e.gesprekGevoerd}
            opties={[
              { waarde: "ja", label: "Ja" },
              { waarde: "nee", label: "Nee, dat was niet veilig" },
            ]}
          />
          <Field name="gesprekDatum" label="Datum van het gesprek (als het gevoerd is)" error={e.gesprekDatum}>
            {(veld) => <Input {...veld} type="date" defaultValue={vandaag} className="max-w-xs" />}
          </Field>
          <Field name="gesprekToelichting" label="Wat is er besproken? Of: waarom was het niet veilig?" error={e.gesprekToelichting}>
            {(veld) => <Textarea {...veld} rows={3} maxLength={4000} />}
          </Field>
        </>
      )}
    </StapForm>
  );
}

export function Stap4Form({ signaalId, version }: Omit<Props, "vandaag">) {
  return (
    <StapForm action={meldcodeStap4Action} stap={4} signaalId={signaalId} version={version} knop="Afweging vastleggen">
      {(e) => (
        <>
          <p className="rounded-md border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950">
            Let op: na het vastleggen liggen de antwoorden en de conclusie vast. Ook stap 1 tot en met 3 kun je dan niet meer veranderen.
          </p>
          {AFWEGING_VRAGEN.map((vraag, i) => (
            <div key={vraag} className="flex flex-col gap-2 rounded-md border border-slate-200 p-3">
              <Keuzes
                name={`vraag${i + 1}`}
                type="radio"
                legend={`${i + 1}. ${vraag}`}
                error={e[`vraag${i + 1}`]}
                lijstClassName="mt-1 flex gap-6"
                opties={[
                  { waarde: "ja", label: "Ja" },
                  { waarde: "nee", label: "Nee" },
                ]}
              />
              <Field name={`toelichting${i + 1}`} label="Toelichting (mag leeg)" error={e[`toelichting${i + 1}`]}>
                {(veld) => <Input {...veld} maxLength={1000} />}
              </Field>
            </div>
          ))}
        </>
      )}
    </StapForm>
  );
}

export function Stap5Form({ signaalId, version, vandaag, meldenVerplicht, standaardOpvolg }: Props & { meldenVerplicht: boolean; standaardOpvolg: string }) {
  return (
    <StapForm action={meldcodeStap5Action} stap={5} signaalId={signaalId} version={version} knop="Besluit vastleggen">
      {(e) => (
        <>
          {meldenVerplicht ? (
            <p className="rounded-md border-l-4 border-red-700 bg-red-50 p-3 text-red-900">De afweging zegt: melden bij Veilig Thuis is verplicht.</p>
          ) : null}
          <p id="stap5-besluit" className="text-sm font-medium text-red-700">
            {e.besluit?.[0]}
          </p>
          <Vinkje name="hulpGeorganiseerd" label="Er is hulp georganiseerd" error={e.hulpGeorganiseerd} />
          <Field name="hulpOmschrijving" label="Welke hulp? (als je die organiseert)" error={e.hulpOmschrijving}>
            {(veld) => <Textarea {...veld} rows={2} maxLength={2000} />}
          </Field>
          <Vinkje name="gemeld" label="Gemeld bij Veilig Thuis" error={e.gemeld} defaultChecked={meldenVerplicht} />
          <div className="grid gap-3 sm:grid-cols-2">
            <Field name="meldDatum" label="Datum van de melding" error={e.meldDatum}>
              {(veld) => <Input {...veld} type="date" defaultValue={vandaag} />}
            </Field>
            <Field name="meldReferentie" label="Kenmerk van Veilig Thuis" error={e.meldReferentie}>
              {(veld) => <Input {...veld} maxLength={100} />}
            </Field>
          </div>
          <Field name="meldReden" label="Reden van de melding" hint="Toestemming van de persoon is niet nodig (Wmo 2015, artikel 5.2.6). Een schriftelijke reden wel." error={e.meldReden}>
            {(veld) => <Textarea {...veld} rows={3} maxLength={2000} />}
          </Field>
          <Field name="opvolgOp" label="Wanneer ga je na hoe het gaat?" hint="Je krijgt het signaal dan terug in je lijst." error={e.opvolgOp}>
            {(veld) => <Input {...veld} type="date" defaultValue={standaardOpvolg} className="max-w-xs" />}
          </Field>
        </>
      )}
    </StapForm>
  );
}
