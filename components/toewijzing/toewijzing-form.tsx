"use client";

import { useState } from "react";
import { Field, Input, Opties, Select } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { Keuzes } from "@/components/ui/keuzes";
import { useFormAction } from "@/components/ui/use-form-action";
import { VerstuurKnop } from "@/components/ui/verstuur-knop";
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

const ROLLEN = (["MAATJE", "BEGELEIDER", "OPSTART"] as const).map((r) => ({ waarde: r, label: TOEWIJZING_ROL_LABELS[r] }));

export function ToewijzingForm({ inburgeraarId, kandidaten }: { inburgeraarId: string; kandidaten: Kandidaat[] }) {
  const form = useFormAction(wijsToeAction);
  const [rol, setRol] = useState<"MAATJE" | "BEGELEIDER" | "OPSTART">("MAATJE");
  const e = form.errors;
  const keuzes = kandidaten.filter((k) => (rol === "MAATJE" ? k.rol === "VRIJWILLIGER" : k.rol !== "VRIJWILLIGER"));
  return (
    <form {...form.props} key={form.state.stamp} className="flex flex-col gap-4">
      <input type="hidden" name="inburgeraarId" value={inburgeraarId} />
      <FormMelding {...form.melding} />
      <Keuzes
        name="rol"
        legend="Rol"
        type="radio"
        opties={ROLLEN}
        gekozen={[rol]}
        onChange={(r) => setRol(r)}
        error={e.rol}
        lijstClassName="mt-2 flex flex-wrap gap-x-6"
      />
      <Field name="gebruikerId" label={rol === "MAATJE" ? "Vrijwilliger" : "Begeleider"} error={e.gebruikerId}>
        {(veld) => (
          <Select {...veld} defaultValue="">
            <Opties leeg="Kies iemand" leegKiesbaar={false} opties={keuzes.map((k) => ({ waarde: k.id, label: omschrijf(k) }))} />
          </Select>
        )}
      </Field>
      <Field name="reden" label="Reden of toelichting (niet verplicht)" error={e.reden}>
        {(veld) => <Input {...veld} maxLength={300} />}
      </Field>
      <VerstuurKnop isPending={form.isPending}>
        Toewijzen
      </VerstuurKnop>
    </form>
  );
}
