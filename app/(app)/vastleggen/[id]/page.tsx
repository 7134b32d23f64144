import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { LogForm } from "@/components/afspraak/log-form";
import { MeldForm } from "@/components/signaal/meld-form";
import { OntvangstLijst } from "@/components/signaal/ontvangst-lijst";
import { AFSPRAAK_TYPE_LABELS } from "@/lib/afspraak/labels";
import { ofNietGevonden } from "@/lib/auth/pagina";
import { requireUser } from "@/lib/auth/session";
import { laadVastleggenPagina } from "@/lib/pagina/vastleggen";
import { paden } from "@/lib/routes";
import { formatDatumTijd } from "@/lib/tijd";

export const metadata: Metadata = { title: "Contact vastleggen" };

/**
 * "Contact vastleggen": the one-screen log form, reached in one tap from the
 * caseload card or any dossier tab. Outside the dossier layout on purpose: on
 * a phone the form, up to the verslag and the save button, fits one screen.
 * With ?afspraak=<id>: logging that planned afspraak.
 */
export default async function ContactVastleggenPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ afspraak?: string }> }) {
  const user = await requireUser("afspraak:loggen");
  const { id } = await params;
  const { afspraak } = await searchParams;
  const { data, doelen, meldingen } = await ofNietGevonden(laadVastleggenPagina(user, id, afspraak?.slice(0, 100)));
  return (
    <div className="mx-auto max-w-2xl">
      <header className="mb-3">
        <h1 className="text-xl font-semibold text-slate-900 sm:text-2xl">Contact vastleggen</h1>
        <p className="text-slate-700">
          met{" "}
          <Link href={paden.dossier(id)} className="font-medium text-merk-700 underline underline-offset-2">
            {data.inburgeraar.naam}
          </Link>
          {data.gepland ? ` · ${AFSPRAAK_TYPE_LABELS[data.gepland.type].toLowerCase()}, gepland ${formatDatumTijd(data.gepland.start)}` : null}
        </p>
      </header>
      <LogForm
        gebruikerId={user.id}
        inburgeraar={{ id: data.inburgeraar.id, naam: data.inburgeraar.naam }}
        standaarden={data.standaarden}
        gepland={data.gepland ? { id: data.gepland.id, version: data.gepland.version } : null}
        openPunten={data.openPunten}
        doelen={doelen}
        toonEindgesprek={data.toonEindgesprek}
        kanPlannen={data.kanPlannen}
        kanVerslagDelen={data.kanVerslagDelen}
      />
      {meldingen ? (
        // A worry noticed during the contact: reported here in a few taps, apart from the verslag (which the maatje may share).
        <details className="mt-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <summary className="min-h-11 cursor-pointer py-2 font-semibold text-merk-900">Zorg melden</summary>
          <div className="mt-3">
            <MeldForm inburgeraarId={data.inburgeraar.id} naam={data.inburgeraar.naam} />
            <OntvangstLijst meldingen={meldingen} />
          </div>
        </details>
      ) : null}
    </div>
  );
}
