import type { Metadata } from "next";
import { AfspraakLijst } from "@/components/afspraak/afspraak-lijst";
import { LogForm } from "@/components/afspraak/log-form";
import { PlanForm } from "@/components/afspraak/plan-form";
import { ButtonLink } from "@/components/ui/button";
import { Alert, Card, EmptyState } from "@/components/ui/card";
import { AFSPRAAK_TYPE_LABELS } from "@/lib/afspraak/labels";
import { getDossierAfspraken } from "@/lib/afspraak/queries";
import { kanEindgesprekLoggen, standaardDuur } from "@/lib/afspraak/rules";
import { ofNietGevonden } from "@/lib/auth/pagina";
import { requireUser } from "@/lib/auth/session";
import { getDoelKeuzes } from "@/lib/plan/queries";
import { formatDatumTijd, naarAmsterdamseTijd, naarKalenderdatum } from "@/lib/tijd";

export const metadata: Metadata = { title: "Afspraken" };

/** The Afspraken tab of the dossier (the dossier layout renders the header and tabs). */
export default async function AfsprakenPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ loggen?: string; plannen?: string; gelogd?: string }>;
}) {
  const user = await requireUser("inburgeraar:lezen");
  const { id } = await params;
  const zoek = await searchParams;
  const data = await ofNietGevonden(getDossierAfspraken(user, id));
  const doelen = data.kanLoggen ? await getDoelKeuzes(user, id) : [];
  const basis = `/inburgeraars/${id}/afspraken`;
  const alle = [...data.komend, ...data.eerder];
  const teLoggen = data.kanLoggen && zoek.loggen ? alle.find((a) => a.id === zoek.loggen && a.status === "GEPLAND") : undefined;
  const nogLoggen = data.eerder.filter((a) => a.moetGelogd);
  const eerder = data.eerder.filter((a) => !a.moetGelogd);
  const toonEindgesprek = kanEindgesprekLoggen(data.inburgeraar.fase);
  const loggenHref = data.kanLoggen ? (afspraakId: string) => `${basis}?loggen=${afspraakId}#loggen` : undefined;

  return (
    <div className="flex flex-col gap-6">
      <h2 className="sr-only">Afspraken</h2>
      {zoek.gelogd && !teLoggen ? <Alert tone="goed">De afspraak is gelogd.</Alert> : null}

      {teLoggen ? (
        <Card>
          <div id="loggen" className="mb-4 flex flex-wrap items-start justify-between gap-2">
            <div>
              <h3 className="text-xl font-semibold">Afspraak loggen</h3>
              <p className="text-slate-700">
                {AFSPRAAK_TYPE_LABELS[teLoggen.type]}, gepland op {formatDatumTijd(teLoggen.start)}
              </p>
            </div>
            <ButtonLink href={basis} variant="stil">
              Annuleren
            </ButtonLink>
          </div>
          <LogForm
            inburgeraarId={id}
            standaarden={{
              // A planned afspraak still in the future is logged as today.
              datum: teLoggen.start <= new Date() ? naarKalenderdatum(teLoggen.start) : data.standaarden.datum,
              tijd: teLoggen.start <= new Date() ? naarAmsterdamseTijd(teLoggen.start) : data.standaarden.tijd,
              type: teLoggen.type,
              duurMinuten: teLoggen.duurMinuten ?? standaardDuur(teLoggen.type),
            }}
            gepland={{ id: teLoggen.id, version: teLoggen.version, locatie: teLoggen.locatie, metTolk: teLoggen.metTolk, tolkTaal: teLoggen.tolkTaal }}
            checklist={data.openChecklist}
            doelen={doelen}
            toonEindgesprek={toonEindgesprek}
            kanVerslagDelen={data.kanVerslagDelen}
          />
        </Card>
      ) : null}

      {nogLoggen.length > 0 ? (
        <section aria-labelledby="nog-loggen">
          <h3 id="nog-loggen" className="mb-2 text-lg font-semibold">
            Nog te loggen
          </h3>
          <AfspraakLijst afspraken={nogLoggen} loggenHref={loggenHref} />
        </section>
      ) : null}

      <section aria-labelledby="komend">
        <h3 id="komend" className="mb-2 text-lg font-semibold">
          Komende afspraken
        </h3>
        {data.komend.length > 0 ? <AfspraakLijst afspraken={data.komend} loggenHref={loggenHref} /> : <EmptyState>Er zijn geen afspraken gepland.</EmptyState>}
      </section>

      {data.kanLoggen && !teLoggen ? (
        <details open className="group rounded-lg border border-slate-200 bg-white shadow-sm">
          <summary className="flex min-h-11 cursor-pointer items-center px-4 py-3 text-lg font-semibold sm:px-6">Contact loggen</summary>
          <div className="px-4 pb-4 sm:px-6 sm:pb-6">
            <LogForm
              inburgeraarId={id}
              standaarden={data.standaarden}
              checklist={data.openChecklist}
              doelen={doelen}
              toonEindgesprek={toonEindgesprek}
              kanVerslagDelen={data.kanVerslagDelen}
            />
          </div>
        </details>
      ) : null}

      {data.kanPlannen ? (
        <details open={zoek.plannen !== undefined} className="rounded-lg border border-slate-200 bg-white shadow-sm">
          <summary className="flex min-h-11 cursor-pointer items-center px-4 py-3 text-lg font-semibold sm:px-6">Afspraak plannen</summary>
          <div className="px-4 pb-4 sm:px-6 sm:pb-6">
            <PlanForm
              inburgeraarId={id}
              vandaag={data.standaarden.datum}
              standaardType={data.standaarden.type}
              tolk={{ nodig: data.inburgeraar.tolkNodig, taal: data.inburgeraar.tolkTaal }}
            />
          </div>
        </details>
      ) : null}

      <section aria-labelledby="eerder">
        <h3 id="eerder" className="mb-2 text-lg font-semibold">
          Eerdere contacten
        </h3>
        {eerder.length > 0 ? <AfspraakLijst afspraken={eerder} /> : <EmptyState>Er is nog geen contact gelogd.</EmptyState>}
      </section>
    </div>
  );
}
