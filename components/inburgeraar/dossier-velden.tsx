"use client";

import { useState, type ReactNode } from "react";
import { Field, Input, Opties, Select, Textarea } from "@/components/ui/field";
import { Keuzes, Vinkje } from "@/components/ui/keuzes";
import type { FieldErrors } from "@/lib/actions/state";
import type { Doelgroep, Verblijfsvergunning } from "@/lib/db/generated/enums";
import { DOELGROEP_LABELS, VERBLIJFSVERGUNNING_LABELS } from "@/lib/inburgeraar/labels";
import { bepaalRechtOpBegeleiding } from "@/lib/inburgeraar/rules";

/** Starting values of the fields (all strings as the inputs hold them). */
export interface DossierWaarden {
  voornaam?: string;
  achternaam?: string;
  geboortedatum?: string;
  vNummer?: string | null;
  landVanHerkomst?: string | null;
  talen?: string[];
  tolkNodig?: boolean;
  tolkTaal?: string | null;
  telefoon?: string | null;
  email?: string | null;
  verblijfsvergunning?: Verblijfsvergunning;
  redenZonderWettelijkRecht?: string | null;
  doelgroepen?: Doelgroep[];
  koppelingDatum?: string;
  woningtoewijzingDatum?: string;
  verhuisDatum?: string;
  brpInschrijvingDatum?: string;
  uitkeringStartDatum?: string;
  bredeIntakeDatum?: string;
  pipVastgesteldDatum?: string;
  startLeerrouteDatum?: string;
  eersteLesDatum?: string;
  straat?: string | null;
  huisnummer?: string | null;
  postcode?: string | null;
  woonplaats?: string | null;
}

/**
 * How the BSN field behaves: on aanmelden it is simply optional; on wijzigen an
 * empty field keeps the stored BSN and a checkbox removes it; `null` hides it
 * (roles that may not see the BSN).
 */
export type BsnModus = { soort: "aanmelden" } | { soort: "wijzigen"; heeftBsn: boolean; bsnEinde: string | null } | null;

const VERGUNNING_OPTIES = (Object.keys(VERBLIJFSVERGUNNING_LABELS) as Verblijfsvergunning[]).map((v) => ({ waarde: v, label: VERBLIJFSVERGUNNING_LABELS[v] }));
const DOELGROEP_OPTIES = (Object.keys(DOELGROEP_LABELS) as Doelgroep[]).map((d) => ({ waarde: d, label: DOELGROEP_LABELS[d] }));

/**
 * The person's fields, shared by the aanmeld form and the gegevens form (the
 * server side shares `dossierBasis` in lib/inburgeraar/schema.ts the same way).
 */
