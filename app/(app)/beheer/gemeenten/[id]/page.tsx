import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { GemeenteForm } from "@/components/beheer/gemeente-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { getGemeente } from "@/lib/gemeente/queries";

export const metadata: Metadata = { title: "Gemeente-instellingen" };

export default async function GemeentePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const gemeente = await getGemeente(user, id).catch((e) => {
    if (e instanceof AppError) notFound();
    throw e;
  });
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
