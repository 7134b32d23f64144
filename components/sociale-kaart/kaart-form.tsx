"use client";

import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { Keuzes, Vinkje } from "@/components/ui/keuzes";
import { useFormAction } from "@/components/ui/use-form-action";
import { VerstuurKnop } from "@/components/ui/verstuur-knop";
import type { Leefgebied } from "@/lib/db/generated/enums";
import { LEEFGEBIED_LABELS, LEEFGEBIED_VOLGORDE } from "@/lib/inburgeraar/labels";
import { maakKaartOrganisatieAction, wijzigKaartOrganisatieAction } from "@/lib/sociale-kaart/actions";

export interface KaartOrganisatieWaarden {
  id: string;
  version: number;
  naam: string;
  gemeenteId: string | null;
  leefgebieden: Leefgebied[];
  omschrijving: string | null;
  adres: string | null;
  telefoon: string | null;
  email: string | null;
  website: string | null;
  talen: string[];
  openingstijden: string | null;
  notities: string | null;
  actief: boolean;
}

const LEEFGEBIED_OPTIES = LEEFGEBIED_VOLGORDE.map((l) => ({ waarde: l, label: LEEFGEBIED_LABELS[l] }));

/** Adding or changing one organisation of the sociale kaart. */
export function KaartForm({ organisatie: o, gemeenten }: { organisatie?: KaartOrganisatieWaarden; gemeenten: { id: string; naam: string }[] }) {
  const form = useFormAction(o ? wijzigKaartOrganisatieAction : maakKaartOrganisatieAction);
  const e = form.errors;
  const tekst = (name: keyof KaartOrganisatieWaarden, label: string, waarde: string | null | undefined, extra: { hint?: string; type?: string; maxLength?: number; autoComplete?: string } = {}) => (
    <Field name={name} label={label} error={e[name]} hint={extra.hint}>
      {(veld) => <Input {...veld} type={extra.type ?? "text"} maxLength={extra.maxLength} autoComplete={extra.autoComplete ?? "off"} defaultValue={waarde ?? ""} />}
    </Field>
  );
  return (
    <form {...form.props} className="flex flex-col gap-4">
      {o ? (
        <>
          <input type="hidden" name="id" value={o.id} />
          <input type="hidden" name="version" value={o.version} />
        </>
      ) : null}
      <FormMelding {...form.melding} />
      {tekst("naam", "Naam van de organisatie", o?.naam, { maxLength: 150 })}
      <Field name="gemeenteId" label="Voor welke gemeente?" error={e.gemeenteId}>
        {(veld) => (
          <Select {...veld} defaultValue={o?.gemeenteId ?? ""}>
            <option value="">Alle gemeenten</option>
            {gemeenten.map((g) => (
              <option key={g.id} value={g.id}>
                {g.naam}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Keuzes name="leefgebieden" legend="Helpt bij (leefgebied)" opties={LEEFGEBIED_OPTIES} standaard={o?.leefgebieden ?? []} error={e.leefgebieden} lijstClassName="mt-2 grid gap-1 sm:grid-cols-2" />
      <Field name="omschrijving" label="Wat doen ze?" error={e.omschrijving}>
        {(veld) => <Textarea {...veld} rows={2} maxLength={500} defaultValue={o?.omschrijving ?? ""} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        {tekst("adres", "Adres", o?.adres, { maxLength: 200 })}
        {tekst("telefoon", "Telefoon", o?.telefoon, { type: "tel", maxLength: 30 })}
        {tekst("email", "E-mail", o?.email, { type: "email", maxLength: 200 })}
        {tekst("website", "Website", o?.website, { type: "url", maxLength: 300, hint: "Begint met https://" })}
      </div>
      {tekst("talen", "Talen aan de balie", o?.talen.join(", "), { hint: "Scheid talen met een komma, bijvoorbeeld: Arabisch, Tigrinya, Engels." })}
      {tekst("openingstijden", "Openingstijden", o?.openingstijden, { maxLength: 300, hint: "Bijvoorbeeld: ma t/m vr 9.00–17.00, inloop di 13.00–16.00." })}
      <Field name="notities" label="Notities voor collega's" error={e.notities} hint="Tips voor een doorverwijzing. Schrijf hier niets over inburgeraars.">
        {(veld) => <Textarea {...veld} rows={3} maxLength={2000} defaultValue={o?.notities ?? ""} />}
      </Field>
      {o ? <Vinkje name="actief" label="Actief: kan gekozen worden bij doorverwijzingen en overdrachten" defaultChecked={o.actief} /> : null}
      <VerstuurKnop isPending={form.isPending} bezig="Bezig met opslaan…">
        {o ? "Opslaan" : "Toevoegen"}
      </VerstuurKnop>
    </form>
  );
}
