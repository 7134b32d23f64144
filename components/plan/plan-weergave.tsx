import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import { ButtonLink } from "@/components/ui/button";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { AFSPRAAK_TYPE_LABELS } from "@/lib/afspraak/labels";
import { LEEFGEBIED_LABELS } from "@/lib/inburgeraar/labels";
import { ACTIE_VOOR_KORT, AKKOORD_WIJZE_LABELS, DOEL_STATUS_LABELS, MEETMOMENT_STATUS_LABELS } from "@/lib/plan/labels";
import type { ActieRij, DoelRij, LeefgebiedRij, MaatjeTaak, PlanOverzicht } from "@/lib/plan/queries";
import { kanVastleggen, meetmomentNaam, type MeetmomentRij, type MeetmomentStatus } from "@/lib/plan/rules";
import { STAP_NAMEN, type Score } from "@/lib/plan/schaal";
import { paden } from "@/lib/routes";
import { formatDatumTijd, formatKalenderdatum, vandaag } from "@/lib/tijd";
import { ActieToevoegenForm, type KaartKeuze } from "./actie-form";
import { ActieVinkje } from "./actie-vinkje";
import { AkkoordForm } from "./akkoord-form";
import { DoelBewerkenForm, DoelToevoegenForm } from "./doel-form";
import { FocusForm } from "./focus-form";
import { LeefgebiedForm } from "./leefgebied-form";
import { VoortgangGrafiek } from "./voortgang-grafiek";

/** The Plan tab of a dossier for those who see the whole plan. Server-rendered; the forms are small client islands. */

const STATUS_TOON: Record<MeetmomentStatus, "neutraal" | "info" | "goed" | "let_op" | "fout"> = {
  GEDAAN: "goed",
  OVERGESLAGEN: "neutraal",
  LATER: "neutraal",
  BINNENKORT: "info",
  NU: "let_op",
  TE_LAAT: "fout",
};

const DOEL_TOON = { OPEN: "neutraal", BEZIG: "info", BEREIKT: "goed", GESTOPT: "neutraal" } as const;

