"use client";

import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { useFormAction } from "@/components/ui/use-form-action";
import { VerstuurKnop } from "@/components/ui/verstuur-knop";
import { rondOverlegActieAfAction, slaBesluitenOpAction, voegOverlegActieToeAction } from "@/lib/overleg/actions";

export function BesluitenForm({ agendapuntId, version, besluiten, naam }: { agendapuntId: string; version: number; besluiten: string | null; naam: string }) {
  const form = useFormAction(slaBesluitenOpAction);
  return (
    <form {...form.props} className="flex flex-col gap-3">
      <input type="hidden" name="agendapuntId" value={agendapuntId} />
      <input type="hidden" name="version" value={version} />
      <FormMelding {...form.melding} />
      <Field name="besluiten" id={`besluiten-${agendapuntId}`} label={`Besluiten over ${naam}`} error={form.errors.besluiten}>
        {(veld) => <Textarea {...veld} rows={3} maxLength={4000} defaultValue={besluiten ?? ""} />}
      </Field>
      <VerstuurKnop isPending={form.isPending} bezig="Bezig met opslaan…" variant="secundair">
        Besluiten opslaan
      </VerstuurKnop>
    </form>
  );
}

export function OverlegActieForm({ agendapuntId, naam, eigenaren, vandaag }: { agendapuntId: string; naam: string; eigenaren: { id: string; naam: string }[]; vandaag: string }) {
  const form = useFormAction(voegOverlegActieToeAction);
  const e = form.errors;
  return (
    <form {...form.props} key={form.state.stamp ?? 0} className="flex flex-col gap-3 rounded-md border border-slate-200 bg-slate-50 p-3">
      <input type="hidden" name="agendapuntId" value={agendapuntId} />
      <FormMelding {...form.melding} />
      <Field name="omschrijving" id={`omschrijving-${agendapuntId}`} label={`Nieuwe actie voor ${naam}`} error={e.omschrijving}>
        {(veld) => <Input {...veld} maxLength={300} />}
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="eigenaarId" id={`eigenaar-${agendapuntId}`} label="Wie doet het?" error={e.eigenaarId}>
          {(veld) => (
            <Select {...veld} defaultValue="">
              <option value="">Kies een deelnemer</option>
              {eigenaren.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.naam}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field name="deadline" id={`deadline-${agendapuntId}`} label="Klaar op" error={e.deadline}>
          {(veld) => <Input {...veld} type="date" min={vandaag} />}
        </Field>
      </div>
      <VerstuurKnop isPending={form.isPending} bezig="Bezig met toevoegen…" variant="secundair">
        Actie toevoegen
      </VerstuurKnop>
    </form>
  );
}

export function OverlegActieAfvinken({ actieId, afgerond, omschrijving }: { actieId: string; afgerond: boolean; omschrijving: string }) {
  const form = useFormAction(rondOverlegActieAfAction);
  return (
    <form {...form.props} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="actieId" value={actieId} />
      <input type="hidden" name="afgerond" value={afgerond ? "false" : "true"} />
      <FormMelding {...form.melding} />
      <VerstuurKnop isPending={form.isPending} variant="secundair" aria-label={`${afgerond ? "Weer open zetten" : "Afvinken"}: ${omschrijving}`}>
        {afgerond ? "Weer open zetten" : "Afvinken"}
      </VerstuurKnop>
    </form>
  );
}
