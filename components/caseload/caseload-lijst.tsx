"use client";

import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { FaseBadge } from "@/components/ui/fase-badge";
import type { CaseloadKaart } from "./caseload-weergave";

/*
 * A client component without state, on purpose: it receives the rows already
 * formatted (caseload-weergave.ts), so the page's RSC payload is a compact list
 * of rows instead of the cards and the table as two element trees
 * (docs/decisions/020). It renders on the server like any other component.
 */

function Contact({ r }: { r: CaseloadKaart }) {
  return <span className={r.contact.toon === "te-lang" ? "font-semibold text-red-800" : r.contact.toon === "geen" ? "text-slate-700" : "text-slate-800"}>{r.contact.tekst}</span>;
}

function Volgende({ r }: { r: CaseloadKaart }) {
  if (!r.volgende) return <span className="text-slate-700">Niets gepland</span>;
  return <span>{r.volgende}</span>;
}

function Aandacht({ r }: { r: CaseloadKaart }) {
  if (r.aandacht.length === 0) return <span className="text-slate-700">Alles op schema</span>;
  return (
    <ul className="flex flex-col gap-1">
      {r.aandacht.map((a) => (
        <li key={a.sleutel} className={`text-sm ${a.isTeLaat ? "font-semibold text-red-800" : ""}`}>
          <span className="flex items-start gap-1.5">
            <span aria-hidden="true" className={`mt-1.5 inline-block size-2 shrink-0 rounded-full ${a.isTeLaat ? "bg-red-700" : "bg-amber-600"}`} />
            {a.link ? (
              <Link href={a.link.href} className="underline underline-offset-2">
                {a.tekst}
                <span className="sr-only">{a.link.sr}</span>
              </Link>
            ) : (
              a.tekst
            )}
          </span>
          {a.vastleggen.length ? (
            <ul className="ml-3.5">
              {a.vastleggen.map((n) => (
                <li key={n.id}>
                  <Link href={n.href} className="inline-flex min-h-11 items-center text-merk-700 underline underline-offset-2">
                    {n.tekst}
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
export function CaseloadLijst({ rows, leeg, kanLoggen = false }: { rows: CaseloadKaart[]; leeg: string; kanLoggen?: boolean }) {
  if (rows.length === 0) return <EmptyState>{leeg}</EmptyState>;
  return (
    <>
      <ul className="flex flex-col gap-3 lg:hidden">
        {rows.map((r) => (
          <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <div className="flex items-start justify-between gap-2">
              <Link href={r.dossierHref} className="text-lg font-semibold text-merk-700 underline-offset-4 hover:underline">
                {r.naam}
              </Link>
              <FaseBadge fase={r.fase} />
            </div>
            <p className="text-sm text-slate-700">
              {r.gemeente}
              {r.rol ? ` · jij bent ${r.rol}` : ""}
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
              {r.opstart && !r.opstart.afgerond ? (
                <div>
                  <dt className="text-slate-600">Opstartfase</dt>
                  <dd>
                    {r.opstart.geregeld} van {r.opstart.totaal} geregeld
                  </dd>
                </div>
              ) : null}
              {r.meetmoment ? (
                <div>
                  <dt className="text-slate-600">Meetmoment</dt>
                  <dd>{r.meetmoment}</dd>
                </div>
              ) : null}
            </dl>
            {r.aandacht.length > 0 ? (
              <div className="mt-3 rounded-md bg-amber-50 p-2 text-amber-950">
                <p className="text-sm font-semibold">Aandacht nodig</p>
                <Aandacht r={r} />
              </div>
            ) : null}
            {kanLoggen ? (
              <ButtonLink href={r.vastleggenHref} className="mt-3 w-full">
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
                  <Link href={r.dossierHref} className="font-medium text-merk-700 underline-offset-4 hover:underline">
                    {r.naam}
                  </Link>
                  <span className="block text-sm text-slate-700">
                    {r.gemeente}
                    {r.rol ? ` · ${r.rol}` : ""}
                  </span>
                </td>
                <td className="p-3"><FaseBadge fase={r.fase} /></td>
                <td className="p-3"><Contact r={r} /></td>
                <td className="p-3"><Volgende r={r} /></td>
                <td className="p-3 tabular-nums">
                  {r.opstart && !r.opstart.afgerond ? `${r.opstart.geregeld} / ${r.opstart.totaal}` : r.opstart ? <span className="text-slate-700">afgerond</span> : "—"}
                </td>
                <td className="p-3">
                  <Aandacht r={r} />
                  {kanLoggen ? (
                    <Link href={r.vastleggenHref} className="mt-1 inline-flex min-h-11 items-center font-medium text-merk-700 underline underline-offset-2">
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
