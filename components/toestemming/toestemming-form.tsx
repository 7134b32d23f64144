"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { Keuzes } from "@/components/ui/keuzes";
import { useFormAction } from "@/components/ui/use-form-action";
import { VeldPrefix } from "@/components/ui/veld-prefix";
import type { ToestemmingOnderwerp, ToestemmingOntvanger, ToestemmingWijze } from "@/lib/db/generated/enums";
import { legToestemmingVastAction } from "@/lib/toestemming/actions";
import { ONDERWERP_LABELS, ONDERWERP_UITLEG, ONDERWERP_VOLGORDE, ONTVANGER_LABELS, WIJZE_LABELS } from "@/lib/toestemming/labels";

export interface DeelRegelProp {
  deel: string;
  uitleg: string;
  onderwerp: ToestemmingOnderwerp | null;
  altijd: boolean;
}

/**
 * Recording consent in one short form. While the begeleider ticks subjects,
 * the form shows what the consulent will and will not see; those lines come
 * from lib/authz (passed in as `deelRegels`), not from this file.
 */
export function ToestemmingForm({
  inburgeraarId,
  voornaam,
  gemeente,
  vandaag,
  socialeKaart,
  deelRegels,
  alGeldig,
}: {
  inburgeraarId: string;
  voornaam: string;
  gemeente: string;
  vandaag: string;
  socialeKaart: { id: string; naam: string }[];
  deelRegels: DeelRegelProp[];
  /** Subjects already in force for the consulent. */
  alGeldig: ToestemmingOnderwerp[];
}) {
  const form = useFormAction(legToestemmingVastAction);
  const [basisSleutel] = useState(() => crypto.randomUUID());
  const [ontvanger, setOntvanger] = useState<ToestemmingOntvanger>("CONSULENT_GEMEENTE");
  const [wijze, setWijze] = useState<ToestemmingWijze | "">("");
  const [gekozen, setGekozen] = useState<ToestemmingOnderwerp[]>([]);
  const naUpload = wijze === "FORMULIER_GETEKEND";
  const samen = new Set<ToestemmingOnderwerp>([...alGeldig, ...gekozen]);
  const ziet = deelRegels.filter((r) => r.altijd || (r.onderwerp && samen.has(r.onderwerp)));
  const zietNiet = deelRegels.filter((r) => !ziet.includes(r));

  return (
    <form {...form.props} className="flex flex-col gap-5" key={form.state.stamp}>
      <VeldPrefix value="toestemming">
        <input type="hidden" name="inburgeraarId" value={inburgeraarId} />
        <input type="hidden" name="aanvraagSleutel" value={`${basisSleutel}-${form.state.stamp ?? 0}`} />
        <FormMelding {...form.melding} />

        <Keuzes
          name="ontvanger"
          type="radio"
          legend={`Met wie mag Wegwijs gegevens van ${voornaam} delen?`}
          error={form.errors.ontvanger}
          opties={(Object.keys(ONTVANGER_LABELS) as ToestemmingOntvanger[]).map((o) => ({
            waarde: o,
            label: o === "CONSULENT_GEMEENTE" ? `${ONTVANGER_LABELS[o]} ${gemeente}` : ONTVANGER_LABELS[o],
          }))}
          gekozen={[ontvanger]}
          onChange={(w) => setOntvanger(w)}
        />
        {ontvanger === "SOCIAAL_DOMEIN" ? (
          <Field name="socialeKaartId" label="Welke organisatie?" error={form.errors.socialeKaartId}>
            {(veld) => (
              <Select {...veld} defaultValue="">
                <option value="">Kies een organisatie</option>
                {socialeKaart.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.naam}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        ) : null}
        {ontvanger === "NIEUWE_GEMEENTE" ? (
          <Field name="ontvangerNaam" label="Naar welke gemeente verhuist de persoon?" error={form.errors.ontvangerNaam}>
            {(veld) => <Input {...veld} maxLength={100} autoComplete="off" />}
          </Field>
        ) : null}

        <Keuzes
          name="onderwerpen"
          legend="Wat mag er gedeeld worden?"
          hint="Lees elke regel voor. Zet alleen een vinkje als de persoon ja zegt."
          error={form.errors.onderwerpen}
          opties={ONDERWERP_VOLGORDE.map((o) => ({
            waarde: o,
            label: (
              <span>
                <span className="font-medium">{ONDERWERP_LABELS[o]}</span>
                {ontvanger === "CONSULENT_GEMEENTE" && alGeldig.includes(o) ? <span className="text-slate-600"> (al gegeven)</span> : null}
                <span className="block text-sm text-slate-700">{ONDERWERP_UITLEG[o]}</span>
              </span>
            ),
          }))}
          gekozen={gekozen}
          onChange={(w, aan) => setGekozen((g) => (aan ? [...g, w] : g.filter((x) => x !== w)))}
          lijstClassName="mt-1 flex flex-col gap-1"
        />

        {ontvanger === "CONSULENT_GEMEENTE" ? (
          <section aria-labelledby="wat-ziet-consulent" className="rounded-md border border-slate-200 bg-slate-50 p-3">
            <h3 id="wat-ziet-consulent" className="font-semibold">
              Wat de consulent dan ziet
            </h3>
            <div className="mt-2 grid gap-3 sm:grid-cols-2">
              <div>
                <p className="text-sm font-medium text-green-900">Ziet wel</p>
                <ul className="mt-1 list-disc pl-5" data-testid="consulent-ziet">
                  {ziet.map((r) => (
                    <li key={r.deel}>{r.uitleg}</li>
                  ))}
                </ul>
              </div>
              <div>
                <p className="text-sm font-medium text-slate-800">Ziet niet</p>
                <ul className="mt-1 list-disc pl-5" data-testid="consulent-ziet-niet">
                  {zietNiet.map((r) => (
                    <li key={r.deel}>{r.uitleg}</li>
                  ))}
                </ul>
              </div>
            </div>
          </section>
        ) : (
          <p className="rounded-md border border-slate-200 bg-slate-50 p-3">
            Deze ontvanger werkt niet in Wegwijs. Er gaat alleen iets naar toe als jij een overdracht stuurt, en alleen wat hier is aangevinkt.
          </p>
        )}

        <Keuzes
          name="wijze"
          type="radio"
          legend="Hoe gaf de persoon toestemming?"
          error={form.errors.wijze}
          opties={(Object.keys(WIJZE_LABELS) as ToestemmingWijze[]).map((w) => ({ waarde: w, label: WIJZE_LABELS[w] }))}
          gekozen={wijze ? [wijze] : []}
          onChange={(w) => setWijze(w)}
        />
        {wijze === "MONDELING_MET_TOLK" ? (
          <Field name="tolkTaal" label="In welke taal vertaalde de tolk?" error={form.errors.tolkTaal}>
            {(veld) => <Input {...veld} maxLength={60} className="max-w-xs" />}
          </Field>
        ) : null}
        {naUpload ? (
          <Field name="scan" label="Scan of foto van het getekende formulier (mag leeg)" hint="Pdf, jpg of png, tot 900 kB. Alleen begeleiders en teamleiders kunnen hem openen." error={form.errors.scan}>
            {(veld) => <input {...veld} type="file" accept="application/pdf,image/jpeg,image/png" className="min-h-11" />}
          </Field>
        ) : null}

        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="gegevenOp" label="Gegeven op" error={form.errors.gegevenOp}>
            {(veld) => <Input {...veld} type="date" defaultValue={vandaag} max={vandaag} />}
          </Field>
          <Field name="geldigTot" label="Geldig tot en met (mag leeg)" hint="Leeg: tot de persoon het intrekt." error={form.errors.geldigTot}>
            {(veld) => <Input {...veld} type="date" min={vandaag} />}
          </Field>
        </div>
        <Field name="toelichting" label="Toelichting (mag leeg)" error={form.errors.toelichting}>
          {(veld) => <Textarea {...veld} rows={2} maxLength={500} />}
        </Field>
        <div>
          <Button type="submit" disabled={form.isPending}>
            {form.isPending ? "Bezig…" : "Toestemming vastleggen"}
          </Button>
        </div>
      </VeldPrefix>
    </form>
  );
}
