import type { ReactNode } from "react";
import { DossierHeader } from "@/components/inburgeraar/dossier-header";
import { DossierTabs } from "@/components/inburgeraar/dossier-tabs";
import { ButtonLink } from "@/components/ui/button";
import { ofNietGevonden } from "@/lib/auth/pagina";
import { requireUser } from "@/lib/auth/session";
import { can, planZicht } from "@/lib/authz";
import { OverdrachtNotitie } from "@/components/toewijzing/overdracht-notitie";
import { laadDossierKop } from "@/lib/pagina/dossier";
import { paden } from "@/lib/routes";
import { TOEWIJZING_ROL_LABELS } from "@/lib/toewijzing/schema";

export default async function DossierLayout({ params, children }: { params: Promise<{ id: string }>; children: ReactNode }) {
  const user = await requireUser("inburgeraar:lezen");
  const { id } = await params;
  // With the interne overdracht note for the person who took over: the first thing they see.
  const { header, overdracht } = await ofNietGevonden(laadDossierKop(user, id));
  const kanVastleggen = can(user, "afspraak:loggen") && header.zicht.afspraken;
  return (
    <>
      <DossierHeader header={header} />
      {overdracht ? <OverdrachtNotitie o={{ ...overdracht, rolTekst: TOEWIJZING_ROL_LABELS[overdracht.rol].toLowerCase() }} /> : null}
      <DossierTabs
        id={id}
        tabs={{
          opstartfase: header.zicht.checklist,
          afspraken: header.zicht.afspraken,
          plan: header.zicht.plan,
          // Everyone who meets the person reports here; what they see of signals is lib/authz/signaal.ts.
          signalen: can(user, "signaal:melden"),
          doorverwijzingen: planZicht(user, header.zicht) === "alles",
          toewijzingen: can(user, "toewijzing:beheren"),
          toestemming: can(user, "toestemming:vastleggen"),
          rapportage: can(user, "rapportage:lezen") && header.zicht.rapportages,
          overdracht: can(user, "overdracht:maken") || (can(user, "overdracht:ontvangen") && header.zicht.rapportages),
        }}
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