export function PlanWeergave({ plan }: { plan: PlanOverzicht }) {
  const id = plan.inburgeraar.id;
  const actief = plan.leefgebieden.filter((l) => !l.isUitgezet);
  const laatsteVersie = plan.versies[0];
  const heeftDoelen = plan.leefgebieden.some((l) => l.doelen.length > 0);
  const heeftScores = plan.leefgebieden.some((l) => l.scores.length > 0);
  return (
    <div className="flex flex-col gap-6">
      <Card>
        <h2 className="mb-3 text-lg font-semibold">Meetmomenten</h2>
        {!plan.inburgeraar.brpDatum ? (
          <p>De meetmomenten tellen vanaf de inschrijving in de BRP. Vul die datum eerst in bij de gegevens.</p>
        ) : !plan.heeftMeetmomenten ? (
          <p>De meetmomenten beginnen als de opstartfase gestart is.</p>
        ) : (
          <>
            {plan.huidig && plan.kanMeten ? (
              <div className="mb-4 flex flex-col gap-2 rounded-md border-l-4 border-merk-600 bg-merk-50 p-3 sm:flex-row sm:items-center sm:justify-between">
                <p>
                  <span className="font-semibold">{meetmomentNaam(plan.huidig.maand)}</span>{" "}
                  {plan.huidig.status === "TE_LAAT" ? "is te laat" : plan.huidig.status === "NU" ? "is nu" : "komt binnenkort"} (gepland op{" "}
                  {formatKalenderdatum(plan.huidig.geplandOp)}).
                </p>
                <ButtonLink href={paden.meetmoment(id, plan.huidig.maand)}>{meetmomentNaam(plan.huidig.maand)} vastleggen</ButtonLink>
              </div>
            ) : null}
            <ol className="flex flex-col divide-y divide-slate-100">
              {plan.meetmomenten.map((m) => (
                <MeetmomentRegel key={m.maand} m={m} id={id} kanMeten={plan.kanMeten} isHuidig={plan.huidig?.maand === m.maand} />
              ))}
            </ol>
          </>
        )}
      </Card>

      <Card>
        <h2 className="mb-3 text-lg font-semibold">Voortgang</h2>
        {heeftScores ? (
          <VoortgangGrafiek leefgebieden={actief} naam={plan.inburgeraar.voornaam} />
        ) : (
          <EmptyState>Nog geen scores. Na de nulmeting staat hier hoe het gaat per leefgebied.</EmptyState>
        )}
      </Card>

      <Card>
        <h2 className="mb-2 text-lg font-semibold">Focus</h2>
        <p className="mb-3">
          {plan.focus ? (
            <>
              De komende periode gaat er extra aandacht naar <strong>{LEEFGEBIED_LABELS[plan.focus]}</strong>.
            </>
          ) : (
            "Er is nog geen leefgebied gekozen dat de komende periode extra aandacht krijgt."
          )}
        </p>
        {plan.kanBewerken ? <FocusForm inburgeraarId={id} version={plan.planVersion} focus={plan.focus} leefgebieden={actief.map((l) => l.leefgebied)} /> : null}
      </Card>

      <section aria-labelledby="leefgebieden-kop" className="flex flex-col gap-3">
        <h2 id="leefgebieden-kop" className="text-lg font-semibold">
          Leefgebieden
        </h2>
        {plan.leefgebieden.map((l) => (
          <LeefgebiedSectie key={l.leefgebied} l={l} inburgeraarId={id} kanBewerken={plan.kanBewerken} socialeKaart={plan.socialeKaart} />
        ))}
      </section>

      <Card>
        <h2 className="mb-2 text-lg font-semibold">Akkoord en versies</h2>
        {laatsteVersie ? (
          <p className="mb-2">
            Versie {laatsteVersie.nummer}: akkoord op {formatKalenderdatum(laatsteVersie.akkoordOp)}, {AKKOORD_WIJZE_LABELS[laatsteVersie.wijze].toLowerCase()}
            {laatsteVersie.tolkTaal ? ` (${laatsteVersie.tolkTaal})` : ""}. Vastgelegd door {laatsteVersie.vastgelegdDoor}.
          </p>
        ) : (
          <p className="mb-2">De inburgeraar heeft nog geen akkoord gegeven op het plan.</p>
        )}
        {laatsteVersie && plan.gewijzigdSindsAkkoord ? (
          <p className="mb-2">
            <Badge tone="let_op">Gewijzigd sinds het laatste akkoord</Badge>
          </p>
        ) : null}
        <div className="mb-4 flex flex-wrap gap-2">
          <a href={paden.planPdf(id)} className="inline-flex min-h-11 items-center justify-center gap-2 rounded-md bg-merk-700 px-4 py-2 font-medium text-white hover:bg-merk-800" download>
            Plan als PDF
          </a>
          {plan.versies.length > 0 ? (
            <ButtonLink href={paden.planVersies(id)} variant="secundair">
              Versies vergelijken
            </ButtonLink>
          ) : null}
        </div>
        {plan.kanBewerken && heeftDoelen && plan.gewijzigdSindsAkkoord ? (
          <details className="rounded-md border border-slate-200">
            <summary className="flex min-h-11 cursor-pointer items-center px-3 font-medium">Akkoord vastleggen</summary>
            <div className="p-3">
              <p className="mb-3 text-slate-700">Bespreek het plan zoals het hier staat. Na het akkoord wordt deze versie bewaard.</p>
              <AkkoordForm inburgeraarId={id} inhoudSleutel={plan.inhoudSleutel} vandaag={vandaag()} tolkTaal={null} />
            </div>
          </details>
        ) : null}
        {plan.volgendeAfspraak ? (
          <p className="mt-3 text-slate-700">
            Volgende afspraak: {formatDatumTijd(plan.volgendeAfspraak.start)} ({AFSPRAAK_TYPE_LABELS[plan.volgendeAfspraak.type].toLowerCase()}).
          </p>
        ) : null}
      </Card>
    </div>
  );
}

function MeetmomentRegel({ m, id, kanMeten, isHuidig }: { m: MeetmomentRij; id: string; kanMeten: boolean; isHuidig: boolean }) {
  const link = kanMeten && (kanVastleggen(m.status) || m.status === "GEDAAN") && !isHuidig;
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 py-2">
      <span>
        <span className="font-medium">{meetmomentNaam(m.maand)}</span>{" "}
        <span className="text-slate-700">
          {m.afgenomenOp ? `op ${formatKalenderdatum(m.afgenomenOp)}` : `gepland op ${formatKalenderdatum(m.geplandOp)}`}
        </span>
      </span>
      <span className="flex items-center gap-2">
        <Badge tone={STATUS_TOON[m.status]}>{MEETMOMENT_STATUS_LABELS[m.status]}</Badge>
        {link ? (
          <Link href={paden.meetmoment(id, m.maand)} className="text-merk-700 underline">
            {m.status === "GEDAAN" ? "Bekijken of corrigeren" : "Alsnog vastleggen"}
            <span className="sr-only">: {meetmomentNaam(m.maand).toLowerCase()}</span>
          </Link>
        ) : null}
      </span>
    </li>
  );
}

