"use client";

import Link from "next/link";
import { EmptyState } from "@/components/ui/card";
import { FaseBadge } from "@/components/ui/fase-badge";
import type { CaseloadKaart } from "./caseload-weergave";

/*
 * A client component without state, on purpose: it receives the rows already
 * formatted (caseload-weergave.ts), so the page's RSC payload is a compact list
 * of rows (docs/decisions/020). It renders on the server like any other component.
 *
 * Each person is rendered once, for every screen: an ordered list (sorted by
 * urgency) whose items are cards on a phone and, from `lg`, rows of one CSS grid
 * (each item a subgrid of the list's columns) under a column-header row that is
 * hidden from screen readers; they hear each `dt` instead, which is visible on a
 * phone and `sr-only` on a wide screen. The class strings are constants: every
 * element and class of a row is paid for once per person on every request.
 */

const KOLOMMEN = "lg:grid lg:grid-cols-[minmax(9rem,1fr)_auto_minmax(9rem,1.1fr)_minmax(7rem,0.8fr)_auto_minmax(16rem,2.2fr)] lg:gap-x-4 lg:rounded-lg lg:bg-white lg:shadow-sm";
const KOPREGEL = "hidden rounded-t-lg bg-slate-100 p-3 text-sm font-semibold text-slate-700 lg:col-span-full lg:grid lg:grid-cols-subgrid";
const LIJST = "flex flex-col gap-y-3 lg:col-span-full lg:grid lg:grid-cols-subgrid lg:gap-y-0";
const RIJ =
  "grid grid-cols-[1fr_auto] items-start gap-x-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm lg:col-span-full lg:grid-cols-subgrid lg:grid-rows-[auto_1fr] lg:justify-items-start lg:gap-x-4 lg:rounded-none lg:border-0 lg:border-t lg:p-3 lg:shadow-none";
const NAAM = "text-lg font-semibold text-merk-700 underline-offset-4 hover:underline lg:text-base lg:font-medium";
const GEGEVENS = "col-span-full mt-3 grid grid-cols-2 gap-x-3 gap-y-2 text-sm lg:col-span-4 lg:mt-0 lg:grid-cols-subgrid lg:gap-x-4 lg:text-base";
const DT = "text-slate-600 lg:sr-only";
const ZWAK = "text-slate-700";
const ALLEEN_BREED = "hidden lg:block";
const AANDACHT = "col-span-full rounded-md bg-amber-50 p-2 text-amber-950 lg:col-span-1 lg:bg-transparent lg:p-0 lg:text-inherit";
const AANDACHT_KOP = "font-semibold lg:sr-only";
const VASTLEGGEN =
  "col-span-full mt-3 inline-flex min-h-11 w-full items-center justify-center rounded-md bg-merk-700 px-4 py-2 font-medium text-white hover:bg-merk-800 lg:col-start-6 lg:mt-1 lg:w-auto lg:bg-transparent lg:p-0 lg:text-merk-700 lg:underline lg:underline-offset-2 lg:hover:bg-transparent";
const CONTACT = { "te-lang": "font-semibold text-red-800", geen: ZWAK, gewoon: undefined } as const;

function Aandacht({ r }: { r: CaseloadKaart }) {
  return (
    <ul className="flex flex-col gap-1">
      {r.aandacht.map((a) => (
        <li key={a.sleutel} className={a.isTeLaat ? "text-sm font-semibold text-red-800" : "text-sm"}>
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

function Rij({ r, kanLoggen }: { r: CaseloadKaart; kanLoggen: boolean }) {
  /** The opstartfase while it runs; a wide screen says "afgerond" or "—" otherwise. */
  const opstart = r.opstart && !r.opstart.afgerond ? r.opstart : null;
  return (
    <li className={RIJ}>
      {/* On a phone name and fase share the first line, the gemeente the second; on a wide screen the first column. */}
      <div className="contents lg:row-span-2 lg:block">
        <Link href={r.dossierHref} className={NAAM}>
          {r.naam}
        </Link>
        <p className="col-span-full row-start-2 text-sm text-slate-700">
          {r.gemeente}
          {r.rol ? ` · jij bent ${r.rol}` : ""}
        </p>
      </div>
      <FaseBadge fase={r.fase} />
      <dl className={GEGEVENS}>
        <div>
          <dt className={DT}>Laatste contact</dt>
          <dd className={CONTACT[r.contact.toon]}>{r.contact.tekst}</dd>
        </div>
        <div>
          <dt className={DT}>Volgende afspraak</dt>
          <dd className={r.volgende ? undefined : ZWAK}>{r.volgende ?? "Niets gepland"}</dd>
        </div>
        {/* A column on a wide screen; on a phone only while the opstartfase runs. */}
        <div className={opstart ? undefined : ALLEEN_BREED}>
          <dt className={DT}>Opstartfase</dt>
          <dd className={opstart ? "tabular-nums" : ZWAK}>
            {opstart ? (
              <>
                {`${opstart.geregeld} van ${opstart.totaal}`}
                <span className="lg:sr-only"> geregeld</span>
              </>
            ) : r.opstart ? (
              "afgerond"
            ) : (
              "—"
            )}
          </dd>
        </div>
        {r.meetmoment ? (
          // On a wide screen the meetmoment is in the attention column.
          <div className="lg:hidden">
            <dt className={DT}>Meetmoment</dt>
            <dd>{r.meetmoment}</dd>
          </div>
        ) : null}
        {r.aandacht.length ? (
          <div className={AANDACHT}>
            <dt className={AANDACHT_KOP}>Aandacht nodig</dt>
            <dd>
              <Aandacht r={r} />
            </dd>
          </div>
        ) : (
          <div className={ALLEEN_BREED}>
            <dt className={DT}>Aandacht</dt>
            <dd className={ZWAK}>Alles op schema</dd>
          </div>
        )}
      </dl>
      {kanLoggen ? (
        <Link href={r.vastleggenHref} className={VASTLEGGEN}>
          Contact vastleggen<span className="sr-only"> met {r.naam}</span>
        </Link>
      ) : null}
    </li>
  );
}

/**
 * The caseload, most urgent first: cards on a phone, rows under column headers
 * on a wide screen — one list, each person once.
 */
export function CaseloadLijst({
  rows,
  leeg,
  kanLoggen = false,
  titel = "Mijn inburgeraars",
}: {
  rows: CaseloadKaart[];
  leeg: string;
  kanLoggen?: boolean;
  /** The page's title, in the list's accessible name: "Mijn maatjes" for a volunteer. */
  titel?: string;
}) {
  if (rows.length === 0) return <EmptyState>{leeg}</EmptyState>;
  return (
    <div className={KOLOMMEN}>
      <div aria-hidden="true" className={KOPREGEL}>
        <span>Naam</span>
        <span>Fase</span>
        <span>Laatste contact</span>
        <span>Volgende afspraak</span>
        <span>Opstartfase</span>
        <span>Aandacht</span>
      </div>
      <ol aria-label={`${titel}, wie aandacht nodig heeft eerst`} className={LIJST}>
        {rows.map((r) => (
          <Rij key={r.id} r={r} kanLoggen={kanLoggen} />
        ))}
      </ol>
    </div>
  );
}
