import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import { WachtlijstLijst } from "@/components/team/wachtlijst";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { paden } from "@/lib/routes";
import type { TeamleiderStart } from "@/lib/team/start";
import { OverdrachtLijst, type OverdrachtItem } from "@/components/overdracht/overdracht-lijst";
import { formatKalenderdatum } from "@/lib/tijd";

function Blok({ id, titel, totaal, plus = false, meer, uitleg, children }: { id: string; titel: string; totaal: number; plus?: boolean; meer?: { href: string; tekst: string }; uitleg: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={id} className="text-xl font-semibold">
          {titel} <span className="tabular-nums text-slate-700">({totaal}{plus ? "+" : ""})</span>
        </h2>
        {meer && totaal > 0 ? (
          <Link href={meer.href} className="min-h-11 py-2 font-medium text-merk-700 underline">
            {meer.tekst}
          </Link>
        ) : null}
      </div>
      <p className="-mt-2 text-slate-700">{uitleg}</p>
      {children}
    </section>
  );
}

const dagen = (n: number | null) => (n === null ? "nog nooit contact" : `${n} ${n === 1 ? "dag" : "dagen"} geen contact`);

/** The teamleider's desk: who waits, who to call, who was not seen, what to decide. Renders what the route loaded. */
export function TeamHome({
  data,
  openOverdrachten = [],
  openOverdrachtenMeer = false,
  signalen = null,
}: {
  data: TeamleiderStart;
  openOverdrachten?: OverdrachtItem[];
  /** More open overdrachten wait than the list holds (lib/overdracht OPEN_OVERDRACHTEN_MAX). */
  openOverdrachtenMeer?: boolean;
  signalen?: ReactNode;
}) {
  const { wachtlijst, bellijst, teLang, verlengingen, doorgezet } = data;
  return (
    <>
      <PageHeader
        title="Team"
        description={`${wachtlijst.totaal} wachtend · ${bellijst.totaal} om te bellen · ${teLang.totaal} te lang geen contact · ${data.verlengingenTotaal} ${data.verlengingenTotaal === 1 ? "verlenging" : "verlengingen"} te beslissen`}
      />
      {signalen}
      <div className="grid gap-8 lg:grid-cols-2">
        <Blok
          id="open-overdrachten"
          titel="Open overdrachten"
          totaal={openOverdrachten.length}
          plus={openOverdrachtenMeer}
          meer={{ href: paden.overdrachten(), tekst: "Alle overdrachten" }}
          uitleg="Verstuurd maar nog niet ontvangen. Wie het langst wacht staat bovenaan."
        >
          <OverdrachtLijst items={openOverdrachten.slice(0, 5)} leeg="Alle overdrachten zijn ontvangen." />
        </Blok>
        <Blok
          id="wachtlijst"
          titel="Wachtlijst"
          totaal={wachtlijst.totaal}
          meer={{ href: paden.wachtlijst(), tekst: "Hele wachtlijst" }}
          uitleg="Zonder begeleider, opstartbegeleider of gewenst maatje. Wie het langst wacht staat bovenaan."
        >
          {wachtlijst.perGemeente.length > 1 ? (
            <p className="-mt-2 text-sm text-slate-700">{wachtlijst.perGemeente.map((g) => `${g.naam} ${g.aantal}`).join(" · ")}</p>
          ) : null}
          <WachtlijstLijst rijen={wachtlijst.rijen} leeg="Niemand wacht." />
        </Blok>
        <Blok
          id="bellijst"
          titel="Bellijst"
          totaal={bellijst.totaal}
          meer={{ href: paden.bellijst(), tekst: "Naar de bellijst" }}
          uitleg="Zonder maatje, of al een belronde lang geen contact."
        >
          {bellijst.rijen.length === 0 ? (
            <EmptyState>Niemand hoeft nu gebeld te worden.</EmptyState>
          ) : (
            <ul className="flex flex-col gap-2">
              {bellijst.rijen.map((r) => (
                <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-3">
                  <Link href={paden.dossier(r.id)} className="font-semibold text-merk-700 underline-offset-4 hover:underline">
                    {r.naam}
                  </Link>
                  <span className="block text-sm text-slate-700">
                    {r.reden === "GEEN_MAATJE" ? "Geen maatje" : "Heeft een maatje"} · {r.gemeente} · aan de beurt sinds {formatKalenderdatum(r.belDatum)}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {doorgezet.length > 0 ? (
            <p className="rounded-md border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-900">
              Drie keer op rij niet bereikt, doorgezet naar de begeleider: {doorgezet.map((d) => d.naam).join(", ")}.
            </p>
          ) : null}
        </Blok>
        <Blok
          id="te-lang"
          titel="Te lang geen contact"
          totaal={teLang.totaal}
          meer={{ href: `${paden.inburgeraars()}?contact=1&sortering=contact`, tekst: "Alle in de lijst" }}
          uitleg="Over het hele team: langer geen contact dan de norm van de gemeente."
        >
          {teLang.rijen.length === 0 ? (
            <EmptyState>Iedereen is op tijd gezien.</EmptyState>
          ) : (
            <ul className="flex flex-col gap-2">
              {teLang.rijen.map((r) => (
                <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-3">
                  <Link href={paden.dossier(r.id)} className="font-semibold text-merk-700 underline-offset-4 hover:underline">
                    {r.naam}
                  </Link>
                  <span className="block text-sm text-slate-700">
                    {dagen(r.dagenSindsContact)} · {r.begeleider ? `begeleider ${r.begeleider}` : "geen begeleider"}
                    {r.maatje ? ` · maatje ${r.maatje}` : ""}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Blok>
        <Blok
          id="verlengingen"
          titel="Verlengingen te beslissen"
          totaal={data.verlengingenTotaal}
          meer={{ href: paden.verlengingen(), tekst: "Naar de verlengingen" }}
          uitleg="Over je eigen aanvragen beslist een andere teamleider."
        >
          {verlengingen.length === 0 ? (
            <EmptyState>Er wacht geen aanvraag.</EmptyState>
          ) : (
            <ul className="flex flex-col gap-2">
              {verlengingen.map((v) => (
                <li key={v.id} className="rounded-lg border border-slate-200 bg-white p-3">
                  <Link href={paden.verlengingen()} className="font-semibold text-merk-700 underline-offset-4 hover:underline">
                    {v.inburgeraar.naam}
                  </Link>
                  <span className="block text-sm text-slate-700">
                    {v.maanden} maanden · gevraagd door {v.aangevraagdDoor}
                    {v.isEigenAanvraag ? " · je eigen aanvraag" : ""}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Blok>
      </div>
      {data.vogAandachtTotaal > 0 ? (
        <Card className="mt-8">
          <h2 className="text-lg font-semibold">VOG vraagt aandacht ({data.vogAandachtTotaal})</h2>
          <p className="text-slate-700">
            {data.vogAandacht
              .map((v) => `${v.naam}: ${v.vog.status === "GEEN" ? "geen VOG bekend" : v.vog.status === "VERLOPEN" ? "VOG verlopen" : `VOG verloopt ${formatKalenderdatum(v.vog.verlooptOp!)}`}`)
              .join(" · ")}
            .{" "}
            <Link href={`${paden.vrijwilligers()}?vog=1`} className="font-medium text-merk-700 underline">
              Naar de vrijwilligers
            </Link>
          </p>
        </Card>
      ) : null}
    </>
  );
}
