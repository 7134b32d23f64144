import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { FaseBadge } from "@/components/ui/fase-badge";
import { requireUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { getInburgeraar } from "@/lib/inburgeraar/queries";

export const metadata: Metadata = { title: "Dossier" };

export default async function DossierPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const dossier = await getInburgeraar(user, id).catch((e) => {
    if (e instanceof AppError) notFound();
    throw e;
  });
  return (
    <>
      <PageHeader title={`${dossier.voornaam} ${dossier.achternaam}`} description={dossier.gemeente.naam} />
      <Card>
        <FaseBadge fase={dossier.fase} />
      </Card>
    </>
  );
}
