import type { Metadata } from "next";
import { ROL_LABELS } from "@/components/shell/nav";
import { OverdrachtForm } from "@/components/overdracht/overdracht-form";
import { OverdrachtLijst } from "@/components/overdracht/overdracht-lijst";
import { Card } from "@/components/ui/card";
import { ofNietGevonden } from "@/lib/auth/pagina";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import type { OverdrachtType } from "@/lib/db/generated/enums";
import { dossierOverdrachten, overdrachtKeuzes } from "@/lib/overdracht/queries";
import { paden } from "@/lib/routes";

export const metadata: Metadata = { title: "Overdrachten" };

const TYPES: OverdrachtType[] = ["INTERN", "CONSULENT", "WARM", "VERHUIZING"];

export default async function DossierOverdrachtPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ type?: string }> }) {
  const user = await requireUser("overdracht:ontvangen");
  const { id } = await params;
  const { type } = await searchParams;
  const lijst = await ofNietGevonden(dossierOverdrachten(user, id));
  const keuzes = can(user, "overdracht:maken") ? await ofNietGevonden(overdrachtKeuzes(user, id)) : null;
  const standaard: OverdrachtType = TYPES.includes(type as OverdrachtType) ? (type as OverdrachtType) : keuzes?.fase === "AFRONDING" ? "CONSULENT" : "INTERN";
  return (
    <div className="flex flex-col gap-6">
      <Card>
        <h2 className="mb-3 text-lg font-semibold">Overdrachten</h2>
        <OverdrachtLijst items={lijst} leeg="Nog geen overdrachten." metPersoon={false} />
      </Card>
      {keuzes ? (
        <Card>
          <h2 className="mb-1 text-lg font-semibold">Nieuwe overdracht</h2>
          <p className="mb-4 text-slate-700">De tekst staat al klaar uit het dossier. Je hoeft alleen na te lezen en aan te vullen.</p>
          <OverdrachtForm
            inburgeraarId={keuzes.id}
            gemeente={keuzes.gemeente}
            standaardType={standaard}
            collegas={keuzes.collegas.map((c) => ({ id: c.id, naam: c.naam, rolLabel: ROL_LABELS[c.rol].toLowerCase() }))}
            socialeKaart={keuzes.socialeKaart}
            toestemming={keuzes.toestemming}
            voorstel={keuzes.voorstel}
            toestemmingHref={paden.dossierTab(keuzes.id, "toestemming")}
          />
        </Card>
      ) : null}
    </div>
  );
}
