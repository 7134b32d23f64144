import type { Metadata } from "next";
import { GegevensForm } from "@/components/inburgeraar/gegevens-form";
import { ofNietGevonden } from "@/lib/auth/pagina";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { getDossierGegevens } from "@/lib/inburgeraar/queries";
import { paden } from "@/lib/routes";

export const metadata: Metadata = { title: "Gegevens wijzigen" };

export default async function GegevensPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("inburgeraar:bewerken");
  const { id } = await params;
  const gegevens = await ofNietGevonden(getDossierGegevens(user, id));
  return (
    <section aria-labelledby="gegevens-titel" className="flex flex-col gap-4">
      <div>
        <h2 id="gegevens-titel" className="text-xl font-semibold text-slate-900">
          Gegevens wijzigen
        </h2>
        <p className="mt-1 text-slate-700">Verbeter of vul aan wat nu bekend is. Een lege datum betekent: nog niet bekend.</p>
      </div>
      <GegevensForm gegevens={gegevens} magBsn={can(user, "inburgeraar:bsn-zien")} />
      {can(user, "avg:inzage") ? (
        <section aria-labelledby="inzage-titel" className="rounded-lg border border-slate-200 bg-white p-4">
          <h3 id="inzage-titel" className="text-lg font-semibold text-slate-900">
            Inzageverzoek (AVG)
          </h3>
          <p className="mt-1 text-slate-700">
            Vraagt {gegevens.voornaam} welke gegevens we hebben? Download alles wat in Wegwijs over deze persoon staat, ook wie het
            dossier heeft bekeken. Het downloaden wordt vastgelegd.
          </p>
          <ul className="mt-3 flex flex-wrap gap-3">
            <li>
              <a href={paden.inzage(id, "pdf")} className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 font-medium hover:bg-slate-100" download>
                Inzage als PDF (leesbaar)
              </a>
            </li>
            <li>
              <a href={paden.inzage(id, "json")} className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 font-medium hover:bg-slate-100" download>
                Inzage als JSON (alle gegevens)
              </a>
            </li>
          </ul>
        </section>
      ) : null}
    </section>
  );
}
