"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { resetWachtwoordAction, setGebruikerActiefAction, type GebruikerActionState } from "@/lib/gebruiker/actions";

export function GebruikerActies({ id, naam, actief, isZelf }: { id: string; naam: string; actief: boolean; isZelf: boolean }) {
  const [actiefState, actiefAction, actiefPending] = useActionState<GebruikerActionState, FormData>(setGebruikerActiefAction, { ok: false });
  const [resetState, resetAction, resetPending] = useActionState<GebruikerActionState, FormData>(resetWachtwoordAction, { ok: false });
  const message = resetState.message ?? actiefState.message;
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        {!isZelf ? (
          <form
            action={actiefAction}
            onSubmit={(event) => {
              // Deactivating signs the person out everywhere: ask first.
              if (actief && !window.confirm(`${naam} uitschakelen? Deze persoon wordt direct overal uitgelogd.`)) event.preventDefault();
            }}
          >
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="actief" value={actief ? "false" : "true"} />
            <Button type="submit" variant="secundair"
              className={actief ? "text-red-800" : ""} disabled={actiefPending} aria-label={`${actief ? "Uitschakelen" : "Weer activeren"}: ${naam}`}>
              {actief ? "Uitschakelen" : "Activeren"}
            </Button>
          </form>
        ) : null}
        <form noValidate action={resetAction}>
          <input type="hidden" name="id" value={id} />
          <Button type="submit" variant="secundair" disabled={resetPending} aria-label={`Wachtwoord resetten: ${naam}`}>
            Wachtwoord resetten
          </Button>
        </form>
      </div>
      <div aria-live="polite" className="text-sm">
        {message ? <p className={resetState.ok || actiefState.ok ? "text-green-900" : "text-red-700"}>{message}</p> : null}
        {resetState.ok && resetState.wachtwoord ? (
          <p>
            Tijdelijk wachtwoord: <strong className="font-mono">{resetState.wachtwoord}</strong>
          </p>
        ) : null}
      </div>
    </div>
  );
}
