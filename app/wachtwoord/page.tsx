import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { WachtwoordForm } from "./wachtwoord-form";

export const metadata: Metadata = { title: "Wachtwoord wijzigen" };

export default async function WachtwoordPage() {
  const user = await requireUser(undefined, { tijdelijkWachtwoordToegestaan: true });
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center px-4 py-10">
      <p className="mb-2 text-lg font-semibold text-merk-700">Wegwijs</p>
      <h1 className="mb-2 text-3xl font-semibold">Wachtwoord wijzigen</h1>
      <p className="mb-6 text-slate-700">
        {user.moetWachtwoordWijzigen
          ? "Je hebt een tijdelijk wachtwoord gekregen. Kies nu je eigen wachtwoord van minstens 12 tekens."
          : "Kies een nieuw wachtwoord van minstens 12 tekens."}
      </p>
      <WachtwoordForm />
    </main>
  );
}
