import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { GebruikerWijzigenForm } from "@/components/beheer/gebruiker-wijzigen-form";
import { Card, PageHeader } from "@/components/ui/card";
import { ofNietGevonden } from "@/lib/auth/pagina";
import { requireUser } from "@/lib/auth/session";
import { getGebruiker, gebruikerKeuzes } from "@/lib/gebruiker/queries";
import { paden } from "@/lib/routes";
import { formatDatum } from "@/lib/tijd";
import { tweestapsVan } from "@/lib/tweestaps/queries";
import { ResetTweestapsKnop } from "@/components/account/tweestaps-knoppen";

export const metadata: Metadata = { title: "Account wijzigen" };

export default async function GebruikerPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("gebruiker:beheren");
  const { id } = await params;
  const [g, keuzes, tweestaps] = await Promise.all([ofNietGevonden(getGebruiker(user, id)), gebruikerKeuzes(user), tweestapsVan(user, id)]);
  return (
    <>
      <PageHeader title={`${g.naam} wijzigen`} description={g.email} />
      <Card>
        <GebruikerWijzigenForm g={g} teams={keuzes.teams} gemeenten={keuzes.gemeenten} />
      </Card>
      <Card className="mt-6">
        <h2 className="mb-2 text-xl font-semibold">Inloggen in twee stappen</h2>
        <p className="mb-3">{tweestaps.sinds ? `Ingesteld op ${formatDatum(tweestaps.sinds)}.` : "Niet ingesteld."}</p>
        <ResetTweestapsKnop id={g.id} naam={g.naam} ingesteld={tweestaps.sinds !== null} />
      </Card>
      <p className="mt-4 flex flex-wrap gap-4">
        <Link href={paden.beheer()} className="text-merk-700 underline">
          Terug naar de gebruikers
        </Link>
        {g.rol === "VRIJWILLIGER" ? (
          <Link href={paden.vrijwilliger(g.id)} className="text-merk-700 underline">
            Vrijwilligersprofiel
          </Link>
        ) : null}
      </p>
    </>
  );
}
