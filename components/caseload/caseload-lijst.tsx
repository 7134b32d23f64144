"use client";

import Link from "@/components/ui/link";
import { EmptyState } from "@/components/ui/card";
import { FaseBadge } from "@/components/ui/fase-badge";
import { paden } from "@/lib/routes";
import type { CaseloadAandacht, CaseloadKaart } from "./caseload-weergave";
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

const CONTACT = { "te-lang": s.teLang, geen: s.zwak } as const;

function Aandacht({ r, punten }: { r: CaseloadKaart; punten: CaseloadAandacht[] }) {
  return (
    <ul>
      {punten.map((a, i) => (
        // The points of one row never move between renders: their place is their key.
        <li key={i} className={a.teLaat ? s.teLaat : undefined}>
          {a.meetmoment ? (
            <Link href={paden.meetmoment(r.id, a.meetmoment.maand)}>
              {a.tekst}
              <span className="sr-only">{`: ${a.meetmoment.naam} vastleggen voor ${r.naam}`}</span>
            </Link>
          ) : a.doorverwijzing ? (
            <Link href={paden.doorverwijzingen(r.id)}>
              {a.tekst}
              <span className="sr-only">{` bij ${r.naam}`}</span>
            </Link>
          ) : (
            a.tekst
          )}
          {a.vastleggen ? (
            <ul>
              {a.vastleggen.map((n) => (
                <li key={n.id}>
                  <Link href={paden.contactVastleggen(r.id, n.id)}>
                    {n.tekst}
                    <span className="sr-only">{` met ${r.naam}`}</span>
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
        <Link href={paden.dossier(r.id)}>{r.naam}</Link>
        <p>{r.rol ? `${r.gemeente} · jij bent ${r.rol}` : r.gemeente}</p>
      </div>
      <FaseBadge fase={r.fase} />
      <dl className={s.gegevens}>
        <div>
          <dt>Laatste contact</dt>
          <dd className={r.contactToon ? CONTACT[r.contactToon] : undefined}>{r.contact}</dd>
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
        {r.aandacht ? (
          <div className={s.aandacht}>
            <dt>Aandacht nodig</dt>
            <dd>
              <Aandacht r={r} punten={r.aandacht} />
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
        <Link href={paden.contactVastleggen(r.id)} className={s.vastleggen}>
          Contact vastleggen<span className="sr-only">{` met ${r.naam}`}</span>
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
