"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/actions/result";
import { maakAgendaTokenAction, trekAgendaTokenInAction } from "@/lib/afspraak/actions";

/** Create, replace or switch off the secret agenda feed URL. */
export function AgendaAbonnement({ feedUrl }: { feedUrl: string | null }) {
  const [maakState, maak, maakBezig] = useActionState<ActionState>(maakAgendaTokenAction, { ok: false });
  const [uitState, zetUit, uitBezig] = useActionState<ActionState>(trekAgendaTokenInAction, { ok: false });
  const [gekopieerd, setGekopieerd] = useState(false);
  const laatste = (maakState.stamp ?? 0) >= (uitState.stamp ?? 0) ? maakState : uitState;
  const bezig = maakBezig || uitBezig;
  return (
    <div className="flex flex-col gap-3">
      <FormStatus state={laatste} />
      {feedUrl ? (
        <>
          <p>
            Voeg deze geheime link toe aan je agenda-app (bijvoorbeeld Outlook of Google Agenda, via ‘Agenda toevoegen vanaf internet’). Deel de link
            met niemand: wie de link heeft, ziet je afspraken.
          </p>
          <div className="flex flex-col gap-2 sm:flex-row">
            <label htmlFor="agenda-url" className="sr-only">
              Geheime agenda-link
            </label>
            <input
              id="agenda-url"
              readOnly
              value={feedUrl}
              onFocus={(e) => e.currentTarget.select()}
              className="min-h-11 w-full rounded-md border border-slate-400 bg-slate-50 px-3 py-2 font-mono text-sm"
            />
            <Button
              type="button"
              variant="secundair"
              onClick={async () => {
                await navigator.clipboard?.writeText(feedUrl);
                setGekopieerd(true);
              }}
            >
              {gekopieerd ? "Gekopieerd" : "Kopiëren"}
            </Button>
          </div>
          <p className="text-sm text-slate-600">In de agenda staan alleen het soort afspraak en de voornaam met de eerste letter van de achternaam.</p>
          <div className="flex flex-wrap gap-2">
            <form noValidate action={maak}>
              <Button type="submit" variant="secundair" disabled={bezig}>
                Nieuwe link maken
              </Button>
            </form>
            <form noValidate action={zetUit}>
              <Button type="submit" variant="gevaar" disabled={bezig}>
                Abonnement uitzetten
              </Button>
            </form>
          </div>
        </>
      ) : (
        <>
          <p>Zie je geplande afspraken in je eigen agenda-app. Je krijgt een geheime link die je daar toevoegt. Je kunt de link altijd weer uitzetten.</p>
          <form noValidate action={maak}>
            <Button type="submit" disabled={bezig}>
              {maakBezig ? "Bezig…" : "Agenda-link maken"}
            </Button>
          </form>
        </>
      )}
    </div>
  );
}
