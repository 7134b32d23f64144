"use client";

import { Field, Input } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { Keuzes } from "@/components/ui/keuzes";
import { useFormAction } from "@/components/ui/use-form-action";
import { VerstuurKnop } from "@/components/ui/verstuur-knop";
import type { Leefgebied } from "@/lib/db/generated/enums";
import { updateGemeenteAction } from "@/lib/gemeente/actions";
import { LEEFGEBIED_LABELS, LEEFGEBIED_VOLGORDE } from "@/lib/inburgeraar/labels";

interface Gemeente {
  id: string;
  looptijdMaanden: number;
  opstartfaseWeken: number;
  meetmomentenMaanden: number[];
  contactNormDagen: number;
  bellijstIntervalDagen: number | null;
  leefgebieden: Leefgebied[];
  taakstelling: number | null;
  spreekuur: string | null;
  version: number;
}

const LEEFGEBIED_OPTIES = LEEFGEBIED_VOLGORDE.map((l) => ({ waarde: l, label: LEEFGEBIED_LABELS[l] }));

export function GemeenteForm({ gemeente: g }: { gemeente: Gemeente }) {
  const form = useFormAction(updateGemeenteAction);
  const e = form.errors;
  const num = (name: keyof Gemeente, label: string, value: number | null, hint?: string) => (
    <Field name={name} label={label} error={e[name]} hint={hint}>
      {(veld) => <Input {...veld} inputMode="numeric" defaultValue={value ?? ""} />}
    </Field>
  );
  return (
    <form {...form.props} className="flex flex-col gap-4">
      <input type="hidden" name="id" value={g.id} />
      <input type="hidden" name="version" value={g.version} />
      <FormMelding {...form.melding} />
      <div className="grid gap-4 sm:grid-cols-2">
        {num("looptijdMaanden", "Looptijd (maanden)", g.looptijdMaanden)}
        {num("opstartfaseWeken", "Opstartfase (weken)", g.opstartfaseWeken)}
        <Field name="meetmomentenMaanden" label="Meetmomenten (maanden na start)" error={e.meetmomentenMaanden} hint="Na de nulmeting, bijvoorbeeld: 3, 8, 12. Een wijziging geldt alleen voor meetmomenten die nog niet zijn vastgelegd.">
          {(veld) => <Input {...veld} defaultValue={g.meetmomentenMaanden.join(", ")} />}
        </Field>
        {num("contactNormDagen", "Contactnorm (dagen zonder contact)", g.contactNormDagen)}
        {num("bellijstIntervalDagen", "Bellijst: bellen elke … dagen", g.bellijstIntervalDagen, "Leeg laten: elke 90 dagen (drie maanden).")}
        {num("taakstelling", "Taakstelling per jaar", g.taakstelling)}
      </div>
      <Field name="spreekuur" label="Spreekuur" error={e.spreekuur}>
        {(veld) => <Input {...veld} maxLength={300} defaultValue={g.spreekuur ?? ""} />}
      </Field>
      <Keuzes name="leefgebieden" legend="Leefgebieden in het begeleidingsplan" opties={LEEFGEBIED_OPTIES} standaard={g.leefgebieden} error={e.leefgebieden} lijstClassName="mt-2 grid gap-1 sm:grid-cols-2" />
      <VerstuurKnop isPending={form.isPending} bezig="Bezig met opslaan…">
        Opslaan
      </VerstuurKnop>
    </form>
  );
}
