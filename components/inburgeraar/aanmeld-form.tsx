"use client";

import Link from "next/link";
import { startTransition, useActionState, useState, type FormEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input, Select, Textarea } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { aanmeldAction, type AanmeldState } from "@/lib/inburgeraar/actions";
import { DOELGROEP_LABELS, HUISHOUD_RELATIE_LABELS, VERBLIJFSVERGUNNING_LABELS } from "@/lib/inburgeraar/labels";
import { bepaalRechtOpBegeleiding } from "@/lib/inburgeraar/rules";
import type { Doelgroep, HuishoudRelatie, Verblijfsvergunning } from "@/lib/db/generated/enums";

const MAX_RIJEN = 8;

interface Keuze {
  id: string;
  naam: string;
}

export function AanmeldForm({ gemeenten, begeleiders }: { gemeenten: Keuze[]; begeleiders: Keuze[] | null }) {
  const [state, action, isPending] = useActionState<AanmeldState, FormData>(aanmeldAction, { ok: false });
  const [vergunning, setVergunning] = useState<Verblijfsvergunning>("ONBEKEND");
  const [tolkNodig, setTolkNodig] = useState(false);
  const [rijen, setRijen] = useState(1);
  const recht = bepaalRechtOpBegeleiding(vergunning);
  const e = state.errors ?? {};

  // Submitting through onSubmit (not the form's action prop) keeps what was typed when the server finds a mistake.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  }

  const tekst = (id: string, label: string, props: { required?: boolean; maxLength?: number; hint?: string; type?: string; inputMode?: "numeric" | "tel" | "email"; autoComplete?: string } = {}) => (
    <Field id={id} label={label} error={e[id]} hint={props.hint}>
      <Input
        id={id}
        name={id}
        type={props.type ?? "text"}
        required={props.required}
        maxLength={props.maxLength}
        inputMode={props.inputMode}
        autoComplete={props.autoComplete ?? "off"}
        aria-invalid={Boolean(e[id])}
        aria-describedby={describedBy(id, Boolean(props.hint))}
      />
    </Field>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      <FormStatus state={state} />
      {state.dubbelDossierId ? (
        <p>
          <Link href={`/inburgeraars/${state.dubbelDossierId}`} className="font-medium text-merk-700 underline">
            Open het bestaande dossier
          </Link>
        </p>
      ) : null}

      <Groep titel="Persoon">
        <div className="grid gap-4 sm:grid-cols-2">
          {tekst("voornaam", "Voornaam", { required: true, maxLength: 100 })}
          {tekst("achternaam", "Achternaam", { required: true, maxLength: 100 })}
          {tekst("geboortedatum", "Geboortedatum", { required: true, type: "date" })}
          {tekst("landVanHerkomst", "Land van herkomst", { maxLength: 100 })}
          {tekst("bsn", "BSN (als bekend)", { maxLength: 20, inputMode: "numeric", hint: "9 cijfers. Mag leeg blijven." })}
          {tekst("vNummer", "V-nummer (als bekend)", { maxLength: 20, inputMode: "numeric", hint: "10 cijfers." })}
          {tekst("talen", "Talen", { maxLength: 300, hint: "Scheid met komma's, bijvoorbeeld: Arabisch, Engels" })}
          {tekst("telefoon", "Telefoon", { maxLength: 30, type: "tel", inputMode: "tel" })}
          {tekst("email", "E-mailadres", { maxLength: 200, type: "email", inputMode: "email" })}
        </div>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="tolkNodig" className="size-5" checked={tolkNodig} onChange={(ev) => setTolkNodig(ev.target.checked)} />
          Tolk nodig
        </label>
        {tolkNodig ? tekst("tolkTaal", "Tolk in welke taal?", { maxLength: 50 }) : null}
      </Groep>

      <Groep titel="Gemeente en recht op begeleiding">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="gemeenteId" label="Gemeente" error={e.gemeenteId}>
            <Select id="gemeenteId" name="gemeenteId" defaultValue={gemeenten.length === 1 ? gemeenten[0]!.id : ""} aria-invalid={Boolean(e.gemeenteId)} aria-describedby={describedBy("gemeenteId")}>
              <option value="">Kies een gemeente</option>
              {gemeenten.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.naam}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="verblijfsvergunning" label="Verblijfsvergunning" error={e.verblijfsvergunning}>
            <Select
              id="verblijfsvergunning"
              name="verblijfsvergunning"
              value={vergunning}
              onChange={(ev) => setVergunning(ev.target.value as Verblijfsvergunning)}
              aria-invalid={Boolean(e.verblijfsvergunning)}
              aria-describedby={`${describedBy("verblijfsvergunning")} recht-uitleg`}
            >
              {(Object.keys(VERBLIJFSVERGUNNING_LABELS) as Verblijfsvergunning[]).map((v) => (
                <option key={v} value={v}>
                  {VERBLIJFSVERGUNNING_LABELS[v]}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <p
          id="recht-uitleg"
          aria-live="polite"
          className={`rounded-md border-l-4 p-3 ${recht.wettelijkRecht ? "border-green-700 bg-green-50 text-green-900" : "border-amber-600 bg-amber-50 text-amber-900"}`}
        >
          <strong>{recht.wettelijkRecht ? "Recht op begeleiding: ja. " : recht.vastgesteld ? "Recht op begeleiding: nee. " : "Recht op begeleiding: nog onbekend. "}</strong>
          {recht.reden}
        </p>
        {!recht.wettelijkRecht ? (
          <Field id="redenZonderWettelijkRecht" label="Waarom begeleiden we deze persoon toch?" error={e.redenZonderWettelijkRecht}>
            <Textarea
              id="redenZonderWettelijkRecht"
              name="redenZonderWettelijkRecht"
              rows={3}
              maxLength={1000}
              required
              aria-invalid={Boolean(e.redenZonderWettelijkRecht)}
              aria-describedby={describedBy("redenZonderWettelijkRecht")}
            />
          </Field>
        ) : null}
        <fieldset aria-describedby="doelgroepen-error">
          <legend className="font-medium">Doelgroepen</legend>
          <div className="mt-2 grid gap-1 sm:grid-cols-2">
            {(Object.keys(DOELGROEP_LABELS) as Doelgroep[]).map((d) => (
              <label key={d} className="flex min-h-11 items-center gap-2">
                <input type="checkbox" name="doelgroepen" value={d} className="size-5" />
                {DOELGROEP_LABELS[d]}
              </label>
            ))}
          </div>
          <p id="doelgroepen-error" className="text-sm font-medium text-red-700">
            {e.doelgroepen?.[0]}
          </p>
        </fieldset>
        {begeleiders ? (
          <Field id="begeleiderId" label="Begeleider" error={e.begeleiderId} hint="Wie begeleidt deze persoon? Je kunt dit later ook regelen.">
            <Select id="begeleiderId" name="begeleiderId" defaultValue="" aria-invalid={Boolean(e.begeleiderId)} aria-describedby={describedBy("begeleiderId", true)}>
              <option value="">Nog niemand</option>
              {begeleiders.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.naam}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
      </Groep>

      <Groep titel="Datums">
        <div className="grid gap-4 sm:grid-cols-2">
          {tekst("koppelingDatum", "Koppeling aan de gemeente", { type: "date" })}
          {tekst("woningtoewijzingDatum", "Woningtoewijzing", { type: "date" })}
          {tekst("brpInschrijvingDatum", "Inschrijving in de BRP", { type: "date", hint: "De begeleiding begint wettelijk op deze datum." })}
          {tekst("uitkeringStartDatum", "Start uitkering", { type: "date" })}
        </div>
      </Groep>

      <Groep titel="Adres">
        <div className="grid gap-4 sm:grid-cols-2">
          {tekst("straat", "Straat", { maxLength: 100, autoComplete: "off" })}
          {tekst("huisnummer", "Huisnummer", { maxLength: 20 })}
          {tekst("postcode", "Postcode", { maxLength: 10 })}
          {tekst("woonplaats", "Woonplaats", { maxLength: 100 })}
        </div>
      </Groep>

      <Groep titel="Huishouden">
        <p className="text-sm text-slate-700">Gezinsleden die (straks) bij deze persoon wonen. Lege rijen worden niet opgeslagen.</p>
        {Array.from({ length: rijen }, (_, i) => (
          <HuishoudRij key={i} index={i} errors={e} />
        ))}
        {rijen < MAX_RIJEN ? (
          <div>
            <Button type="button" variant="secundair" onClick={() => setRijen((n) => n + 1)}>
              Gezinslid toevoegen
            </Button>
          </div>
        ) : null}
        <p className="text-sm font-medium text-red-700">{e.huishouden?.[0]}</p>
      </Groep>

      <div>
        <Button type="submit" disabled={isPending}>
          {isPending ? "Bezig met aanmelden…" : "Aanmelden"}
        </Button>
      </div>
    </form>
  );
}

function Groep({ titel, children }: { titel: string; children: ReactNode }) {
  return (
    <fieldset className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <legend className="px-1 text-lg font-semibold text-slate-900">{titel}</legend>
      {children}
    </fieldset>
  );
}

function HuishoudRij({ index, errors }: { index: number; errors: Record<string, string[] | undefined> }) {
  const id = (veld: string) => `huishouden.${index}.${veld}`;
  return (
    <fieldset className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-4">
      <legend className="px-1 text-sm font-medium">Gezinslid {index + 1}</legend>
      <Field id={id("voornaam")} label="Voornaam" error={errors[id("voornaam")]}>
        <Input id={id("voornaam")} name={id("voornaam")} maxLength={100} autoComplete="off" aria-invalid={Boolean(errors[id("voornaam")])} aria-describedby={describedBy(id("voornaam"))} />
      </Field>
      <Field id={id("geboortedatum")} label="Geboortedatum" error={errors[id("geboortedatum")]}>
        <Input id={id("geboortedatum")} name={id("geboortedatum")} type="date" aria-invalid={Boolean(errors[id("geboortedatum")])} aria-describedby={describedBy(id("geboortedatum"))} />
      </Field>
      <Field id={id("relatie")} label="Relatie" error={errors[id("relatie")]}>
        <Select id={id("relatie")} name={id("relatie")} defaultValue="KIND" aria-describedby={describedBy(id("relatie"))}>
          {(Object.keys(HUISHOUD_RELATIE_LABELS) as HuishoudRelatie[]).map((r) => (
            <option key={r} value={r}>
              {HUISHOUD_RELATIE_LABELS[r]}
            </option>
          ))}
        </Select>
      </Field>
      <label className="flex min-h-11 items-center gap-2 self-end">
        <input type="checkbox" name={id("isNareiziger")} className="size-5" />
        Nareiziger
      </label>
    </fieldset>
  );
}
