import type { Metadata } from "next";
import { GegevensForm } from "@/components/inburgeraar/gegevens-form";
import { ofNietGevonden } from "@/lib/auth/pagina";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { getDossierGegevens } from "@/lib/inburgeraar/queries";

export const metadata: Metadata = { title: "Gegevens wijzigen" };

export default async function GegevensPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("inburgeraar:bewerken");
  const { id } = await params;
  const gegevens = await ofNietGevonden(getDossierGegevens(user, id));
  return (
    <section aria-labelledby="gegevens-titel" className="flex flex-col gap-4">
      <div>
        <h2 id="gegevens-titel" className="text-xl font-semibold text-slate-900">
          Gegevens wijzigen
        </h2>
        <p className="mt-1 text-slate-700">Verbeter of vul aan wat nu bekend is. Een lege datum betekent: nog niet bekend.</p>
      </div>
      <GegevensForm gegevens={gegevens} magBsn={can(user, "inburgeraar:bsn-zien")} />
    </section>
  );
}
