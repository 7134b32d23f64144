import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { FaseBadge } from "@/components/ui/fase-badge";
import { AFSPRAAK_TYPE_LABELS } from "@/lib/afspraak/labels";
import type { CaseloadRij } from "@/lib/caseload/queries";
import { meetmomentNaam } from "@/lib/plan/rules";
import { paden } from "@/lib/routes";
import { formatDatumKort, formatKalenderdatum, formatTijd } from "@/lib/tijd";

/** Checklist progress matters until the opstartfase is closed. */
const isOpstartRelevant = (r: CaseloadRij) => r.fase === "AANGEMELD" || r.fase === "OPSTARTFASE";

const ROL = { OPSTART: "opstart", BEGELEIDER: "begeleider", MAATJE: "maatje" } as const;

function Contact({ r }: { r: CaseloadRij }) {
  if (r.dagenSindsContact === null) return <span className="text-slate-700">Nog geen contact</span>;
  const text = r.dagenSindsContact === 0 ? "Vandaag contact" : `${r.dagenSindsContact} ${r.dagenSindsContact === 1 ? "dag" : "dagen"} geleden`;
  return (
    <span className={r.isContactTeLang ? "font-semibold text-red-800" : "text-slate-800"}>
      {text}
      {r.isContactTeLang ? " (te lang)" : ""}
    </span>
  );
}

function Volgende({ r }: { r: CaseloadRij }) {
  if (!r.volgendeAfspraak) return <span className="text-slate-700">Niets gepland</span>;
  return (
    <span>
      {formatDatumKort(r.volgendeAfspraak)} {formatTijd(r.volgendeAfspraak)}
    </span>
  );
}

