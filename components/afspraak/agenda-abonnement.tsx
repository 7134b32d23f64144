"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormMelding } from "@/components/ui/form-melding";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/actions/state";
import { maakAgendaTokenAction, trekAgendaTokenInAction } from "@/lib/afspraak/actions";

/** What the "make a link" action returns: the plain token, once (lib/agenda/token.ts). */
type MaakState = ActionState<{ token: string }>;

const GEEN: ActionState = { ok: false };

/**
 * Create, replace or switch off the secret agenda feed URL. Wegwijs stores
 * only a hash of the token, so the link is shown once, right after it was
 * made; later the page can only offer a new link (the old one stops working).
 */
export function AgendaAbonnement({ heeftLink, basisUrl }: { heeftLink: boolean; basisUrl: string }) {
  const maak = useFormAction<MaakState>(maakAgendaTokenAction);
  const uit = useFormAction<ActionState>(trekAgendaTokenInAction);
  const maakState = maak.state;
  const [gekopieerd, setGekopieerd] = useState(false);
  // Only the answer to the form sent last shows (an error carries no stamp to compare).
  const [isMaakLaatste, setMaakLaatste] = useState(true);
  const verstuur = (form: typeof maak | typeof uit, isMaak: boolean) => (event: FormEvent<HTMLFormElement>) => {
    setMaakLaatste(isMaak);
    form.onSubmit(event);
  };
  const feedUrl = isMaakLaatste && maakState.ok && maakState.token ? `${basisUrl}/api/agenda/${maakState.token}` : null;
  const bezig = maak.isPending || uit.isPending;
  return (
    <div className="flex flex-col gap-3">
      <FormMelding {...maak.melding} state={isMaakLaatste ? maakState : GEEN} />
      <FormMelding {...uit.melding} state={isMaakLaatste ? GEEN : uit.state} />
      {feedUrl ? (
        <>
          <p>
            Voeg deze geheime link nu toe aan je agenda-app (bijvoorbeeld Outlook of Google Agenda, via ‘Agenda toevoegen vanaf internet’). Je ziet
            de link maar één keer. Deel hem met niemand: wie de link heeft, ziet wanneer je afspraken hebt.
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
        </>
      ) : heeftLink ? (
        <p>
          Je hebt een agenda-link. Wegwijs kan hem niet nog eens laten zien. Ben je hem kwijt, of denk je dat iemand anders hem heeft? Maak dan
          een nieuwe link: de oude werkt daarna niet meer.
        </p>
      ) : (
        <p>Zie je geplande afspraken in je eigen agenda-app. Je krijgt een geheime link die je daar toevoegt. Je kunt de link altijd weer uitzetten.</p>
      )}
      <p className="text-sm text-slate-600">
        In de agenda staan alleen het soort afspraak, de voornaam met de eerste letter van de achternaam en de tijd. Geen adres of onderwerp.
      </p>
      <div className="flex flex-wrap gap-2">
        <form {...maak.props} onSubmit={verstuur(maak, true)}>
          <Button type="submit" variant={heeftLink || feedUrl ? "secundair" : "primair"} disabled={bezig}>
            {maak.isPending ? "Bezig…" : heeftLink || feedUrl ? "Nieuwe link maken" : "Agenda-link maken"}
          </Button>
        </form>
        {heeftLink || feedUrl ? (
          <form {...uit.props} onSubmit={verstuur(uit, false)}>
            <Button type="submit" variant="gevaar" disabled={bezig}>
              Abonnement uitzetten
            </Button>
          </form>
        ) : null}
      </div>
    </div>
  );
}
