import type { Metadata } from "next";
import { StoppenKnop } from "@/components/tweestaps/stoppen-knop";
import { InstellenForm } from "@/components/tweestaps/instellen-form";
import { requireUser } from "@/lib/auth/session";
import { openStap, tweestapsVerplicht } from "@/lib/authz";
import { instelGegevens } from "@/lib/tweestaps/mutations";

export const metadata: Metadata = { title: "Inloggen in twee stappen instellen" };

/**
 * Setting up the authenticator app: forced at sign-in for roles that must use
 * it, by choice for volunteers (from Mijn account). Opening it stores nothing.
 */
export default async function TweestapsInstellenPage() {
  const user = await requireUser(undefined, { stap: "tweestaps-instellen" });
  const gegevens = await instelGegevens(user);
  const verplicht = openStap(user) === "tweestaps-instellen";
  return (
    <main className="mx-auto flex min-h-dvh max-w-xl flex-col justify-center gap-4 px-4 py-10">
      <p className="text-lg font-semibold text-merk-700">Wegwijs</p>
      <h1 className="text-3xl font-semibold">Inloggen in twee stappen</h1>
      <p className="text-slate-700">
        {verplicht
          ? "Wegwijs bevat gevoelige gegevens. Daarom log je voortaan in met je wachtwoord én een code uit een app op je telefoon. Stel dat nu één keer in."
          : tweestapsVerplicht(user)
            ? "Koppel een (nieuwe) app voor inlogcodes. De oude app en je oude herstelcodes werken daarna niet meer."
            : "Log voortaan in met je wachtwoord én een code uit een app op je telefoon. Zo is je account beter beveiligd."}
      </p>
      <InstellenForm {...gegevens} />
      {verplicht ? <StoppenKnop /> : null}
    </main>
  );
}
