"use client";

import { Alert } from "@/components/ui/card";
import { Field, Input, Select } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { useFormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { importeerSocialeKaartAction } from "@/lib/sociale-kaart/actions";

/**
 * Load a gemeente's list from CSV in two steps: check (shows what will be
 * added or updated, or per row what is wrong), then import. Nothing is
 * written until "Importeren", and then all rows or none.
 */
export function ImportForm({ gemeenten, kolommen }: { gemeenten: { id: string; naam: string }[]; kolommen: readonly string[] }) {
  const form = useFormAction(importeerSocialeKaartAction);
  const uitkomst = form.state.ok ? form.state.uitkomst : undefined;
  const gecontroleerd = uitkomst?.stap === "controleren" ? uitkomst : undefined;
  const rapport = !form.state.ok ? form.state.rapport : undefined;
  return (
    <form {...form.props} className="flex flex-col gap-4" encType="multipart/form-data">
      <FormMelding {...form.melding} />
      {rapport && rapport.length > 0 ? (
        <section aria-labelledby="importrapport-kop" className="rounded-md border border-red-300 bg-red-50 p-4">
          <h2 id="importrapport-kop" className="font-semibold text-red-900">
            Wat er niet klopt
          </h2>
          <ul className="mt-2 flex flex-col gap-2">
            {rapport.map((r) => (
              <li key={r.rij}>
                <span className="font-medium">
                  {r.rij > 0 ? `Rij ${r.rij}` : "Bestand"}
                  {r.naam ? ` (${r.naam})` : ""}:
                </span>{" "}
                {r.meldingen.join(" ")}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <Field name="gemeenteId" label="Sociale kaart van" error={form.errors.gemeenteId}>
        {(veld) => (
          <Select {...veld} defaultValue="">
            <option value="">Alle gemeenten</option>
            {gemeenten.map((g) => (
              <option key={g.id} value={g.id}>
                {g.naam}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field
        name="bestand"
        label="CSV-bestand"
        error={form.errors.bestand}
        hint={`De eerste rij noemt de kolommen: ${kolommen.join(", ")}. Naam en leefgebieden zijn verplicht; meerdere leefgebieden of talen scheid je met een puntkomma.`}
      >
        {(veld) => <Input {...veld} type="file" accept=".csv,text/csv" />}
      </Field>
      {gecontroleerd ? (
        <>
          <input type="hidden" name="csv" value={gecontroleerd.csv} />
          <Alert tone="goed">
            <p>
              Gecontroleerd voor {gecontroleerd.gemeente}: {gecontroleerd.nieuw} nieuw, {gecontroleerd.bijgewerkt} bijgewerkt.
            </p>
            <ul className="mt-2 list-disc pl-5">
              {gecontroleerd.voorstel.slice(0, 50).map((v) => (
                <li key={v.rij}>
                  {v.naam} — {v.wordt === "nieuw" ? "nieuw" : "wordt bijgewerkt"}
                </li>
              ))}
            </ul>
            {gecontroleerd.voorstel.length > 50 ? <p>En nog {gecontroleerd.voorstel.length - 50} meer.</p> : null}
          </Alert>
        </>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="stap" value="controleren" variant={gecontroleerd ? "secundair" : "primair"} disabled={form.isPending}>
          {form.isPending ? "Bezig…" : "Bestand controleren"}
        </Button>
        {gecontroleerd ? (
          <Button type="submit" name="stap" value="importeren" disabled={form.isPending}>
            Importeren
          </Button>
        ) : null}
      </div>
    </form>
  );
}
