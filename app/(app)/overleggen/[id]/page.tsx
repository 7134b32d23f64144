import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { BesluitenForm, OverlegActieAfvinken, OverlegActieForm } from "@/components/overleg/agendapunt";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ofNietGevonden } from "@/lib/auth/pagina";
import { requireUser } from "@/lib/auth/session";
import { getOverleg } from "@/lib/overleg/queries";
import { paden } from "@/lib/routes";
import { formatKalenderdatum, vandaag } from "@/lib/tijd";

export const metadata: Metadata = { title: "Casuïstiekoverleg" };

export default async function OverlegPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("overleg:deelnemen");
  const { id } = await params;
  const o = await ofNietGevonden(getOverleg(user, id));
  const nu = vandaag();
  const eigenaren = o.deelnemers.map((d) => d.gebruiker);
  return (
    <>
      <PageHeader title={`${o.titel} — ${formatKalenderdatum(o.datum)}`} description={`Georganiseerd door ${o.organisator.naam}.`} />
      <Card className="mb-6">
        <h2 className="font-semibold">Deelnemers</h2>
        <p className="mt-1">{[...o.deelnemers.map((d) => d.gebruiker.naam), ...o.externeDeelnemers].join(", ")}</p>
      </Card>
      <h2 className="mb-3 text-lg font-semibold">Agenda</h2>
      {o.agendapunten.length === 0 ? (
        <EmptyState>Er staan geen dossiers op de agenda die jij mag zien.</EmptyState>
      ) : (
        <ol className="flex flex-col gap-4">
          {o.agendapunten.map((p) => (
            <li key={p.id}>
              <Card>
                <h3 className="text-lg font-semibold">
                  <Link href={paden.dossier(p.inburgeraar.id)} className="text-merk-700 underline-offset-4 hover:underline">
                    {p.naam}
                  </Link>
                </h3>
                {o.magSchrijven ? (
                  <div className="mt-3">
                    <BesluitenForm agendapuntId={p.id} version={p.version} besluiten={p.besluiten} naam={p.naam} />
                  </div>
                ) : (
                  <div className="mt-2">
                    <h4 className="font-medium">Besluiten</h4>
                    <p className="whitespace-pre-line">{p.besluiten ?? "Nog geen besluiten vastgelegd."}</p>
                  </div>
                )}
                <h4 className="mt-4 font-medium">Acties</h4>
                {p.acties.length === 0 ? (
                  <p className="text-slate-700">Nog geen acties.</p>
                ) : (
                  <ul className="mt-1 flex flex-col gap-2">
                    {p.acties.map((a) => (
                      <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-100 pb-2">
                        <span>
                          {a.omschrijving} · <span className="text-slate-700">{a.eigenaar.naam}, klaar vóór {formatKalenderdatum(a.deadline)}</span>{" "}
                          {a.afgerondOp ? <Badge tone="goed">afgerond</Badge> : a.deadline < nu ? <Badge tone="fout">te laat</Badge> : null}
                        </span>
                        {a.isVanMij ? <OverlegActieAfvinken actieId={a.id} afgerond={Boolean(a.afgerondOp)} omschrijving={a.omschrijving} /> : null}
                      </li>
                    ))}
                  </ul>
                )}
                {o.magSchrijven ? (
                  <div className="mt-3">
                    <OverlegActieForm agendapuntId={p.id} naam={p.naam} eigenaren={eigenaren} vandaag={nu} />
                  </div>
                ) : null}
              </Card>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
