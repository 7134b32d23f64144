"use client";

import { useState, type FormEvent } from "react";
import Link from "@/components/ui/link";
import { Button, buttonClass } from "@/components/ui/button";
import { paden } from "@/lib/routes";
import { FormMelding } from "@/components/ui/form-melding";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/actions/state";
import { resetWachtwoordAction, setGebruikerActiefAction } from "@/lib/gebruiker/actions";
import { TijdelijkWachtwoordMelding } from "./tijdelijk-wachtwoord";

const GEEN: ActionState = { ok: false };

export function GebruikerActies({ id, naam, actief, isZelf }: { id: string; naam: string; actief: boolean; isZelf: boolean }) {
  const zetActief = useFormAction(setGebruikerActiefAction);
  const reset = useFormAction(resetWachtwoordAction);
  // Only the answer to the form sent last shows.
  const [laatste, setLaatste] = useState<"actief" | "reset">("reset");
  const isResetLaatste = laatste === "reset";
  const vraagEerst = (event: FormEvent<HTMLFormElement>) => {
    // Deactivating signs the person out everywhere: ask first.
    if (actief && !window.confirm(`${naam} uitschakelen? Deze persoon wordt direct overal uitgelogd.`)) {
      event.preventDefault();
      return;
    }
    setLaatste("actief");
    zetActief.onSubmit(event);
  };
  return (
    <div className="flex flex-col gap-2 text-sm">
      <FormMelding {...zetActief.melding} state={isResetLaatste ? GEEN : zetActief.state} />
      <FormMelding {...reset.melding} state={isResetLaatste ? reset.state : GEEN} />
      {isResetLaatste ? <TijdelijkWachtwoordMelding state={reset.state} /> : null}
      <div className="flex flex-wrap gap-2">
        <Link href={paden.beheerGebruiker(id)} className={buttonClass("secundair")} aria-label={`Gegevens wijzigen: ${naam}`}>
          Wijzigen
        </Link>
        {!isZelf ? (
          <form {...zetActief.props} onSubmit={vraagEerst}>
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="actief" value={actief ? "false" : "true"} />
            <Button
              type="submit"
              variant="secundair"
              className={actief ? "text-red-800" : ""}
              disabled={zetActief.isPending}
              aria-label={`${actief ? "Uitschakelen" : "Weer activeren"}: ${naam}`}
            >
              {actief ? "Uitschakelen" : "Activeren"}
            </Button>
          </form>
        ) : null}
        <form
          {...reset.props}
          onSubmit={(event) => {
            setLaatste("reset");
            reset.onSubmit(event);
          }}
        >
          <input type="hidden" name="id" value={id} />
          <Button type="submit" variant="secundair" disabled={reset.isPending} aria-label={`Wachtwoord resetten: ${naam}`}>
            Wachtwoord resetten
          </Button>
        </form>
      </div>
    </div>
  );
}
