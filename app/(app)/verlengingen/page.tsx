import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { leesPagina, Paginering } from "@/components/ui/paginering";
import { VerlengingBesluitForm } from "@/components/verlenging/besluit-form";
import { requireUser } from "@/lib/auth/session";
import { formatDatum, formatKalenderdatum } from "@/lib/tijd";
import { paden } from "@/lib/routes";
import { listOpenVerlengingen } from "@/lib/verlenging/queries";

export const metadata: Metadata = { title: "Verlengingen" };

export default async function VerlengingenPage({ searchParams }: { searchParams: Promise<{ pagina?: string | string[] }> }) {
  const user = await requireUser("verlenging:beoordelen");
  const lijst = await listOpenVerlengingen(user, { pagina: leesPagina((await searchParams).pagina) });
  const open = lijst.rijen;
  return (
    <>
      <PageHeader
        title="Verlengingen"
        description={`Aanvragen om de begeleiding langer te laten duren. Beslis per aanvraag. ${lijst.totaal} ${lijst.totaal === 1 ? "aanvraag wacht" : "aanvragen wachten"}, de oudste eerst.`}
      />
      {open.length === 0 ? (
        lijst.totaal > 0 ? (
          // Past the last page (the last request here was just decided): say so, and link to the first.
          <EmptyState>
            Op deze pagina staan geen aanvragen meer.{" "}
            <Link href={paden.verlengingen()} className="font-medium text-merk-700 underline">
              Naar de eerste pagina
            </Link>
          </EmptyState>
        ) : (
          <EmptyState>Er zijn geen open aanvragen.</EmptyState>
        )
      ) : (
        <ul className="flex flex-col gap-4">
          {open.map((v) => (
            <li key={v.id}>
              <Card>
                <h2 className="text-lg font-semibold">
                  <Link href={`/inburgeraars/${v.inburgeraar.id}`} className="text-merk-700 underline">
                    {v.inburgeraar.naam}
                  </Link>
                </h2>
                <dl className="mt-2 grid gap-1 text-slate-800 sm:grid-cols-2">
                  <div>
                    <dt className="inline font-medium">Gemeente: </dt>
                    <dd className="inline">{v.inburgeraar.gemeente}</dd>
                  </div>
                  <div>
                    <dt className="inline font-medium">Huidige einddatum: </dt>
                    <dd className="inline">{v.inburgeraar.einddatum ? formatKalenderdatum(v.inburgeraar.einddatum) : "nog niet bekend"}</dd>
                  </div>
                  <div>
                    <dt className="inline font-medium">Gevraagd: </dt>
                    <dd className="inline">
                      {v.maanden} {v.maanden === 1 ? "maand" : "maanden"}
                    </dd>
                  </div>
                  <div>
                    <dt className="inline font-medium">Door: </dt>
                    <dd className="inline">
                      {v.aangevraagdDoor} op {formatDatum(v.aangevraagdOp)}
                    </dd>
                  </div>
                </dl>
                <p className="mt-2 whitespace-pre-line">
                  <span className="font-medium">Reden: </span>
                  {v.reden}
                </p>
                <div className="mt-4">
                  {v.isEigenAanvraag ? (
                    <p className="rounded-md border-l-4 border-merk-600 bg-merk-50 p-3 text-merk-900">
                      Dit is je eigen aanvraag. Een andere teamleider beslist erover (vier ogen).
                    </p>
                  ) : (
                    <>
                      {!v.heeftBrpDatum ? (
                        <p className="mb-3 rounded-md border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-900">
                          Er is nog geen datum van BRP-inschrijving: de begeleiding is nog niet gestart. Goedkeuren kan pas als die datum er is.
                        </p>
                      ) : null}
                      <VerlengingBesluitForm verlengingId={v.id} version={v.version} />
                    </>
                  )}
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
      <Paginering pagina={lijst.pagina} paginas={lijst.paginas} pad={paden.verlengingen()} params={{}} />
    </>
  );
}
