"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { Keuzes } from "@/components/ui/keuzes";
import { useFormAction } from "@/components/ui/use-form-action";
import { VeldPrefix } from "@/components/ui/veld-prefix";
import { deelSignaalAction, legSignaalActieVastAction, pakSignaalOpAction, wijzigSignaalStatusAction } from "@/lib/signaal/actions";

/** Follow-up forms on a signal's page (begeleider, teamleider). */

export function PakOpForm({ signaalId, version }: { signaalId: string; version: number }) {
  const form = useFormAction(pakSignaalOpAction);
  return (
    <form {...form.props} className="flex flex-col gap-2">
      <input type="hidden" name="signaalId" value={signaalId} />
      <input type="hidden" name="version" value={version} />
      <FormMelding {...form.melding} />
      <div>
        <Button type="submit" disabled={form.isPending}>
          {form.isPending ? "Bezig…" : "Oppakken"}
        </Button>
      </div>
    </form>
  );
}

export function ActieForm({ signaalId, vandaag }: { signaalId: string; vandaag: string }) {
  const form = useFormAction(legSignaalActieVastAction);
  return (
    <form {...form.props} className="flex flex-col gap-3" key={form.state.stamp}>
      <VeldPrefix value="actie">
        <input type="hidden" name="signaalId" value={signaalId} />
        <FormMelding {...form.melding} />
        <Field name="omschrijving" label="Wat heb je gedaan?" error={form.errors.omschrijving}>
          {(veld) => <Textarea {...veld} rows={2} maxLength={1000} />}
        </Field>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field name="datum" label="Op welke dag?" error={form.errors.datum}>
            {(veld) => <Input {...veld} type="date" defaultValue={vandaag} />}
          </Field>
          <Field name="opvolgOp" label="Herinnering op (mag leeg)" hint="Dan zie je het signaal terug in je lijst." error={form.errors.opvolgOp}>
            {(veld) => <Input {...veld} type="date" />}
          </Field>
        </div>
        <div>
          <Button type="submit" variant="secundair" disabled={form.isPending}>
            {form.isPending ? "Bezig…" : "Actie vastleggen"}
          </Button>
        </div>
      </VeldPrefix>
    </form>
  );
}

export function StatusForm({ signaalId, version, kanDoorverwijzen }: { signaalId: string; version: number; kanDoorverwijzen: boolean }) {
  const form = useFormAction(wijzigSignaalStatusAction);
  const [naar, setNaar] = useState<"DOORVERWEZEN" | "AFGESLOTEN">(kanDoorverwijzen ? "DOORVERWEZEN" : "AFGESLOTEN");
  return (
    <form {...form.props} className="flex flex-col gap-3">
      <VeldPrefix value="status">
        <input type="hidden" name="signaalId" value={signaalId} />
        <input type="hidden" name="version" value={version} />
        <FormMelding {...form.melding} />
        <Keuzes
          name="naar"
          type="radio"
          legend="Volgende stap"
          error={form.errors.naar}
          gekozen={[naar]}
          onChange={(w, aan) => aan && setNaar(w)}
          opties={[
            ...(kanDoorverwijzen ? [{ waarde: "DOORVERWEZEN" as const, label: "Doorverwezen naar een andere organisatie" }] : []),
            { waarde: "AFGESLOTEN" as const, label: "Afsluiten: er is niets meer te doen" },
          ]}
        />
        {naar === "DOORVERWEZEN" ? (
          <Field name="doorverwezenNaar" label="Naar wie?" error={form.errors.doorverwezenNaar}>
            {(veld) => <Input {...veld} maxLength={200} />}
          </Field>
        ) : null}
        <div>
          <Button type="submit" variant="secundair" disabled={form.isPending}>
            {form.isPending ? "Bezig…" : "Opslaan"}
          </Button>
        </div>
      </VeldPrefix>
    </form>
  );
}

export function DeelForm({ signaalId, version, metToestemming, veiligheidMogelijk }: { signaalId: string; version: number; metToestemming: boolean; veiligheidMogelijk: boolean }) {
  const form = useFormAction(deelSignaalAction);
  const [grond, setGrond] = useState<"TOESTEMMING" | "VEILIGHEID">(metToestemming || !veiligheidMogelijk ? "TOESTEMMING" : "VEILIGHEID");
  return (
    <form {...form.props} className="flex flex-col gap-3">
      <VeldPrefix value="delen">
        <input type="hidden" name="signaalId" value={signaalId} />
        <input type="hidden" name="version" value={version} />
        <FormMelding {...form.melding} />
        <Keuzes
          name="grond"
          type="radio"
          legend="Op welke grond deel je dit signaal met de consulent?"
          hint="De consulent ziet alleen het soort zorg, hoe dringend en sinds wanneer. Nooit je tekst."
          error={form.errors.grond}
          gekozen={[grond]}
          onChange={(w, aan) => aan && setGrond(w)}
          opties={[
            { waarde: "TOESTEMMING" as const, label: metToestemming ? "Met toestemming van de persoon (geldig)" : "Met toestemming van de persoon (er is nu géén geldige toestemming)" },
            { waarde: "VEILIGHEID" as const, label: "Zonder toestemming, omdat de veiligheid het nodig maakt (Meldcode)" },
          ]}
        />
        {grond === "VEILIGHEID" ? (
          <Field name="reden" label="Waarom is delen zonder toestemming nodig?" hint="Deze reden wordt bewaard en het delen komt in het auditlog." error={form.errors.reden}>
            {(veld) => <Textarea {...veld} rows={3} maxLength={1000} />}
          </Field>
        ) : null}
        <div>
          <Button type="submit" variant="secundair" disabled={form.isPending}>
            {form.isPending ? "Bezig…" : "Delen met de consulent"}
          </Button>
        </div>
      </VeldPrefix>
    </form>
  );
}
