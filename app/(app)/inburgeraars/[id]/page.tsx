import type { Metadata } from "next";
import type { ReactNode } from "react";
import { BsnTonen } from "@/components/inburgeraar/bsn-tonen";
import { FaseActies } from "@/components/inburgeraar/fase-acties";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { VerlengingAanvraagForm } from "@/components/verlenging/aanvraag-form";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { ofNietGevonden } from "@/lib/auth/pagina";
import { paden } from "@/lib/routes";
import { beoordeelFaseWijziging, faseActiesVanuit } from "@/lib/inburgeraar/fase-rules";
import { DOELGROEP_LABELS, HUISHOUD_RELATIE_LABELS, VERBLIJFSVERGUNNING_LABELS } from "@/lib/inburgeraar/labels";
import { laadDossierOverzicht } from "@/lib/pagina/dossier";
import { bepaalRechtOpBegeleiding } from "@/lib/inburgeraar/rules";
import { kanOpstartfaseAfsluiten } from "@/lib/opstart/rules";
import { dateKolomNaarKalenderdatum, formatDatum, formatDatumTijd, formatKalenderdatum, naarKalenderdatum, vandaag } from "@/lib/tijd";
import { OverdrachtLijst } from "@/components/overdracht/overdracht-lijst";
import { InburgeringDatumsForm } from "@/components/tijdige-start/datums-form";
import { LEERROUTE_LABELS } from "@/lib/toestemming/labels";
import { beoordeelTijdigeStart, tijdigeStartZin } from "@/lib/tijdige-start/rules";

export const metadata: Metadata = { title: "Dossier" };

const VERLENGING_STATUS = {
  AANGEVRAAGD: { label: "Aangevraagd", tone: "let_op" },
  GOEDGEKEURD: { label: "Goedgekeurd", tone: "goed" },
  AFGEWEZEN: { label: "Afgewezen", tone: "fout" },
} as const;

const datum = (d: Date | null) => (d ? formatKalenderdatum(d) : "—");

