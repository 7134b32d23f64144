import type { Metadata } from "next";
import { OverlegForm } from "@/components/overleg/overleg-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { ROL_LABELS } from "@/components/shell/nav";
import { overlegKeuzes } from "@/lib/overleg/queries";
import { vandaag } from "@/lib/tijd";

export const metadata: Metadata = { title: "Overleg plannen" };

export default async function NieuwOverlegPage() {
  const user = await requireUser("overleg:organiseren");
  const keuzes = await overlegKeuzes(user);
  return (
    <>
      <PageHeader title="Casuïstiekoverleg plannen" description="Bespreek samen dossiers die vastlopen. Leg per dossier de besluiten en acties vast; acties komen in de caseload van wie ze doet." />
      <Card>
        <OverlegForm collegas={keuzes.collegas.map((c) => ({ id: c.id, naam: c.naam, rolLabel: ROL_LABELS[c.rol].toLowerCase() }))} dossiers={keuzes.dossiers} vandaag={vandaag()} />
      </Card>
    </>
  );
}
