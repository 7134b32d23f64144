"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import Link from "next/link";
import { Button, ButtonLink } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { wijzigGegevensAction, type AanmeldState } from "@/lib/inburgeraar/actions";
import type { DossierGegevens } from "@/lib/inburgeraar/queries";
import { DossierVelden } from "./dossier-velden";

/** Gegevens wijzigen: the aanmeld fields with the stored values, plus the later trajectory dates. */
export function GegevensForm({ gegevens: g, magBsn }: { gegevens: DossierGegevens; magBsn: boolean }) {
  const { state, formAction: action, isPending, onSubmit } = useFormAction<AanmeldState>(wijzigGegevensAction, { ok: false });
  const e = state.errors ?? {};


  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      <input type="hidden" name="inburgeraarId" value={g.id} />
      <input type="hidden" name="version" value={g.version} />
      <FormStatus state={state} />
      {state.dubbelDossierId ? (
        <p>
          <Link href={`/inburgeraars/${state.dubbelDossierId}`} className="font-medium text-merk-700 underline">
            Open het andere dossier
          </Link>
        </p>
      ) : null}
      <DossierVelden
        errors={e}
        waarden={g}
        trajectDatums
        bsn={magBsn ? { soort: "wijzigen", heeftBsn: g.bsnEinde !== null, bsnEinde: g.bsnEinde } : null}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={isPending}>
          {isPending ? "Bezig met opslaan…" : "Opslaan"}
        </Button>
        <ButtonLink href={`/inburgeraars/${g.id}`} variant="secundair">
          Annuleren
        </ButtonLink>
      </div>
    </form>
  );
}