export function DossierVelden({
  errors: e,
  waarden: w = {},
  bsn,
  gemeenteVeld,
  naDoelgroepen,
  trajectDatums = false,
}: {
  errors: FieldErrors;
  waarden?: DossierWaarden;
  bsn: BsnModus;
  /** The gemeente choice, next to the permit (aanmelden only). */
  gemeenteVeld?: ReactNode;
  /** Extra fields at the end of the permit group (the begeleider choice on aanmelden). */
  naDoelgroepen?: ReactNode;
  /** Also the dates that become known later (verhuizing, brede intake, PIP, leerroute, eerste les). */
  trajectDatums?: boolean;
}) {
  const [vergunning, setVergunning] = useState<Verblijfsvergunning>(w.verblijfsvergunning ?? "ONBEKEND");
  const [tolkNodig, setTolkNodig] = useState(w.tolkNodig ?? false);
  const recht = bepaalRechtOpBegeleiding(vergunning);

  const tekst = (
    name: keyof DossierWaarden | "bsn",
    label: string,
    props: { required?: boolean; maxLength?: number; hint?: ReactNode; type?: string; inputMode?: "numeric" | "tel" | "email"; defaultValue?: string } = {},
  ) => {
    const start = name === "bsn" ? "" : w[name];
    return (
      <Field name={name} label={label} error={e[name]} hint={props.hint}>
        {(veld) => (
          <Input
            {...veld}
            type={props.type ?? "text"}
            required={props.required}
            maxLength={props.maxLength}
            inputMode={props.inputMode}
            autoComplete="off"
            defaultValue={props.defaultValue ?? (typeof start === "string" ? start : "")}
          />
        )}
      </Field>
    );
  };

  return (
    <>
      <Groep titel="Persoon">
        <div className="grid gap-4 sm:grid-cols-2">
          {tekst("voornaam", "Voornaam", { required: true, maxLength: 100 })}
          {tekst("achternaam", "Achternaam", { required: true, maxLength: 100 })}
          {tekst("geboortedatum", "Geboortedatum", { required: true, type: "date" })}
          {tekst("landVanHerkomst", "Land van herkomst", { maxLength: 100 })}
          {bsn?.soort === "aanmelden"
            ? tekst("bsn", "BSN (als bekend)", { maxLength: 20, inputMode: "numeric", hint: "9 cijfers. Mag leeg blijven." })
            : null}
          {bsn?.soort === "wijzigen" ? (
            <div className="flex flex-col gap-1">
              {tekst("bsn", bsn.heeftBsn ? "Nieuw BSN" : "BSN (als bekend)", {
                maxLength: 20,
                inputMode: "numeric",
                hint: bsn.heeftBsn
                  ? `Er is al een BSN opgeslagen${bsn.bsnEinde ? ` (eindigt op ${bsn.bsnEinde})` : ""}. Laat leeg om het te houden.`
                  : "9 cijfers. Mag leeg blijven.",
              })}
              {bsn.heeftBsn ? <Vinkje name="bsnVerwijderen" label="BSN verwijderen" error={e.bsnVerwijderen} /> : null}
            </div>
          ) : null}
          {tekst("vNummer", "V-nummer (als bekend)", { maxLength: 20, inputMode: "numeric", hint: "10 cijfers." })}
          {tekst("talen", "Talen", { maxLength: 300, hint: "Scheid met komma's, bijvoorbeeld: Arabisch, Engels", defaultValue: (w.talen ?? []).join(", ") })}
          {tekst("telefoon", "Telefoon", { maxLength: 30, type: "tel", inputMode: "tel" })}
          {tekst("email", "E-mailadres", { maxLength: 200, type: "email", inputMode: "email" })}
        </div>
        <Vinkje name="tolkNodig" label="Tolk nodig" checked={tolkNodig} onChange={setTolkNodig} error={e.tolkNodig} />
        {tolkNodig ? tekst("tolkTaal", "Tolk in welke taal?", { maxLength: 50 }) : null}
      </Groep>

      <Groep titel={gemeenteVeld ? "Gemeente en recht op begeleiding" : "Recht op begeleiding"}>
        <div className="grid gap-4 sm:grid-cols-2">
          {gemeenteVeld}
          <Field name="verblijfsvergunning" label="Verblijfsvergunning" error={e.verblijfsvergunning}>
            {(veld) => (
              <Select
                {...veld}
                aria-describedby={`${veld["aria-describedby"]} recht-uitleg`}
                value={vergunning}
                onChange={(ev) => setVergunning(ev.target.value as Verblijfsvergunning)}
              >
                <Opties opties={VERGUNNING_OPTIES} />
              </Select>
            )}
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
          <Field name="redenZonderWettelijkRecht" label="Waarom begeleiden we deze persoon toch?" error={e.redenZonderWettelijkRecht}>
            {(veld) => <Textarea {...veld} rows={3} maxLength={1000} required defaultValue={w.redenZonderWettelijkRecht ?? ""} />}
          </Field>
        ) : null}
        <Keuzes
          name="doelgroepen"
          legend="Doelgroepen"
          opties={DOELGROEP_OPTIES}
          standaard={w.doelgroepen ?? []}
          error={e.doelgroepen}
          lijstClassName="mt-2 grid gap-1 sm:grid-cols-2"
        />
        {naDoelgroepen}
      </Groep>

      <Groep titel="Datums">
        <div className="grid gap-4 sm:grid-cols-2">
          {tekst("koppelingDatum", "Koppeling aan de gemeente", { type: "date" })}
          {tekst("woningtoewijzingDatum", "Woningtoewijzing", { type: "date" })}
          {trajectDatums ? tekst("verhuisDatum", "Verhuizing naar de woning", { type: "date" }) : null}
          {tekst("brpInschrijvingDatum", "Inschrijving in de BRP", { type: "date", hint: "De begeleiding begint wettelijk op deze datum." })}
          {tekst("uitkeringStartDatum", "Start uitkering", { type: "date" })}
        </div>
        {trajectDatums ? (
          <fieldset className="mt-2 border-t border-slate-200 pt-4">
            <legend className="sr-only">Tijdige start</legend>
            <h3 aria-hidden="true" className="mb-3 font-semibold text-slate-900">
              Tijdige start
            </h3>
            <div className="grid gap-4 sm:grid-cols-2">
              {tekst("bredeIntakeDatum", "Brede intake", { type: "date" })}
              {tekst("pipVastgesteldDatum", "PIP vastgesteld", { type: "date" })}
              {tekst("startLeerrouteDatum", "Start leerroute", { type: "date" })}
              {tekst("eersteLesDatum", "Eerste les", { type: "date" })}
            </div>
          </fieldset>
        ) : null}
      </Groep>

      <Groep titel="Adres">
        <div className="grid gap-4 sm:grid-cols-2">
          {tekst("straat", "Straat", { maxLength: 100 })}
          {tekst("huisnummer", "Huisnummer", { maxLength: 20 })}
          {tekst("postcode", "Postcode", { maxLength: 10 })}
          {tekst("woonplaats", "Woonplaats", { maxLength: 100 })}
        </div>
      </Groep>
    </>
  );
}

export function Groep({ titel, children }: { titel: string; children: ReactNode }) {
  return (
    <fieldset className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <legend className="px-1 text-lg font-semibold text-slate-900">{titel}</legend>
      {children}
    </fieldset>
  );
}
