import type { Metadata } from "next";
import { AfspraakLijst } from "@/components/afspraak/afspraak-lijst";
import { PlanForm, type TeWijzigen } from "@/components/afspraak/plan-form";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { AFSPRAAK_TYPE_LABELS } from "@/lib/afspraak/labels";
import { getDossierAfspraken } from "@/lib/afspraak/queries";
import { standaardDuur } from "@/lib/afspraak/rules";
import { ofNietGevonden } from "@/lib/auth/pagina";
import { requireUser } from "@/lib/auth/session";
import { paden } from "@/lib/routes";
import { formatDatumTijd, naarAmsterdamseTijd, naarKalenderdatum } from "@/lib/tijd";

export const metadata: Metadata = { title: "Afspraken" };

/**
 * The Afspraken tab of the dossier (the dossier layout renders the header and
 * tabs). Contacts are logged on their own one-screen page (/vastleggen); here
 * they are listed, and afspraken planned or — my own — changed
 * (?plannen=1, ?wijzig=<id>).
 */
export default async function AfsprakenPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ plannen?: string; wijzig?: string }>;
}) {
  const user = await requireUser("inburgeraar:lezen");
  const { id } = await params;
  const zoek = await searchParams;
  const data = await ofNietGevonden(getDossierAfspraken(user, id));
  const nogLoggen = data.eerder.filter((a) => a.moetGelogd);
  const eerder = data.eerder.filter((a) => !a.moetGelogd);
  const loggenHref = data.kanLoggen ? (afspraakId: string) => paden.contactVastleggen(id, afspraakId) : undefined;
  const wijzigHref = data.kanPlannen ? (afspraakId: string) => paden.afspraakPlannen(id, afspraakId) : undefined;
  const teWijzigen = data.kanPlannen && zoek.wijzig ? data.komend.find((a) => a.id === zoek.wijzig && a.isEigen) : undefined;
  const wijzig: TeWijzigen | undefined = teWijzigen
    ? {
        afspraakId: teWijzigen.id,
        version: teWijzigen.version,
        datum: naarKalenderdatum(teWijzigen.start),
        tijd: naarAmsterdamseTijd(teWijzigen.start),
        type: teWijzigen.type,
        duurMinuten: teWijzigen.duurMinuten ?? standaardDuur(teWijzigen.type),
        locatie: teWijzigen.locatie ?? "",
        onderwerp: teWijzigen.onderwerp ?? "",
        metTolk: teWijzigen.metTolk,
        tolkTaal: teWijzigen.tolkTaal,
      }
    : undefined;

  return (
    <div className="flex flex-col gap-6">
      <h2 className="sr-only">Afspraken</h2>

      {data.kanLoggen ? (
        <div className="flex flex-wrap gap-2">
          <ButtonLink href={paden.contactVastleggen(id)}>Contact vastleggen</ButtonLink>
          {data.kanPlannen ? (
            <ButtonLink href={paden.afspraakPlannen(id)} variant="secundair">
              Afspraak plannen
            </ButtonLink>
          ) : null}
        </div>
      ) : null}

      {data.kanPlannen ? (
        <details id="plannen" open={Boolean(zoek.plannen !== undefined || wijzig)} className="scroll-mt-4 rounded-lg border border-slate-200 bg-white shadow-sm">
          <summary className="flex min-h-11 cursor-pointer items-center px-4 py-3 text-lg font-semibold sm:px-6">
            {wijzig ? `Afspraak wijzigen: ${AFSPRAAK_TYPE_LABELS[wijzig.type].toLowerCase()}, ${formatDatumTijd(teWijzigen!.start)}` : "Afspraak plannen"}
          </summary>
          <div className="px-4 pb-4 sm:px-6 sm:pb-6">
            <PlanForm
              key={wijzig?.afspraakId ?? "nieuw"}
              inburgeraarId={id}
              vandaag={data.standaarden.datum}
              standaardType={data.standaarden.type}
              tolk={{ nodig: data.inburgeraar.tolkNodig, taal: data.inburgeraar.tolkTaal }}
              wijzig={wijzig}
            />
          </div>
        </details>
      ) : null}

      {nogLoggen.length > 0 ? (
        <section aria-labelledby="nog-loggen">
          <h3 id="nog-loggen" className="mb-2 text-lg font-semibold">
            Nog vastleggen
          </h3>
          <AfspraakLijst afspraken={nogLoggen} loggenHref={loggenHref} />
        </section>
      ) : null}

      <section aria-labelledby="komend">
        <h3 id="komend" className="mb-2 text-lg font-semibold">
          Komende afspraken
        </h3>
        {data.komend.length > 0 ? (
          <AfspraakLijst afspraken={data.komend} loggenHref={loggenHref} wijzigHref={wijzigHref} />
        ) : (
          <EmptyState>Er zijn geen afspraken gepland.</EmptyState>
        )}
      </section>

      <section aria-labelledby="eerder">
        <h3 id="eerder" className="mb-2 text-lg font-semibold">
          Eerdere contacten
        </h3>
        {eerder.length > 0 ? <AfspraakLijst afspraken={eerder} /> : <EmptyState>Er is nog geen contact gelogd.</EmptyState>}
      </section>
    </div>
  );
}
