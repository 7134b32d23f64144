"use client";

import { useState } from "react";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { Keuzes } from "@/components/ui/keuzes";
import { useFormAction } from "@/components/ui/use-form-action";
import { VerstuurKnop } from "@/components/ui/verstuur-knop";
import { wijsToeAction } from "@/lib/toewijzing/actions";
import type { Kandidaat } from "@/lib/toewijzing/queries";
import { TOEWIJZING_ROL_LABELS } from "@/lib/toewijzing/labels";

type Rol = "MAATJE" | "BEGELEIDER" | "OPSTART";

const VOG = { GEEN: "geen VOG bekend", VERLOPEN: "VOG verlopen", VERLOOPT_BINNENKORT: "VOG verloopt binnenkort", GELDIG: "" } as const;

function omschrijf(k: Kandidaat) {
  if (k.rol !== "VRIJWILLIGER") return `${k.naam} (${k.aantal} ${k.aantal === 1 ? "persoon" : "personen"})`;
  const delen = [`${k.aantal}${k.maxMaatjes !== null ? ` van ${k.maxMaatjes}` : ""} maatjes`];
  if (k.talen.length) delen.push(k.talen.join(", "));
  if (k.nietVoorgesteldOmdat) delen.push(`niet voorgesteld: ${k.nietVoorgesteldOmdat}`);
  else if (k.vog && VOG[k.vog]) delen.push(VOG[k.vog]);
  return `${k.naam} (${delen.join("; ")})`;
}

const ROLLEN = (["MAATJE", "BEGELEIDER", "OPSTART"] as const).map((r) => ({ waarde: r, label: TOEWIJZING_ROL_LABELS[r] }));

/**
 * Assign anyone by hand. Picking a volunteer who was not suggested asks for the
 * reason; taking over from someone asks for the overdracht note.
 */
export function ToewijzingForm({ inburgeraarId, kandidaten, bezet }: { inburgeraarId: string; kandidaten: Kandidaat[]; bezet: Record<Rol, string | null> }) {
  const form = useFormAction(wijsToeAction);
  const [rol, setRol] = useState<Rol>("MAATJE");
  const [gekozen, setGekozen] = useState("");
  const e = form.errors;
  const keuzes = kandidaten.filter((k) => (rol === "MAATJE" ? k.rol === "VRIJWILLIGER" : k.rol !== "VRIJWILLIGER"));
  const kandidaat = keuzes.find((k) => k.id === gekozen);
  const vraagtUitzondering = rol === "MAATJE" && Boolean(kandidaat?.nietVoorgesteldOmdat) && !kandidaat?.isVol;
  const vraagtOverdracht = (rol === "MAATJE" || rol === "BEGELEIDER") && bezet[rol] !== null;
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
        onChange={(r) => {
          setRol(r);
          setGekozen("");
        }}
        error={e.rol}
        lijstClassName="mt-2 flex flex-wrap gap-x-6"
      />
      <Field name="gebruikerId" label={rol === "MAATJE" ? "Vrijwilliger" : "Begeleider"} error={e.gebruikerId}>
        {(veld) => (
          <Select {...veld} value={gekozen} onChange={(ev) => setGekozen(ev.target.value)}>
            <option value="" disabled>
              Kies iemand
            </option>
            {keuzes.map((k) => (
              <option key={k.id} value={k.id} disabled={k.isVol}>
                {omschrijf(k)}
                {k.isVol ? " — vol" : ""}
              </option>
            ))}
          </Select>
        )}
      </Field>
      {vraagtUitzondering || e.uitzondering ? (
        <Field
          name="uitzondering"
          label="Waarom toch deze vrijwilliger? (verplicht)"
          hint={kandidaat ? `${kandidaat.naam} wordt niet voorgesteld: ${kandidaat.nietVoorgesteldOmdat}. Je keuze en de reden komen in het auditlog.` : undefined}
          error={e.uitzondering}
        >
          {(veld) => <Input {...veld} maxLength={300} />}
        </Field>
      ) : null}
      {vraagtOverdracht || e.overdrachtNotitie ? (
        <Field
          name="overdrachtNotitie"
          label="Overdracht: wat moet de nieuwe persoon eerst weten? (verplicht)"
          hint={`${bezet[rol as "MAATJE" | "BEGELEIDER"] ?? "Iemand"} heeft deze rol nu. De nieuwe persoon ziet deze notitie als eerste in het dossier.`}
          error={e.overdrachtNotitie}
        >
          {(veld) => <Textarea {...veld} rows={3} maxLength={1000} />}
        </Field>
      ) : null}
      <Field name="reden" label="Reden of toelichting (niet verplicht)" error={e.reden}>
        {(veld) => <Input {...veld} maxLength={300} />}
      </Field>
      <VerstuurKnop isPending={form.isPending}>Toewijzen</VerstuurKnop>
    </form>
  );
}