function LeefgebiedSectie({ l, inburgeraarId, kanBewerken, socialeKaart }: { l: LeefgebiedRij; inburgeraarId: string; kanBewerken: boolean; socialeKaart: KaartKeuze[] }) {
  const laatste = l.scores.at(-1);
  const kopId = `lg-kop-${l.leefgebied}`;
  return (
    <section aria-labelledby={kopId} className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <details open={l.isFocus || l.doelen.length > 0}>
        <summary className="flex min-h-11 cursor-pointer flex-wrap items-center gap-2 px-4 py-3 sm:px-6">
          <h3 id={kopId} className="text-lg font-semibold">
            {LEEFGEBIED_LABELS[l.leefgebied]}
          </h3>
          {l.isFocus ? <Badge tone="info">Focus</Badge> : null}
          {l.isUitgezet ? <Badge>Niet meer in het plan van de gemeente</Badge> : null}
          <span className="text-slate-700">
            {laatste ? `score ${laatste.score} (${STAP_NAMEN[laatste.score as Score].toLowerCase()})` : "nog geen score"}
            {l.streefScore ? `, streefscore ${l.streefScore}` : ""}
          </span>
        </summary>
        <div className="flex flex-col gap-4 px-4 pb-4 sm:px-6 sm:pb-6">
          <dl className="grid gap-3 sm:grid-cols-2">
            <div>
              <dt className="text-sm font-medium text-slate-600">Wat gaat al goed</dt>
              <dd className="whitespace-pre-line">{l.kanAl ?? "—"}</dd>
            </div>
            <div>
              <dt className="text-sm font-medium text-slate-600">Waar is hulp bij nodig</dt>
              <dd className="whitespace-pre-line">{l.hulpNodig ?? "—"}</dd>
            </div>
          </dl>
          {kanBewerken ? (
            <Uitklap titel={`${LEEFGEBIED_LABELS[l.leefgebied]} bewerken`}>
              <LeefgebiedForm inburgeraarId={inburgeraarId} leefgebied={l.leefgebied} version={l.version} kanAl={l.kanAl} hulpNodig={l.hulpNodig} streefScore={l.streefScore} />
            </Uitklap>
          ) : null}
          <div>
            <h4 className="mb-2 font-semibold">Doelen</h4>
            {l.doelen.length === 0 ? <p className="text-slate-700">Nog geen doelen.</p> : null}
            <ul className="flex flex-col gap-3">
              {l.doelen.map((d) => (
                <DoelKaart key={d.id} d={d} kanBewerken={kanBewerken} inburgeraarId={inburgeraarId} socialeKaart={socialeKaart} />
              ))}
            </ul>
          </div>
          {kanBewerken && !l.isUitgezet ? (
            <Uitklap titel={`Doel toevoegen bij ${LEEFGEBIED_LABELS[l.leefgebied].toLowerCase()}`}>
              <DoelToevoegenForm inburgeraarId={inburgeraarId} leefgebied={l.leefgebied} />
            </Uitklap>
          ) : null}
        </div>
      </details>
    </section>
  );
}

