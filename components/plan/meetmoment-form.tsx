"use client";

import { Button } from "@/components/ui/button";
import { Field, Fieldset, Input, Textarea, useVeldId } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { useFormAction } from "@/components/ui/use-form-action";
import type { Leefgebied } from "@/lib/db/generated/enums";
import type { FieldErrors } from "@/lib/actions/state";
import { LEEFGEBIED_LABELS } from "@/lib/inburgeraar/labels";
import { legMeetmomentVastAction } from "@/lib/plan/actions";
import { EIGEN_SCORE_WOORDEN, SCHAAL, SCORES, STAP_NAMEN } from "@/lib/plan/schaal";

export interface MeetmomentFormProps {
  inburgeraarId: string;
  voornaam: string;
  maand: number;
  version: number;
  datum: string;
  vandaag: string;
  notitie: string | null;
  leefgebieden: readonly Leefgebied[];
  streefScores: Partial<Record<Leefgebied, number>>;
  huidig: Partial<Record<Leefgebied, { score: number; eigenScore: number | null; toelichting: string | null }>>;
  vorige: { naam: string; scores: Partial<Record<Leefgebied, number>> } | null;
  knop: string;
}

/**
 * Scoring a meetmoment together: per leefgebied the begeleider's score on the
 * five-step scale (each step described for that leefgebied) and, beside it,
 * the inburgeraar's own answer to "Hoe gaat het volgens jou?".
 */
export function MeetmomentForm(props: MeetmomentFormProps) {
  const form = useFormAction(legMeetmomentVastAction);
  return (
    <form {...form.props} className="flex flex-col gap-6">
      <input type="hidden" name="inburgeraarId" value={props.inburgeraarId} />
      <input type="hidden" name="maand" value={props.maand} />
      <input type="hidden" name="version" value={props.version} />
      <FormMelding {...form.melding} />
      <Field name="datum" label="Datum van het gesprek" error={form.errors.datum}>
        {(veld) => <Input {...veld} type="date" max={props.vandaag} defaultValue={props.datum} className="max-w-xs" />}
      </Field>
      <p className="text-slate-700">
        Een score gaat over hoe het nu is. Sla een leefgebied over als het niet past; vul minstens één leefgebied in.
      </p>
      {props.leefgebieden.map((l) => (
        <LeefgebiedScore key={l} leefgebied={l} {...props} errors={form.errors} />
      ))}
      <Field name="notitie" label="Notitie (mag leeg blijven)" hint="Bijvoorbeeld wat jullie samen afspraken voor de komende periode." error={form.errors.notitie}>
        {(veld) => <Textarea {...veld} rows={3} maxLength={1000} defaultValue={props.notitie ?? ""} />}
      </Field>
      <div>
        <Button type="submit" disabled={form.isPending} className="w-full sm:w-auto">
          {form.isPending ? "Bezig met opslaan…" : props.knop}
        </Button>
      </div>
    </form>
  );
}

function LeefgebiedScore({ leefgebied, voornaam, huidig, streefScores, vorige, errors }: MeetmomentFormProps & { leefgebied: Leefgebied; errors: FieldErrors }) {
  const naam = `scores.${leefgebied}`;
  const eerder = huidig[leefgebied];
  const streef = streefScores[leefgebied];
  const vorigeScore = vorige?.scores[leefgebied];
  const kop = [vorigeScore ? `${vorige!.naam}: ${vorigeScore}` : null, streef ? `streefscore: ${streef}` : null].filter(Boolean).join(" · ");
  return (
    <section aria-labelledby={`kop-${leefgebied}`} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h3 id={`kop-${leefgebied}`} className="text-lg font-semibold">
        {LEEFGEBIED_LABELS[leefgebied]}
      </h3>
      {kop ? <p className="text-sm text-slate-600">{kop}</p> : null}
      <div className="mt-3 grid gap-4 lg:grid-cols-[3fr_2fr]">
        <ScoreKeuze
          name={`${naam}.score`}
          legend={`Jouw score voor ${LEEFGEBIED_LABELS[leefgebied].toLowerCase()}`}
          opties={SCORES.map((s) => ({ waarde: String(s), titel: `${s} – ${STAP_NAMEN[s]}`, uitleg: SCHAAL[leefgebied][s] }))}
          standaard={eerder ? String(eerder.score) : ""}
          error={errors[`${naam}.score`]}
          leeg="Niet gescoord"
        />
        <ScoreKeuze
          name={`${naam}.eigenScore`}
          legend={`Hoe gaat het volgens ${voornaam}?`}
          opties={SCORES.map((s) => ({ waarde: String(s), titel: `${s} – ${EIGEN_SCORE_WOORDEN[s]}` }))}
          standaard={eerder?.eigenScore ? String(eerder.eigenScore) : ""}
          error={errors[`${naam}.eigenScore`]}
          leeg="Niet gevraagd"
        />
      </div>
      <div className="mt-3">
        <Field name={`${naam}.toelichting`} label="Toelichting (mag leeg blijven)" error={errors[`${naam}.toelichting`]}>
          {(veld) => <Input {...veld} maxLength={300} defaultValue={eerder?.toelichting ?? ""} />}
        </Field>
      </div>
    </section>
  );
}

function ScoreKeuze({
  name,
  legend,
  opties,
  standaard,
  error,
  leeg,
}: {
  name: string;
  legend: string;
  opties: { waarde: string; titel: string; uitleg?: string }[];
  standaard: string;
  error: string[] | undefined;
  leeg: string;
}) {
  const id = useVeldId(name);
  return (
    <Fieldset name={name} legend={legend} error={error}>
      <div className="mt-1 flex flex-col gap-1">
        {opties.map((o, i) => (
          <label key={o.waarde} className="flex min-h-11 cursor-pointer items-start gap-3 rounded-md p-1 hover:bg-slate-50">
            <input id={i === 0 ? id : undefined} type="radio" name={name} value={o.waarde} defaultChecked={standaard === o.waarde} className="mt-1 size-5 shrink-0" />
            <span>
              <span className="font-medium">{o.titel}</span>
              {o.uitleg ? <span className="block text-sm text-slate-700">{o.uitleg}</span> : null}
            </span>
          </label>
        ))}
        <label className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md p-1 text-slate-700 hover:bg-slate-50">
          <input type="radio" name={name} value="" defaultChecked={standaard === ""} className="size-5 shrink-0" />
          {leeg}
        </label>
      </div>
    </Fieldset>
  );
}
