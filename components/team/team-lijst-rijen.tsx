"use client";

import Link from "@/components/ui/link";
import { EmptyState } from "@/components/ui/card";
import { FaseBadge } from "@/components/ui/fase-badge";
import { paden } from "@/lib/routes";
import type { TeamKaart } from "./team-weergave";
import s from "./team-lijst.module.css";

/*
 * A client component without state, on purpose: it receives the rows already
 * reduced to what they show (team-weergave.ts), so the page's RSC payload is a
 * compact list of rows (docs/decisions/020). It renders on the server like any
 * other component.
 *
 * Each person is rendered once, for every screen, the way the caseload is
 * (components/caseload/caseload-lijst.tsx): an ordered list whose items are
 * cards on a phone and, from `lg`, rows of one CSS grid (each item a subgrid of
 * the list's columns) under a column-header row that is hidden from screen
 * readers; they hear each `dt` instead, visible on a phone and `sr-only` on a
 * wide screen. The styles are in team-lijst.module.css, mostly by an element's
 * place: every element and class of a row is paid for once per person.
 */

function Rij({ r }: { r: TeamKaart }) {
  return (
    <li>
      <Link href={paden.dossier(r.id)}>{r.naam}</Link>
      <FaseBadge fase={r.fase} />
      <dl>
        <div>
          <dt>Gemeente</dt>
          <dd>{r.gemeente}</dd>
        </div>
        <div>
          <dt>Begeleider</dt>
          <dd className={r.begeleider ? undefined : s.zwak}>{r.begeleider ?? "geen"}</dd>
        </div>
        <div>
          <dt>Maatje</dt>
          <dd className={r.maatje ? undefined : s.zwak}>{r.maatje ?? "geen"}</dd>
        </div>
        {r.aandacht.length ? (
          <div className={s.aandacht}>
            <dt>Aandacht nodig</dt>
            <dd>
              <ul>
                {r.aandacht.map((a, i) => (
                  <li key={i}>{a}</li>
                ))}
              </ul>
            </dd>
          </div>
        ) : (
          <div>
            <dt>Aandacht</dt>
            <dd className={s.zwak}>Alles op schema</dd>
          </div>
        )}
      </dl>
    </li>
  );
}

/**
 * The team's inburgeraars with who guides them and what needs attention: cards
 * on a phone, rows under column headers on a wide screen — one list, each person once.
 */
export function TeamLijstRijen({ rijen }: { rijen: TeamKaart[] }) {
  if (rijen.length === 0) return <EmptyState>Niemand gevonden met deze filters.</EmptyState>;
  return (
    <div className={s.team}>
      <div aria-hidden="true" className={s.kop}>
        <span>Naam</span>
        <span>Fase</span>
        <span>Gemeente</span>
        <span>Begeleider</span>
        <span>Maatje</span>
        <span>Aandacht</span>
      </div>
      <ol aria-label="Inburgeraars met begeleider, maatje en aandachtspunten" className={s.lijst}>
        {rijen.map((r) => (
          <Rij key={r.id} r={r} />
        ))}
      </ol>
    </div>
  );
}