function DoelKaart({ d, kanBewerken, inburgeraarId, socialeKaart }: { d: DoelRij; kanBewerken: boolean; inburgeraarId: string; socialeKaart: KaartKeuze[] }) {
  const huiswerk = d.acties.filter((a) => a.isHuiswerk);
  const acties = d.acties.filter((a) => !a.isHuiswerk);
  return (
    <li className="rounded-md border border-slate-200 p-3">
      <p className="flex flex-wrap items-center gap-2">
        <span className="font-semibold">{d.omschrijving}</span>
        <Badge tone={DOEL_TOON[d.status]}>{DOEL_STATUS_LABELS[d.status]}</Badge>
      </p>
      {d.streefdatum ? <p className="text-sm text-slate-700">Streefdatum {formatKalenderdatum(d.streefdatum)}</p> : null}
      {d.evaluatie ? <p className="mt-1 text-slate-700">{d.evaluatie}</p> : null}
      <ActieLijst titel="Wie doet wat" acties={acties} kanAfvinken={kanBewerken} />
      <ActieLijst titel="Huiswerk" acties={huiswerk} kanAfvinken={kanBewerken} />
      {d.contacten.length > 0 ? (
        <div className="mt-2">
          <p className="text-sm font-medium text-slate-600">Contacten over dit doel</p>
          <ul className="text-sm">
            {d.contacten.map((c) => (
              <li key={c.id}>
                <Link href={paden.dossierTab(inburgeraarId, "afspraken")} className="text-merk-700 underline">
                  {formatDatumTijd(c.start)}
                </Link>{" "}
                ({AFSPRAAK_TYPE_LABELS[c.type].toLowerCase()})
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {kanBewerken ? (
        <div className="mt-2 flex flex-col gap-2">
          <Uitklap titel="Actie of huiswerk toevoegen">
            <ActieToevoegenForm doelId={d.id} socialeKaart={socialeKaart} />
          </Uitklap>
          <Uitklap titel="Doel bijwerken">
            <DoelBewerkenForm doelId={d.id} version={d.version} omschrijving={d.omschrijving} status={d.status} streefdatum={d.streefdatum} evaluatie={d.evaluatie} />
          </Uitklap>
        </div>
      ) : null}
    </li>
  );
}

function ActieLijst({ titel, acties, kanAfvinken }: { titel: string; acties: ActieRij[]; kanAfvinken: boolean }) {
  if (acties.length === 0) return null;
  return (
    <div className="mt-2">
      <p className="text-sm font-medium text-slate-600">{titel}</p>
      <ul>
        {acties.map((a) => (
          <li key={a.id}>
            <ActieRegel a={a} kanAfvinken={kanAfvinken} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function actieTekst(a: Pick<ActieRij, "omschrijving" | "voor" | "organisatie" | "isHuiswerk" | "deadline">) {
  const wie = a.isHuiswerk ? "" : `${a.voor === "ORGANISATIE" && a.organisatie ? a.organisatie : ACTIE_VOOR_KORT[a.voor]}: `;
  return `${wie}${a.omschrijving}${a.deadline ? ` (vóór ${formatKalenderdatum(a.deadline)})` : ""}`;
}

function ActieRegel({ a, kanAfvinken }: { a: ActieRij; kanAfvinken: boolean }) {
  const tekst = actieTekst(a);
  if (kanAfvinken) return <ActieVinkje actieId={a.id} version={a.version} afgerond={a.afgerondOp !== null} label={tekst} />;
  return <p className={`min-h-8 py-1 ${a.afgerondOp ? "text-slate-600 line-through" : ""}`}>{a.afgerondOp ? `Gedaan: ${tekst}` : tekst}</p>;
}

function Uitklap({ titel, children }: { titel: string; children: ReactNode }) {
  return (
    <details className="rounded-md border border-slate-200">
      <summary className="flex min-h-11 cursor-pointer items-center px-3 font-medium text-merk-700">{titel}</summary>
      <div className="p-3">{children}</div>
    </details>
  );
}

/** What a vrijwilliger sees of the plan: the acties for the maatje and the huiswerk, nothing else. */
export function MaatjeTaken({ taken, voornaam }: { taken: MaatjeTaak[]; voornaam: string }) {
  const voorMaatje = taken.filter((t) => t.voor === "MAATJE");
  const huiswerk = taken.filter((t) => t.isHuiswerk);
  return (
    <div className="flex flex-col gap-6">
      <Card>
        <h2 className="mb-2 text-lg font-semibold">Voor jou als maatje</h2>
        {voorMaatje.length === 0 ? <p className="text-slate-700">Er staat nu niets voor jou in het plan.</p> : <TakenLijst taken={voorMaatje} />}
      </Card>
      <Card>
        <h2 className="mb-2 text-lg font-semibold">Huiswerk van {voornaam}</h2>
        <p className="mb-2 text-slate-700">Help je maatje hiermee als dat nodig is. Vink af wat klaar is.</p>
        {huiswerk.length === 0 ? <p className="text-slate-700">Geen huiswerk op dit moment.</p> : <TakenLijst taken={huiswerk} />}
      </Card>
    </div>
  );
}

function TakenLijst({ taken }: { taken: MaatjeTaak[] }) {
  return (
    <ul className="flex flex-col gap-1">
      {taken.map((t) => (
        <li key={t.id}>
          <ActieVinkje
            actieId={t.id}
            version={t.version}
            afgerond={t.afgerondOp !== null}
            label={`${t.omschrijving}${t.deadline ? ` (vóór ${formatKalenderdatum(t.deadline)})` : ""} · ${LEEFGEBIED_LABELS[t.leefgebied]}`}
          />
        </li>
      ))}
    </ul>
  );
}
