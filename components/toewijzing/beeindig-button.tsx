"use client";

import { Button } from "@/components/ui/button";
import { FormMelding } from "@/components/ui/form-melding";
import { useFormAction } from "@/components/ui/use-form-action";
import { beeindigToewijzingAction } from "@/lib/toewijzing/actions";

export function BeeindigButton({ toewijzingId, inburgeraarId, naam }: { toewijzingId: string; inburgeraarId: string; naam: string }) {
  const form = useFormAction(beeindigToewijzingAction);
  return (
    <form {...form.props} className="flex flex-col items-start gap-1">
      <input type="hidden" name="toewijzingId" value={toewijzingId} />
      <input type="hidden" name="inburgeraarId" value={inburgeraarId} />
      <FormMelding {...form.melding} />
      <Button type="submit" variant="secundair" disabled={form.isPending} aria-label={`Toewijzing van ${naam} beëindigen`}>
        Beëindigen
      </Button>
    </form>
  );
}
