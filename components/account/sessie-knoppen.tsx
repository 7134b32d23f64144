"use client";

import { Button } from "@/components/ui/button";
import { FormMelding } from "@/components/ui/form-melding";
import { useFormAction } from "@/components/ui/use-form-action";
import { beeindigAndereSessieAction, overalUitloggenAction } from "@/lib/sessie/actions";

export function BeeindigSessieKnop({ sessieId, apparaat }: { sessieId: string; apparaat: string }) {
  const form = useFormAction(beeindigAndereSessieAction);
  return (
    <form {...form.props} className="flex flex-col gap-2">
      <FormMelding {...form.melding} />
      <input type="hidden" name="sessieId" value={sessieId} />
      <Button type="submit" variant="secundair" disabled={form.isPending} aria-label={`Sessie beëindigen: ${apparaat}`}>
        Beëindigen
      </Button>
    </form>
  );
}

export function OveralUitloggenKnop() {
  const form = useFormAction(overalUitloggenAction);
  return (
    <form
      {...form.props}
      onSubmit={(event) => {
        if (!window.confirm("Overal uitloggen? Je wordt op alle apparaten uitgelogd, ook hier.")) {
          event.preventDefault();
          return;
        }
        form.onSubmit(event);
      }}
      className="flex flex-col gap-2"
    >
      <FormMelding {...form.melding} />
      <Button type="submit" variant="secundair" disabled={form.isPending}>
        Overal uitloggen
      </Button>
    </form>
  );
}