export default async function DossierOverzichtPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("inburgeraar:lezen");
  const { id } = await params;
  const { d, voorMij } = await ofNietGevonden(laadDossierOverzicht(user, id));
  const z = d.zicht;
  const faseActie = can(user, "inburgeraar:fase-wijzigen") ? faseActiesVanuit(d.fase)[0] : undefined;
  const openVerplicht = kanOpstartfaseAfsluiten(d.checklist).open.length;
  let geblokkeerd: string | null = null;
  if (faseActie === "AFSLUITEN") {
    const oordeel = beoordeelFaseWijziging(faseActie, { fase: d.fase, checklist: d.checklist, heeftEindgesprek: d.heeftEindgesprek });
    if (!oordeel.mag) geblokkeerd = oordeel.reden;
  }
  const openVerlenging = d.verlengingen.some((v) => v.status === "AANGEVRAAGD");
  const adres = [d.straat && `${d.straat} ${d.huisnummer ?? ""}`.trim(), [d.postcode, d.woonplaats].filter(Boolean).join(" ")].filter(Boolean).join(", ");
  const recht = d.verblijfsvergunning ? bepaalRechtOpBegeleiding(d.verblijfsvergunning) : null;
  const nietGedeeld = !z.persoon && !z.contact && !z.traject;
  const kd = (x: Date | null | undefined) => (x ? dateKolomNaarKalenderdatum(x) : null);
  const tijdigeStart = z.inburgering
    ? beoordeelTijdigeStart(
        {
          brpInschrijvingDatum: kd(d.brpInschrijvingDatum),
          bredeIntakeDatum: kd(d.bredeIntakeDatum),
          startLeerrouteDatum: kd(d.startLeerrouteDatum),
          eersteLesDatum: kd(d.eersteLesDatum),
          opstartEinde: d.opstartAfgeslotenOp ? naarKalenderdatum(d.opstartAfgeslotenOp) : null,
          opstartBegonnen: d.fase !== "AANGEMELD",
        },
        vandaag(),
      )
    : null;

  const kanLoggen = can(user, "afspraak:loggen") && z.afspraken;
  const telefoon = z.contact && d.telefoon ? d.telefoon : null;

  return (
    <div className="flex flex-col gap-6">
      {kanLoggen || telefoon ? (
        <nav aria-label="Snel naar" className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap">
          {kanLoggen ? (
            <ButtonLink href={paden.contactVastleggen(d.id)} className="col-span-2">
              Contact vastleggen
            </ButtonLink>
          ) : null}
          {kanLoggen && can(user, "afspraak:plannen") ? (
            <ButtonLink href={paden.afspraakPlannen(d.id)} variant="secundair">
              Afspraak plannen
            </ButtonLink>
          ) : null}
          {telefoon ? (
            <a href={`tel:${telefoon.replace(/[^+\d]/g, "")}`} className={buttonClass("secundair")}>
              <span aria-hidden="true">☎</span> Bellen<span className="sr-only"> naar {telefoon}</span>
            </a>
          ) : null}
        </nav>
      ) : null}

      {voorMij.length ? (
        <Card className="border-amber-300 bg-amber-50">
          <h2 className="mb-2 text-lg font-semibold">Overdracht voor jou</h2>
          <OverdrachtLijst items={voorMij} leeg="" metPersoon={false} />
        </Card>
      ) : null}

      {d.fase === "AFRONDING" && can(user, "overdracht:maken") ? (
        <Card>
          <h2 className="mb-2 text-lg font-semibold">Eindoverdracht</h2>
          {d.eindoverdrachtVerstuurdOp ? (
            <p>De eindoverdracht naar de consulent is verstuurd op {formatDatum(d.eindoverdrachtVerstuurdOp)}.</p>
          ) : (
            <>
              <p className="mb-3">Bij de afronding hoort een schriftelijke overdracht naar de consulent van de gemeente. De tekst staat al klaar uit het dossier.</p>
              <ButtonLink href={`${paden.dossierTab(d.id, "overdracht")}?type=CONSULENT`}>Eindoverdracht maken</ButtonLink>
            </>
          )}
        </Card>
      ) : null}

      {faseActie ? (
        <Card>
          <h2 className="mb-2 text-lg font-semibold">Volgende stap</h2>
          <FaseActies inburgeraarId={d.id} version={d.version} actie={faseActie} openVerplicht={openVerplicht} geblokkeerd={geblokkeerd} />
        </Card>
      ) : null}

      {nietGedeeld ? (
        <EmptyState>
          De inburgeraar heeft (nog) geen toestemming gegeven om meer van dit dossier met de gemeente te delen.
          {z.rapportages ? null : " Rapportages en de eindoverdracht zie je ook pas met toestemming."}
        </EmptyState>
      ) : null}

      {z.persoon || z.identiteit || z.contact ? (
        <Card>
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
            <h2 className="text-lg font-semibold">Persoonsgegevens</h2>
            {can(user, "inburgeraar:bewerken") ? (
              <ButtonLink href={paden.dossierTab(d.id, "gegevens")} variant="secundair">
                Gegevens wijzigen
              </ButtonLink>
            ) : null}
          </div>
          <Gegevens>
            {z.persoon ? <Rij term="Geboortedatum">{datum(d.geboortedatum ?? null)}</Rij> : null}
            {z.bsn ? (
              <Rij term="BSN">{d.bsnEinde ? <BsnTonen inburgeraarId={d.id} einde={d.bsnEinde} /> : "—"}</Rij>
            ) : null}
            {z.identiteit ? <Rij term="V-nummer">{d.vNummer ?? "—"}</Rij> : null}
            {z.persoon ? (
              <>
                <Rij term="Land van herkomst">{d.landVanHerkomst ?? "—"}</Rij>
                <Rij term="Talen">{d.talen?.length ? d.talen.join(", ") : "—"}</Rij>
                <Rij term="Tolk">{d.tolkNodig ? `nodig${d.tolkTaal ? ` (${d.tolkTaal})` : ""}` : "niet nodig"}</Rij>
              </>
            ) : null}
            {z.contact ? (
              <>
                <Rij term="Telefoon">
                  {d.telefoon ? (
                    <a href={`tel:${d.telefoon.replace(/\s/g, "")}`} className="text-merk-700 underline">
                      {d.telefoon}
                    </a>
                  ) : (
                    "—"
                  )}
                </Rij>
                <Rij term="E-mail">{d.email ?? "—"}</Rij>
                <Rij term="Adres">{adres || "—"}</Rij>
              </>
            ) : null}
            {z.identiteit && d.verblijfsvergunning ? <Rij term="Verblijfsvergunning">{VERBLIJFSVERGUNNING_LABELS[d.verblijfsvergunning]}</Rij> : null}
            {z.identiteit ? <Rij term="Doelgroepen">{d.doelgroepen?.length ? d.doelgroepen.map((x) => DOELGROEP_LABELS[x]).join(", ") : "—"}</Rij> : null}
          </Gegevens>
          {recht ? <p className="mt-3 text-slate-700">{recht.reden}</p> : null}
          {d.redenZonderWettelijkRecht ? (
            <p className="mt-2">
              <span className="font-medium">Waarom toch begeleiding: </span>
              {d.redenZonderWettelijkRecht}
            </p>
          ) : null}
        </Card>
      ) : null}

      {z.traject ? (
        <Card>
          <h2 className="mb-3 text-lg font-semibold">Datums</h2>
          <Gegevens>
            <Rij term="Koppeling aan de gemeente">{datum(d.koppelingDatum ?? null)}</Rij>
            <Rij term="Woningtoewijzing">{datum(d.woningtoewijzingDatum ?? null)}</Rij>
            {z.financieel ? <Rij term="Start uitkering">{datum(d.uitkeringStartDatum ?? null)}</Rij> : null}
          </Gegevens>
          {d.opstartAfgeslotenOp ? (
            <p className="mt-3 text-slate-700">
              Opstartfase afgesloten op {formatDatum(d.opstartAfgeslotenOp)}
              {d.opstartAfsluitReden ? `, met open punten. Reden: ${d.opstartAfsluitReden}` : "."}
            </p>
          ) : null}
        </Card>
      ) : null}

      {z.inburgering ? (
        <Card>
          <h2 className="mb-3 text-lg font-semibold">Tijdige start</h2>
          <ol className="flex flex-col gap-1">
            <Stap label="Inschrijving in de BRP" datum={d.brpInschrijvingDatum ?? null} />
            <Stap label="Brede intake" datum={d.bredeIntakeDatum ?? null} />
            <Stap label="PIP vastgesteld" datum={d.pipVastgesteldDatum ?? null} />
            <Stap label={`Start leerroute${d.leerroute ? ` (${LEERROUTE_LABELS[d.leerroute]})` : ""}`} datum={d.startLeerrouteDatum ?? null} />
            <Stap label="Eerste les" datum={d.eersteLesDatum ?? null} />
          </ol>
          {tijdigeStart ? (
            <p className="mt-3" data-testid="tijdige-start">
              {z.traject ? tijdigeStartZin(tijdigeStart) : "Of de opstartfase op tijd aansloot, zie je alleen met toestemming voor de voortgang."}
              {tijdigeStart.bredeIntakeTeLaat ? (
                <span className="ml-2">
                  <Badge tone="fout">{tijdigeStart.bredeIntakeWachtDagen !== null ? `Brede intake wacht al ${tijdigeStart.bredeIntakeWachtDagen} dagen` : "Brede intake was laat"}</Badge>
                </span>
              ) : null}
            </p>
          ) : null}
          {can(user, "inburgering:datums-vastleggen") ? (
            <details className="mt-4">
              <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-merk-700 underline">Datums van de gemeente invullen</summary>
              <div className="mt-3">
                <InburgeringDatumsForm
                  inburgeraarId={d.id}
                  version={d.version}
                  waarden={{
                    bredeIntakeDatum: kd(d.bredeIntakeDatum) ?? "",
                    pipVastgesteldDatum: kd(d.pipVastgesteldDatum) ?? "",
                    leerroute: d.leerroute ?? "",
                    startLeerrouteDatum: kd(d.startLeerrouteDatum) ?? "",
                    eersteLesDatum: kd(d.eersteLesDatum) ?? "",
                  }}
                />
              </div>
            </details>
          ) : null}
        </Card>
      ) : null}

      {z.persoon ? (
      <Card>
        <h2 className="mb-3 text-lg font-semibold">Huishouden</h2>
        {d.huishouden.length === 0 ? (
          <p>Geen gezinsleden vastgelegd.</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {d.huishouden.map((h) => (
              <li key={h.id} className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{[h.voornaam, h.achternaam].filter(Boolean).join(" ")}</span>
                <span>{HUISHOUD_RELATIE_LABELS[h.relatie]}</span>
                {h.geboortedatum ? <span className="text-slate-700">geboren {formatKalenderdatum(h.geboortedatum)}</span> : null}
                {h.isNareiziger ? <Badge tone="info">Nareiziger{h.verwachteAankomst ? `, verwacht ${formatKalenderdatum(h.verwachteAankomst)}` : ""}</Badge> : null}
              </li>
            ))}
          </ul>
        )}
      </Card>
      ) : null}

      {z.financieel ? (
      <Card>
        <h2 className="mb-3 text-lg font-semibold">Verlengingen</h2>
        {d.verlengingen.length === 0 ? <p className="mb-3">Nog geen verlengingen.</p> : null}
        <ul className="mb-4 flex flex-col gap-3">
          {d.verlengingen.map((v) => (
            <li key={v.id} className="rounded-md border border-slate-200 p-3">
              <p className="flex flex-wrap items-center gap-2">
                <Badge tone={VERLENGING_STATUS[v.status].tone}>{VERLENGING_STATUS[v.status].label}</Badge>
                <span>
                  {v.maanden} {v.maanden === 1 ? "maand" : "maanden"}, aangevraagd door {v.aangevraagdDoor.naam} op {formatDatum(v.createdAt)}
                </span>
              </p>
              <p className="mt-1 whitespace-pre-line">{v.reden}</p>
              {v.beoordeeldOp ? (
                <p className="mt-1 text-slate-700">
                  Besluit door {v.beoordeeldDoor?.naam ?? "onbekend"} op {formatDatum(v.beoordeeldOp)}
                  {v.toelichting ? `: ${v.toelichting}` : ""}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
        {can(user, "verlenging:aanvragen") && d.fase !== "AFGESLOTEN" ? (
          openVerlenging ? (
            <p className="text-slate-700">Er loopt een aanvraag. De teamleider beslist erover.</p>
          ) : (
            <VerlengingAanvraagForm inburgeraarId={d.id} />
          )
        ) : null}
      </Card>
      ) : null}

      <Card>
        <h2 className="mb-3 text-lg font-semibold">Tijdlijn</h2>
        {d.tijdlijn.length === 0 ? (
          <p>Nog niets gebeurd.</p>
        ) : (
          <ol className="flex flex-col gap-3 border-l-2 border-slate-200 pl-4">
            {d.tijdlijn.map((t) => (
              <li key={t.id}>
                <p>{t.samenvatting}</p>
                <p className="text-sm text-slate-600">
                  {formatDatumTijd(t.op)}
                  {t.wie ? ` · ${t.wie}` : ""}
                </p>
              </li>
            ))}
          </ol>
        )}
      </Card>
    </div>
  );
}

function Gegevens({ children }: { children: ReactNode }) {
  return <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2">{children}</dl>;
}

function Rij({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-sm font-medium text-slate-600">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Stap({ label, datum: d }: { label: string; datum: Date | null }) {
  return (
    <li className="flex flex-wrap gap-2">
      <span aria-hidden="true">{d ? "✓" : "○"}</span>
      <span className="font-medium">{label}:</span>
      <span>{d ? formatKalenderdatum(d) : "nog niet"}</span>
    </li>
  );
}
