import type { Metadata } from "next";
import { ImportForm } from "@/components/sociale-kaart/import-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { CSV_KOLOMMEN } from "@/lib/sociale-kaart/rules";
import { kaartGemeenten } from "@/lib/sociale-kaart/queries";

export const metadata: Metadata = { title: "Sociale kaart importeren" };

export default async function ImportSocialeKaartPage() {
  const user = await requireUser("sociale-kaart:beheren");
  const gemeenten = await kaartGemeenten(user);
  return (
    <>
      <PageHeader
        title="Sociale kaart importeren"
        description="Laad de lijst van de gemeente uit een CSV-bestand (ook uit Excel: Opslaan als CSV). Eerst controleren we elke rij. Klopt er één rij niet, dan importeren we niets en zie je per rij wat je moet aanpassen. Een organisatie die al op de kaart staat, wordt bijgewerkt."
      />
      <Card>
        <ImportForm gemeenten={gemeenten} kolommen={CSV_KOLOMMEN} />
      </Card>
    </>
  );
}
