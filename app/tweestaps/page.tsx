import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { StoppenKnop } from "@/components/tweestaps/stoppen-knop";
import { TweedeStapForm } from "@/components/tweestaps/tweede-stap-form";
import { requireUser } from "@/lib/auth/session";
import { openStap } from "@/lib/authz";
import { paden } from "@/lib/routes";

export const metadata: Metadata = { title: "Inloggen: code uit je app" };

/** The second step of signing in (docs/decisions/014): the only page a session at this step gets. */
export default async function TweestapsPage() {
  const user = await requireUser(undefined, { stap: "tweestaps" });
  if (openStap(user) !== "tweestaps") redirect(paden.home());
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-4 px-4 py-10">
      <p className="text-lg font-semibold text-merk-700">Wegwijs</p>
      <h1 className="text-3xl font-semibold">Code uit je app</h1>
      <p className="text-slate-700">Open de app voor inlogcodes op je telefoon en vul de code in die bij Wegwijs staat.</p>
      <TweedeStapForm />
      <StoppenKnop />
    </main>
  );
}
