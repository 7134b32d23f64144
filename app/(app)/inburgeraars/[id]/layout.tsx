import type { ReactNode } from "react";
import { DossierHeader } from "@/components/inburgeraar/dossier-header";
import { DossierTabs } from "@/components/inburgeraar/dossier-tabs";
import { ButtonLink } from "@/components/ui/button";
import { ofNietGevonden } from "@/lib/auth/pagina";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { getDossierHeader } from "@/lib/inburgeraar/queries";
import { paden } from "@/lib/routes";

export default async function DossierLayout({ params, children }: { params: Promise<{ id: string }>; children: ReactNode }) {
  const user = await requireUser("inburgeraar:lezen");
  const { id } = await params;
  const header = await ofNietGevonden(getDossierHeader(user, id));
  const kanVastleggen = can(user, "afspraak:loggen") && header.zicht.afspraken;
  return (
    <>
      <DossierHeader header={header} />
      <DossierTabs
        id={id}
        tabs={{ opstartfase: header.zicht.checklist, afspraken: header.zicht.afspraken, toewijzingen: can(user, "toewijzing:beheren") }}
      />
      {kanVastleggen ? (
        <>
          {/* On a phone "Contact vastleggen" stays at the bottom of the screen on every tab. */}
          <div className="pb-20 sm:pb-0">{children}</div>
          <div className="fixed inset-x-0 bottom-0 z-20 border-t border-slate-200 bg-white/95 p-3 backdrop-blur sm:hidden">
            <ButtonLink href={paden.contactVastleggen(id)} className="w-full">
              Contact vastleggen
            </ButtonLink>
          </div>
        </>
      ) : (
        children
      )}
    </>
  );
}
