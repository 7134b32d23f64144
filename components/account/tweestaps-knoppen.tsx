"use client";

import { HerstelcodesLijst } from "@/components/tweestaps/herstelcodes-lijst";
import { Button } from "@/components/ui/button";
import { FormMelding } from "@/components/ui/form-melding";
import { useFormAction } from "@/components/ui/use-form-action";
import { resetTweestapsAction, vernieuwHerstelcodesAction, zetTweestapsUitAction } from "@/lib/tweestaps/actions";

export function NieuweHerstelcodesKnop() {
  const form = useFormAction(vernieuwHerstelcodesAction);
  return (
    <div className="flex flex-col gap-3">
      <form {...form.props}>
        <FormMelding {...form.melding} />
        <Button type="submit" variant="secundair" disabled={form.isPending}>
          Nieuwe herstelcodes maken
        </Button>
      </form>
      {form.state.ok && form.state.herstelcodes ? <HerstelcodesLijst codes={form.state.herstelcodes} /> : null}
    </div>
  );
}

export function TweestapsUitKnop() {
  const form = useFormAction(zetTweestapsUitAction);
  return (
    <form {...form.props}>
      <FormMelding {...form.melding} />
      <Button type="submit" variant="secundair" disabled={form.isPending}>
        Inloggen in twee stappen uitzetten
      </Button>
    </form>
  );
}

/** For the beheerder, on someone's account page: removes their app and recovery codes (audited). */
export function ResetTweestapsKnop({ id, naam, ingesteld }: { id: string; naam: string; ingesteld: boolean }) {
  const form = useFormAction(resetTweestapsAction);
  return (
    <form
      {...form.props}
      onSubmit={(event) => {
        if (!window.confirm(`Inloggen in twee stappen van ${naam} resetten? ${naam} wordt overal uitgelogd en stelt de app opnieuw in.`)) {
          event.preventDefault();
          return;
        }
        form.onSubmit(event);
      }}
      className="flex flex-col gap-2"
    >
      <FormMelding {...form.melding} />
      <input type="hidden" name="id" value={id} />
      {/* Stays mounted after the reset (the page reloads without an app set up), so the confirmation stays. */}
      {ingesteld ? (
        <Button type="submit" variant="secundair" disabled={form.isPending} aria-label={`Inloggen in twee stappen resetten: ${naam}`}>
          Tweestapsverificatie resetten
        </Button>
      ) : null}
    </form>
  );
}
