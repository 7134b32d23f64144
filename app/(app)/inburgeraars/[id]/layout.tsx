import type { ReactNode } from "react";
import { DossierHeader } from "@/components/inburgeraar/dossier-header";
import { DossierTabs } from "@/components/inburgeraar/dossier-tabs";
import { ofNietGevonden } from "@/lib/auth/pagina";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { getDossierHeader } from "@/lib/inburgeraar/queries";

export default async function DossierLayout({ params, children }: { params: Promise<{ id: string }>; children: ReactNode }) {
  const user = await requireUser("inburgeraar:lezen");
  const { id } = await params;
  const header = await ofNietGevonden(getDossierHeader(user, id));
  return (
    <>
      <DossierHeader header={header} />
      <DossierTabs
        id={id}
        tabs={{ opstartfase: header.zicht.checklist, afspraken: header.zicht.afspraken, plan: header.zicht.plan, toewijzingen: can(user, "toewijzing:beheren") }}
      />
      {children}
    </>
  );
}