function Aandacht({ r, kanLoggen }: { r: CaseloadRij; kanLoggen: boolean }) {
  if (r.aandacht.length === 0) return <span className="text-slate-700">Alles op schema</span>;
  return (
    <ul className="flex flex-col gap-1">
      {r.aandacht.map((a) => (
        <li key={a.soort + a.tekst} className={`text-sm ${a.isTeLaat ? "font-semibold text-red-800" : ""}`}>
          <span className="flex items-start gap-1.5">
            <span aria-hidden="true" className={`mt-1.5 inline-block size-2 shrink-0 rounded-full ${a.isTeLaat ? "bg-red-700" : "bg-amber-600"}`} />
            {a.soort === "MEETMOMENT" && r.meetmomentNodig ? (
              <Link href={paden.meetmoment(r.id, r.meetmomentNodig.maand)} className="underline underline-offset-2">
                {a.tekst}
                <span className="sr-only">: {meetmomentNaam(r.meetmomentNodig.maand).toLowerCase()} vastleggen voor {r.naam}</span>
              </Link>
            ) : a.soort === "DOORVERWIJZING_OPEN" ? (
              <Link href={paden.doorverwijzingen(r.id)} className="underline underline-offset-2">
                {a.tekst}
                <span className="sr-only"> bij {r.naam}</span>
              </Link>
            ) : (
              a.tekst
            )}
          </span>
          {a.soort === "NIET_VASTGELEGD" && kanLoggen ? (
            <ul className="ml-3.5">
              {r.nietVastgelegd.map((n) => (
                <li key={n.id}>
                  <Link href={paden.contactVastleggen(r.id, n.id)} className="inline-flex min-h-11 items-center text-merk-700 underline underline-offset-2">
                    Vastleggen: {AFSPRAAK_TYPE_LABELS[n.type].toLowerCase()} {formatDatumKort(n.start)} {formatTijd(n.start)}
                    <span className="sr-only"> met {r.naam}</span>
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** The caseload: cards on a phone (attention first), a table on a wide screen. */
export function CaseloadLijst({ rows, leeg, kanLoggen = false }: { rows: CaseloadRij[]; leeg: string; kanLoggen?: boolean }) {
  if (rows.length === 0) return <EmptyState>{leeg}</EmptyState>;
  return (
    <>
      <ul className="flex flex-col gap-3 lg:hidden">
        {rows.map((r) => (
          <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <div className="flex items-start justify-between gap-2">
              <Link href={`/inburgeraars/${r.id}`} className="text-lg font-semibold text-merk-700 underline-offset-4 hover:underline">
                {r.naam}
              </Link>
              <FaseBadge fase={r.fase} />
            </div>
            <p className="text-sm text-slate-700">
              {r.gemeente}
              {r.mijnRol ? ` · jij bent ${ROL[r.mijnRol]}` : ""}
            </p>
            <dl className="mt-3 grid grid-cols-2 gap-x-3 gap-y-2 text-sm">
              <div>
                <dt className="text-slate-600">Laatste contact</dt>
                <dd><Contact r={r} /></dd>
              </div>
              <div>
                <dt className="text-slate-600">Volgende afspraak</dt>
                <dd><Volgende r={r} /></dd>
              </div>
              {r.opstart && isOpstartRelevant(r) ? (
                <div>
                  <dt className="text-slate-600">Opstartfase</dt>
                  <dd>
                    {r.opstart.geregeld} van {r.opstart.totaal} geregeld
                  </dd>
                </div>
              ) : null}
              {r.meetmomentNodig ? (
                <div>
                  <dt className="text-slate-600">Meetmoment</dt>
                  <dd>{formatKalenderdatum(r.meetmomentNodig.geplandOp)}</dd>
                </div>
              ) : null}
            </dl>
            {r.aandacht.length > 0 ? (
              <div className="mt-3 rounded-md bg-amber-50 p-2 text-amber-950">
                <p className="text-sm font-semibold">Aandacht nodig</p>
                <Aandacht r={r} kanLoggen={kanLoggen} />
              </div>
            ) : null}
            {kanLoggen ? (
              <ButtonLink href={paden.contactVastleggen(r.id)} className="mt-3 w-full">
                Contact vastleggen<span className="sr-only"> met {r.naam}</span>
              </ButtonLink>
            ) : null}
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto rounded-lg bg-white shadow-sm lg:block">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">Mijn inburgeraars, wie aandacht nodig heeft eerst</caption>
          <thead className="bg-slate-100 text-sm text-slate-700">
            <tr>
              <th scope="col" className="p-3">Naam</th>
              <th scope="col" className="p-3">Fase</th>
              <th scope="col" className="p-3">Laatste contact</th>
              <th scope="col" className="p-3">Volgende afspraak</th>
              <th scope="col" className="p-3">Opstartfase</th>
              <th scope="col" className="p-3">Aandacht</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-t border-slate-200 align-top">
                <td className="p-3">
                  <Link href={`/inburgeraars/${r.id}`} className="font-medium text-merk-700 underline-offset-4 hover:underline">
                    {r.naam}
                  </Link>
                  <span className="block text-sm text-slate-700">
                    {r.gemeente}
                    {r.mijnRol ? ` · ${ROL[r.mijnRol]}` : ""}
                  </span>
                </td>
                <td className="p-3"><FaseBadge fase={r.fase} /></td>
                <td className="p-3"><Contact r={r} /></td>
                <td className="p-3"><Volgende r={r} /></td>
                <td className="p-3 tabular-nums">
                  {r.opstart && isOpstartRelevant(r) ? `${r.opstart.geregeld} / ${r.opstart.totaal}` : r.opstart ? <span className="text-slate-700">afgerond</span> : "—"}
                </td>
                <td className="p-3">
                  <Aandacht r={r} kanLoggen={kanLoggen} />
                  {kanLoggen ? (
                    <Link href={paden.contactVastleggen(r.id)} className="mt-1 inline-flex min-h-11 items-center font-medium text-merk-700 underline underline-offset-2">
                      Contact vastleggen<span className="sr-only"> met {r.naam}</span>
                    </Link>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
