import type { Metadata } from "next";
import { KaartForm } from "@/components/sociale-kaart/kaart-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { kaartGemeenten } from "@/lib/sociale-kaart/queries";

export const metadata: Metadata = { title: "Organisatie toevoegen" };

export default async function NieuweKaartOrganisatiePage() {
  const user = await requireUser("sociale-kaart:beheren");
  const gemeenten = await kaartGemeenten(user);
  return (
    <>
      <PageHeader title="Organisatie toevoegen" description="Een organisatie op de sociale kaart, zodat collega's er iemand naartoe kunnen verwijzen." />
      <Card>
        <KaartForm gemeenten={gemeenten} />
      </Card>
    </>
  );
}
