"use client";

import Link from "@/components/ui/link";
import { Badge } from "@/components/ui/card";
import { FaseBadge } from "@/components/ui/fase-badge";
import { paden } from "@/lib/routes";
import type { VoortgangKaart } from "./voortgang-weergave";
import s from "./voortgang-lijst.module.css";

/*
 * A client component without state, on purpose: it receives the rows already
 * formatted (voortgang-weergave.ts), so the page's RSC payload is a compact list
 * of rows instead of an element tree per row (docs/decisions/020, 021). It
 * renders on the server like any other component. The styles are in
 * voortgang-lijst.module.css, by an element's place: every element and class
 * of a row is paid for once per person on every request.
 */

/** What the inburgeraar did not share. */
const GEEN = <small>geen toestemming</small>;

function Scores({ scores }: { scores: VoortgangKaart["scores"] }) {
  if (scores === null) return GEEN;
  if (typeof scores === "string") return scores;
  return (
    <ul>
      {scores.map(([naam, score, verschil]) => (
        <li key={naam}>
          {naam} {score}
          {verschil ? <span aria-label={verschil > 0 ? `${verschil} beter` : `${-verschil} minder`}>{verschil > 0 ? ` ↑${verschil}` : ` ↓${-verschil}`}</span> : null}
        </li>
      ))}
    </ul>
  );
}

function Velden({ r }: { r: VoortgangKaart }) {
  return (
    <dl>
      <div>
        <dt>Begeleiding</dt>
        <dd>{r.begeleiding ?? GEEN}</dd>
      </div>
      <div>
        <dt>Contact</dt>
        <dd>{r.contact ?? GEEN}</dd>
      </div>
      <div>
        <dt>Opstartfase</dt>
        <dd>{r.opstart ?? GEEN}</dd>
      </div>
      <div>
        <dt>Scores</dt>
        <dd data-testid="scores">
          <Scores scores={r.scores} />
        </dd>
      </div>
      <div>
        <dt>Signalen</dt>
        <dd>{r.signalen === null ? GEEN : typeof r.signalen === "number" ? r.signalen ? <Badge tone="let_op">{r.signalen} open</Badge> : "geen" : r.signalen}</dd>
      </div>
      <div>
        <dt>Tijdige start</dt>
        <dd>
          {r.tijdigeStart ?? <span>{GEEN} voor de opstartfase.</span>}
          {r.intakeTeLaat ? (
            <>
              {" "}
              <Badge tone="fout">{r.intakeTeLaat}</Badge>
            </>
          ) : null}
        </dd>
      </div>
    </dl>
  );
}

/** Everyone's voortgang, one card per person (data-testid "voortgang-rij"). */
export function VoortgangLijst({ rijen }: { rijen: VoortgangKaart[] }) {
  return (
    <ol aria-label="Voortgang per persoon" className={s.lijst}>
      {rijen.map((r) => (
        <li key={r.id} data-testid="voortgang-rij">
          <p>
            <Link href={paden.dossier(r.id)}>{r.naam}</Link>
            <FaseBadge fase={r.fase} />
            <span>{r.gemeente}</span>
            {r.heeftRapportage ? <Link href={paden.dossierTab(r.id, "rapportage")}>rapportage</Link> : null}
          </p>
          <Velden r={r} />
        </li>
      ))}
    </ol>
  );
}
