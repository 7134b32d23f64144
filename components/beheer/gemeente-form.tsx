"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/actions/result";
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

export function GemeenteForm({ gemeente: g }: { gemeente: Gemeente }) {
  const { state, formAction: action, isPending, onSubmit } = useFormAction<ActionState>(updateGemeenteAction, { ok: false });
  const e = state.errors ?? {};
  const num = (id: keyof Gemeente, label: string, value: number | null, hint?: string) => (
    <Field id={id} label={label} error={e[id]} hint={hint}>
      <Input id={id} name={id} inputMode="numeric" defaultValue={value ?? ""} aria-invalid={Boolean(e[id])} aria-describedby={describedBy(id, Boolean(hint))} />
    </Field>
  );
  return (
    <form noValidate action={action} onSubmit={onSubmit} className="flex flex-col gap-4">
      <input type="hidden" name="id" value={g.id} />
      <input type="hidden" name="version" value={g.version} />
      <FormStatus state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        {num("looptijdMaanden", "Looptijd (maanden)", g.looptijdMaanden)}
        {num("opstartfaseWeken", "Opstartfase (weken)", g.opstartfaseWeken)}
        <Field id="meetmomentenMaanden" label="Meetmomenten (maanden na start)" error={e.meetmomentenMaanden} hint="Bijvoorbeeld: 3, 8, 12">
          <Input
            id="meetmomentenMaanden"
            name="meetmomentenMaanden"
            defaultValue={g.meetmomentenMaanden.join(", ")}
            aria-invalid={Boolean(e.meetmomentenMaanden)}
            aria-describedby={describedBy("meetmomentenMaanden", true)}
          />
        </Field>
        {num("contactNormDagen", "Contactnorm (dagen zonder contact)", g.contactNormDagen)}
        {num("bellijstIntervalDagen", "Bellijst: bellen elke … dagen", g.bellijstIntervalDagen, "Leeg laten als de gemeente geen bellijst heeft.")}
        {num("taakstelling", "Taakstelling per jaar", g.taakstelling)}
      </div>
      <Field id="spreekuur" label="Spreekuur" error={e.spreekuur}>
        <Input id="spreekuur" name="spreekuur" maxLength={300} defaultValue={g.spreekuur ?? ""} aria-describedby={describedBy("spreekuur")} />
      </Field>
      <fieldset aria-describedby="leefgebieden-error">
        <legend className="font-medium">Leefgebieden in het begeleidingsplan</legend>
        <div className="mt-2 grid gap-1 sm:grid-cols-2">
          {LEEFGEBIED_VOLGORDE.map((l) => (
            <label key={l} className="flex min-h-11 items-center gap-2">
              <input type="checkbox" name="leefgebieden" value={l} defaultChecked={g.leefgebieden.includes(l)} className="size-5" />
              {LEEFGEBIED_LABELS[l]}
            </label>
          ))}
        </div>
        <p id="leefgebieden-error" className="text-sm font-medium text-red-700">
          {e.leefgebieden?.[0]}
        </p>
      </fieldset>
      <div>
        <Button type="submit" disabled={isPending}>
          {isPending ? "Bezig met opslaan…" : "Opslaan"}
        </Button>
      </div>
    </form>
  );
}
