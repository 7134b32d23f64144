import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { DossierHeader } from "@/components/inburgeraar/dossier-header";
import { DossierTabs } from "@/components/inburgeraar/dossier-tabs";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { AppError } from "@/lib/errors";
import { getDossierHeader } from "@/lib/inburgeraar/queries";

export default async function DossierLayout({ params, children }: { params: Promise<{ id: string }>; children: ReactNode }) {
  const user = await requireUser();
  const { id } = await params;
  const header = await getDossierHeader(user, id).catch((e) => {
    if (e instanceof AppError) notFound();
    throw e;
  });
  return (
    <>
      <DossierHeader header={header} />
      {header.beperkt ? null : <DossierTabs id={id} toonToewijzingen={can(user, "toewijzing:beheren")} />}
      {children}
    </>
  );
}
