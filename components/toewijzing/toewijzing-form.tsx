"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input, Select } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/actions/result";
import { wijsToeAction } from "@/lib/toewijzing/actions";
import type { Kandidaat } from "@/lib/toewijzing/queries";
import { TOEWIJZING_ROL_LABELS } from "@/lib/toewijzing/schema";

const VOG = { GEEN: "geen VOG bekend", OUD: "VOG ouder dan 3 jaar", OK: "" } as const;

function omschrijf(k: Kandidaat) {
  if (k.rol !== "VRIJWILLIGER") return `${k.naam} (${k.aantal} ${k.aantal === 1 ? "persoon" : "personen"})`;
  const delen = [`${k.aantal}${k.maxMaatjes !== null ? ` van ${k.maxMaatjes}` : ""} maatjes`];
  if (k.talen.length) delen.push(k.talen.join(", "));
  if (k.vog && VOG[k.vog]) delen.push(VOG[k.vog]);
  if (k.isVol) delen.push("vol");
  return `${k.naam} (${delen.join("; ")})`;
}

export function ToewijzingForm({ inburgeraarId, kandidaten }: { inburgeraarId: string; kandidaten: Kandidaat[] }) {
  const { state, formAction: action, isPending, onSubmit } = useFormAction<ActionState>(wijsToeAction, { ok: false });
  const [rol, setRol] = useState<"MAATJE" | "BEGELEIDER" | "OPSTART">("MAATJE");
  const e = state.errors ?? {};
  const keuzes = kandidaten.filter((k) => (rol === "MAATJE" ? k.rol === "VRIJWILLIGER" : k.rol !== "VRIJWILLIGER"));
  return (
    <form noValidate action={action} onSubmit={onSubmit} key={state.stamp} className="flex flex-col gap-4">
      <input type="hidden" name="inburgeraarId" value={inburgeraarId} />
      <FormStatus state={state} />
      <fieldset>
        <legend className="font-medium">Rol</legend>
        <div className="mt-2 flex flex-wrap gap-x-6">
          {(["MAATJE", "BEGELEIDER", "OPSTART"] as const).map((r) => (
            <label key={r} className="flex min-h-11 items-center gap-2">
              <input type="radio" name="rol" value={r} checked={rol === r} onChange={() => setRol(r)} className="size-5" />
              {TOEWIJZING_ROL_LABELS[r]}
            </label>
          ))}
        </div>
      </fieldset>
      <Field id="gebruikerId" label={rol === "MAATJE" ? "Vrijwilliger" : "Begeleider"} error={e.gebruikerId}>
        <Select id="gebruikerId" name="gebruikerId" defaultValue="" aria-invalid={Boolean(e.gebruikerId)} aria-describedby={describedBy("gebruikerId")}>
          <option value="" disabled>
            Kies iemand
          </option>
          {keuzes.map((k) => (
            <option key={k.id} value={k.id}>
              {omschrijf(k)}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="reden" label="Reden of toelichting (niet verplicht)" error={e.reden}>
        <Input id="reden" name="reden" maxLength={300} aria-invalid={Boolean(e.reden)} aria-describedby={describedBy("reden")} />
      </Field>
      <div>
        <Button type="submit" disabled={isPending}>
          {isPending ? "Bezig…" : "Toewijzen"}
        </Button>
      </div>
    </form>
  );
}
