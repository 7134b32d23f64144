import type { Metadata } from "next";
import { KaartForm } from "@/components/sociale-kaart/kaart-form";
import { KaartKaartje } from "@/components/sociale-kaart/kaart-kaartje";
import { Card, PageHeader } from "@/components/ui/card";
import { ofNietGevonden } from "@/lib/auth/pagina";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { getSocialeKaartOrganisatie, kaartGemeenten } from "@/lib/sociale-kaart/queries";

export const metadata: Metadata = { title: "Organisatie op de sociale kaart" };

export default async function KaartOrganisatiePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("sociale-kaart:lezen");
  const { id } = await params;
  const o = await ofNietGevonden(getSocialeKaartOrganisatie(user, id));
  const magBeheren = can(user, "sociale-kaart:beheren");
  return (
    <>
      <PageHeader title={o.naam} description={o.gemeente ? `Sociale kaart van ${o.gemeente.naam}` : "Sociale kaart van alle gemeenten"} />
      <div className="flex flex-col gap-6">
        <KaartKaartje organisatie={o} />
        {o.notities ? (
          <Card>
            <h2 className="font-semibold">Notities voor collega&apos;s</h2>
            <p className="mt-1 whitespace-pre-line">{o.notities}</p>
          </Card>
        ) : null}
        {magBeheren ? (
          <Card>
            <h2 className="mb-3 text-lg font-semibold">Gegevens wijzigen</h2>
            <KaartForm organisatie={o} gemeenten={await kaartGemeenten(user)} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
