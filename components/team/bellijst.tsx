"use client";

import Link from "@/components/ui/link";
import { useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { Alert, EmptyState } from "@/components/ui/card";
import { Field, Textarea } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { Keuzes } from "@/components/ui/keuzes";
import { useFormAction } from "@/components/ui/use-form-action";
import { VeldPrefix } from "@/components/ui/veld-prefix";
import { VerstuurKnop } from "@/components/ui/verstuur-knop";
import type { ActionState } from "@/lib/actions/state";
import { logBelpogingAction } from "@/lib/bellijst/actions";
import type { BelRij } from "@/lib/bellijst/queries";
import { BEL_UITKOMST_LABELS, NIET_BEREIKT_GRENS } from "@/lib/bellijst/rules";
import { formatKalenderdatum } from "@/lib/tijd";

const UITKOMSTEN = (["BEREIKT", "VERVOLG_NODIG", "NIET_BEREIKT"] as const).map((w) => ({ waarde: w, label: BEL_UITKOMST_LABELS[w] }));

function waarom(r: BelRij): string {
  if (r.reden === "GEEN_MAATJE") {
    return r.laatsteBel
      ? `Geen maatje; laatst gebeld ${formatKalenderdatum(r.laatsteBel)} (elke ${r.intervalDagen} dagen)`
      : `Geen maatje; nog niet eerder gebeld (elke ${r.intervalDagen} dagen)`;
  }
  return r.laatsteContact
    ? `Laatste contact ${formatKalenderdatum(r.laatsteContact)}: langer dan ${r.intervalDagen} dagen geleden`
    : `Nog geen contact gelogd, al langer dan ${r.intervalDagen} dagen`;
}

function BelForm({ r, onGelogd }: { r: BelRij; onGelogd: (melding: string) => void }) {
  // The confirmation goes to the list as soon as the answer arrives: the same answer's refresh
  // removes this row (and its form) from the list.
  const form = useFormAction(async (prev: ActionState, formData: FormData) => {
    const state = await logBelpogingAction(prev, formData);
    if (state.ok && state.message) onGelogd(state.message);
    return state;
  });
  return (
    <form {...form.props} className="flex flex-col gap-3">
      <VeldPrefix value={`bel-${r.id}`}>
        <input type="hidden" name="inburgeraarId" value={r.id} />
        <FormMelding {...form.melding} />
        <Keuzes name="uitkomst" legend="Hoe ging het?" type="radio" opties={UITKOMSTEN} error={form.errors.uitkomst} lijstClassName="mt-1 flex flex-wrap gap-x-5" />
        <Field name="notitie" label="Notitie (niet verplicht)" error={form.errors.notitie}>
          {(veld) => <Textarea {...veld} rows={2} maxLength={1000} />}
        </Field>
        <VerstuurKnop isPending={form.isPending} aria-label={`Gesprek met ${r.naam} vastleggen`}>
          Vastleggen
        </VerstuurKnop>
      </VeldPrefix>
    </form>
  );
}

/** The bellijst: who to call, why, and a form per person; the confirmation stays when the row leaves the list. */
export function BellijstLijst({ rijen }: { rijen: BelRij[] }) {
  const [melding, setMelding] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-3">
      <div aria-live="polite">{melding ? <Alert tone="goed">{melding}</Alert> : null}</div>
      {rijen.length === 0 ? (
        <EmptyState>Niemand hoeft nu gebeld te worden.</EmptyState>
      ) : (
        <ol className="flex flex-col gap-3">
          {rijen.map((r) => (
            <li key={r.id} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm md:grid-cols-2">
              <div>
                <h3 className="text-lg font-semibold">
                  <Link href={`/inburgeraars/${r.id}`} className="text-merk-700 underline-offset-4 hover:underline">
                    {r.naam}
                  </Link>
                </h3>
                <p className="text-slate-800">{waarom(r)}</p>
                <p className="text-sm text-slate-700">
                  {r.gemeente}
                  {r.dagenTeLaat > 0 ? ` · ${r.dagenTeLaat} ${r.dagenTeLaat === 1 ? "dag" : "dagen"} over tijd` : " · vandaag aan de beurt"}
                  {r.tolkNodig ? ` · tolk nodig${r.tolkTaal ? ` (${r.tolkTaal})` : ""}` : ""}
                </p>
                {r.telefoon ? (
                  <p className="mt-2">
                    <a href={`tel:${r.telefoon.replace(/[^+\d]/g, "")}`} className={buttonClass("secundair")}>
                      Bel {r.telefoon}
                    </a>
                  </p>
                ) : (
                  <p className="mt-1 text-sm text-slate-700">Geen telefoonnummer in het dossier.</p>
                )}
                {r.nietBereiktOpRij > 0 ? (
                  <p className="mt-2 inline-block rounded-full bg-amber-100 px-2.5 py-0.5 text-sm text-amber-900">
                    {r.nietBereiktOpRij} keer op rij niet bereikt
                    {r.nietBereiktOpRij === NIET_BEREIKT_GRENS - 1 ? ": nog een keer en de begeleider krijgt een seintje" : ""}
                  </p>
                ) : null}
              </div>
              <BelForm r={r} onGelogd={setMelding} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
