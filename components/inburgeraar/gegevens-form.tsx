"use client";

import Link from "@/components/ui/link";
import { Button, ButtonLink } from "@/components/ui/button";
import { FormMelding } from "@/components/ui/form-melding";
import { useFormAction } from "@/components/ui/use-form-action";
import { wijzigGegevensAction } from "@/lib/inburgeraar/actions";
import type { DossierGegevens } from "@/lib/inburgeraar/queries";
import { DossierVelden } from "./dossier-velden";

/** Gegevens wijzigen: the aanmeld fields with the stored values, plus the later trajectory dates. */
export function GegevensForm({ gegevens: g, magBsn }: { gegevens: DossierGegevens; magBsn: boolean }) {
  const form = useFormAction(wijzigGegevensAction);
  return (
    <form {...form.props} className="flex flex-col gap-6">
      <input type="hidden" name="inburgeraarId" value={g.id} />
      <input type="hidden" name="version" value={g.version} />
      <FormMelding {...form.melding} />
      {form.state.dubbelDossierId ? (
        <p>
          <Link href={`/inburgeraars/${form.state.dubbelDossierId}`} className="font-medium text-merk-700 underline">
            Open het andere dossier
          </Link>
        </p>
      ) : null}
      <DossierVelden
        errors={form.errors}
        waarden={g}
        trajectDatums
        bsn={magBsn ? { soort: "wijzigen", heeftBsn: g.bsnEinde !== null, bsnEinde: g.bsnEinde } : null}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={form.isPending}>
          {form.isPending ? "Bezig met opslaan…" : "Opslaan"}
        </Button>
        <ButtonLink href={`/inburgeraars/${g.id}`} variant="secundair">
          Annuleren
        </ButtonLink>
      </div>
    </form>
  );
}
