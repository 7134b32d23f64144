import type { ActionState } from "@/lib/actions/state";
import type { TijdelijkWachtwoord } from "@/lib/gebruiker/actions";

/** The temporary password from a new account or a reset: shown once, to be passed on in person. */
export function TijdelijkWachtwoordMelding({ state }: { state: ActionState<TijdelijkWachtwoord> }) {
  if (!state.ok || !state.wachtwoord) return null;
  return (
    <p className="rounded-md bg-amber-50 p-3 text-amber-950">
      Tijdelijk wachtwoord voor {state.naam}: <strong className="font-mono text-lg">{state.wachtwoord}</strong>
      <br />
      Geef dit persoonlijk door. Het wordt maar één keer getoond; bij de eerste keer inloggen kiest de gebruiker een eigen wachtwoord.
    </p>
  );
}
