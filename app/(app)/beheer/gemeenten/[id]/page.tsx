import type { Metadata } from "next";
import { GemeenteForm } from "@/components/beheer/gemeente-form";
import { SchemaGevolgen } from "@/components/plan/schema-gevolgen";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { ofNietGevonden } from "@/lib/auth/pagina";
import { requireUser } from "@/lib/auth/session";
import { getGemeente } from "@/lib/gemeente/queries";
import { getSchemaGevolgen } from "@/lib/plan/queries";
import { leesMeetmomentMaanden } from "@/lib/plan/rules";

export const metadata: Metadata = { title: "Gemeente-instellingen" };

export default async function GemeentePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ meetmomenten?: string }> }) {
  const user = await requireUser("gemeente:beheren");
  const { id } = await params;
  const { meetmomenten } = await searchParams;
  const gemeente = await ofNietGevonden(getGemeente(user, id));
  const nieuw = meetmomenten !== undefined ? leesMeetmomentMaanden(meetmomenten.slice(0, 200)) : null;
  const gevolgen = nieuw ? await getSchemaGevolgen(user, id, nieuw) : null;
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
      <div className="flex flex-col gap-6">
        <Card>
          <GemeenteForm gemeente={gemeente} />
        </Card>
        <SchemaGevolgen huidig={gemeente.meetmomentenMaanden} gevraagd={meetmomenten} fout={meetmomenten !== undefined && !nieuw} gevolgen={gevolgen} />
      </div>
    </>
  );
}
