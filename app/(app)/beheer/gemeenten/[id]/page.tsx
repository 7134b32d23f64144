import type { Metadata } from "next";
import { GemeenteForm } from "@/components/beheer/gemeente-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { ofNietGevonden } from "@/lib/auth/pagina";
import { requireUser } from "@/lib/auth/session";
import { getGemeente } from "@/lib/gemeente/queries";

export const metadata: Metadata = { title: "Gemeente-instellingen" };

export default async function GemeentePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("gemeente:beheren");
  const { id } = await params;
  const gemeente = await ofNietGevonden(getGemeente(user, id));
  return (
    <>
      <PageHeader
        title={`Instellingen ${gemeente.naam}`}
        actions={
          <ButtonLink href={`/beheer/gemeenten/${gemeente.id}/checklist`} variant="secundair">
            Checklist opstartfase
          </ButtonLink>
        }
      />
      <Card>
        <GemeenteForm gemeente={gemeente} />
      </Card>
    </>
  );
}
