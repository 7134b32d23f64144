"use client";

import Link from "next/link";
import { EmptyState } from "@/components/ui/card";
import { FaseBadge } from "@/components/ui/fase-badge";
import type { CaseloadKaart } from "./caseload-weergave";
import s from "./caseload-lijst.module.css";

/*
 * A client component without state, on purpose: it receives the rows already
 * formatted (caseload-weergave.ts), so the page's RSC payload is a compact list
 * of rows (docs/decisions/020). It renders on the server like any other component.
 *
 * Each person is rendered once, for every screen: an ordered list (sorted by
 * urgency) whose items are cards on a phone and, from `lg`, rows of one CSS grid
 * (each item a subgrid of the list's columns) under a column-header row that is
 * hidden from screen readers; they hear each `dt` instead, which is visible on a
 * phone and `sr-only` on a wide screen. The styles are in caseload-lijst.module.css,
 * mostly by an element's place: every element and class of a row is paid for
 * once per person on every request.
 */

const CONTACT = { "te-lang": s.teLang, geen: s.zwak, gewoon: undefined } as const;

function Aandacht({ r }: { r: CaseloadKaart }) {
  return (
    <ul>
      {r.aandacht.map((a) => (
        <li key={a.sleutel} className={a.isTeLaat ? s.teLaat : undefined}>
          {a.link ? (
            <Link href={a.link.href}>
              {a.tekst}
              <span className="sr-only">{a.link.sr}</span>
            </Link>
          ) : (
            a.tekst
          )}
          {a.vastleggen.length ? (
            <ul>
              {a.vastleggen.map((n) => (
                <li key={n.id}>
                  <Link href={n.href}>
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
    <li>
      <div className={s.naam}>
        <Link href={r.dossierHref}>{r.naam}</Link>
        <p>
          {r.gemeente}
          {r.rol ? ` · jij bent ${r.rol}` : ""}
        </p>
      </div>
      <FaseBadge fase={r.fase} />
      <dl className={s.gegevens}>
        <div>
          <dt>Laatste contact</dt>
          <dd className={CONTACT[r.contact.toon]}>{r.contact.tekst}</dd>
        </div>
        <div>
          <dt>Volgende afspraak</dt>
          <dd className={r.volgende ? undefined : s.zwak}>{r.volgende ?? "Niets gepland"}</dd>
        </div>
        {/* A column on a wide screen; on a phone only while the opstartfase runs. */}
        <div className={opstart ? undefined : s.breed}>
          <dt>Opstartfase</dt>
          {opstart ? (
            <dd className="tabular-nums">
              {`${opstart.geregeld} van ${opstart.totaal}`}
              <span className="lg:sr-only"> geregeld</span>
            </dd>
          ) : (
            <dd className={s.zwak}>{r.opstart ? "afgerond" : "—"}</dd>
          )}
        </div>
        {r.meetmoment ? (
          <div className={s.smal}>
            <dt>Meetmoment</dt>
            <dd>{r.meetmoment}</dd>
          </div>
        ) : null}
        {r.aandacht.length ? (
          <div className={s.aandacht}>
            <dt>Aandacht nodig</dt>
            <dd>
              <Aandacht r={r} />
            </dd>
          </div>
        ) : (
          <div className={s.breed}>
            <dt>Aandacht</dt>
            <dd className={s.zwak}>Alles op schema</dd>
          </div>
        )}
      </dl>
      {kanLoggen ? (
        <Link href={r.vastleggenHref} className={s.vastleggen}>
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
    <div className={s.caseload}>
      <div aria-hidden="true" className={s.kop}>
        <span>Naam</span>
        <span>Fase</span>
        <span>Laatste contact</span>
        <span>Volgende afspraak</span>
        <span>Opstartfase</span>
        <span>Aandacht</span>
      </div>
      <ol aria-label={`${titel}, wie aandacht nodig heeft eerst`} className={s.lijst}>
        {rows.map((r) => (
          <Rij key={r.id} r={r} kanLoggen={kanLoggen} />
        ))}
      </ol>
    </div>
  );
}
