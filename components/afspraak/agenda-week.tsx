import Link from "@/components/ui/link";
import { paden } from "@/lib/routes";
import { Badge } from "@/components/ui/card";
import { AFSPRAAK_STATUS_LABELS, AFSPRAAK_TYPE_LABELS } from "@/lib/afspraak/labels";
import type { AgendaAfspraak } from "@/lib/agenda/week";
import { formatKalenderdatum, formatTijd, naarKalenderdatum, plusDagen, type Kalenderdatum } from "@/lib/tijd";

const WEEKDAGEN = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"];

/** Seven days: sections one under the other on a phone, a 7-column grid on wide screens. */
export function AgendaWeek({ maandag, vandaag, afspraken }: { maandag: Kalenderdatum; vandaag: Kalenderdatum; afspraken: readonly AgendaAfspraak[] }) {
  const dagen = WEEKDAGEN.map((naam, i) => {
    const datum = plusDagen(maandag, i);
    return { naam, datum, afspraken: afspraken.filter((a) => naarKalenderdatum(a.start) === datum) };
  });
  return (
    <ol className="grid gap-3 lg:grid-cols-7 lg:gap-2">
      {dagen.map((dag) => {
        const isVandaag = dag.datum === vandaag;
        return (
          <li
            key={dag.datum}
            aria-current={isVandaag ? "date" : undefined}
            className={`flex flex-col rounded-lg border bg-white p-3 lg:min-h-48 ${isVandaag ? "border-2 border-merk-700 bg-merk-50" : "border-slate-200"}`}
          >
            <h2 className="mb-2 flex flex-wrap items-baseline gap-x-2 font-semibold">
              <span className="capitalize">{dag.naam}</span>
              <span className="text-sm font-normal text-slate-700">{formatKalenderdatum(dag.datum).replace(/ \d{4}$/, "")}</span>
              {isVandaag ? <Badge tone="info">Vandaag</Badge> : null}
            </h2>
            {dag.afspraken.length === 0 ? (
              <p className="text-sm text-slate-600">Geen afspraken</p>
            ) : (
              <ul className="flex flex-col gap-2">
                {dag.afspraken.map((a) => (
                  <li key={a.id}>
                    <Link
                      href={a.moetGelogd ? paden.contactVastleggen(a.inburgeraar.id, a.id) : `/inburgeraars/${a.inburgeraar.id}/afspraken`}
                      className="flex min-h-11 min-w-0 flex-col break-words rounded-md border border-slate-200 bg-white p-2 hover:bg-slate-50 [overflow-wrap:anywhere]"
                    >
                      <span className="font-medium">
                        {formatTijd(a.start)}–{formatTijd(a.eind)}
                      </span>
                      <span>{a.inburgeraar.naam}</span>
                      <span className="text-sm text-slate-700">
                        {AFSPRAAK_TYPE_LABELS[a.type]}
                        {a.metTolk ? " · met tolk" : ""}
                        {a.locatie ? ` · ${a.locatie}` : ""}
                      </span>
                      {a.status !== "GEPLAND" ? <span className="text-sm text-slate-700">{AFSPRAAK_STATUS_LABELS[a.status]}</span> : null}
                      {a.moetGelogd ? <span className="text-sm font-semibold text-amber-900">Nog vastleggen →</span> : null}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
