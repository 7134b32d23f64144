import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { Stap1Form, Stap2Form, Stap3Form, Stap4Form, Stap5Form } from "@/components/signaal/meldcode-forms";
import { ActieForm, DeelForm, PakOpForm, StatusForm } from "@/components/signaal/opvolg-forms";
import { SignaalBadges } from "@/components/signaal/signaal-badges";
import { Card, EmptyState } from "@/components/ui/card";
import { ofNietGevonden } from "@/lib/auth/pagina";
import { requireUser } from "@/lib/auth/session";
import { paden } from "@/lib/routes";
import { AFWEGING_VRAGEN, CATEGORIE_LABELS, CONCLUSIE_LABELS, MELDCODE_STAPPEN } from "@/lib/signaal/labels";
import { getSignaal, type MeldcodeDetail } from "@/lib/signaal/queries";
import { volgendeStap } from "@/lib/signaal/rules";
import { formatDatum, formatKalenderdatum, plusDagen, vandaag } from "@/lib/tijd";

export const metadata: Metadata = { title: "Signaal" };

/** One signal: what was reported, the follow-up, sharing, and for huiselijk geweld the Meldcode's five steps. */
export default async function SignaalPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("signaal:opvolgen");
  const { id } = await params;
  const s = await ofNietGevonden(getSignaal(user, id));
  const open = s.status !== "AFGESLOTEN";
  const dag = vandaag();
  const m = s.traject;
  const volgende = s.meldcode ? volgendeStap(m) : null;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <header>
        <p>
          <Link href={paden.dossierSignalen(s.inburgeraar.id)} className="text-merk-700 underline underline-offset-2">
            Signalen van {s.inburgeraar.naam}
          </Link>
        </p>
        <h1 className="mt-1 text-2xl font-semibold text-slate-900">{CATEGORIE_LABELS[s.categorie]}</h1>
        <div className="mt-2">
          <SignaalBadges ernst={s.ernst} status={s.status} meldcode={s.meldcode} />
        </div>
      </header>

      <Card>
        <h2 className="text-lg font-semibold">Wat er gemeld is</h2>
        <p className="mt-2 whitespace-pre-line">{s.omschrijving}</p>
        <p className="mt-2 text-sm text-slate-700">
          Gemeld door {s.gemeldDoor} op {formatDatum(s.gemeldOp)}.
          {s.opgepaktDoor ? ` Opgepakt door ${s.opgepaktDoor}${s.opgepaktOp ? ` op ${formatDatum(s.opgepaktOp)}` : ""}.` : " Nog niet opgepakt."}
          {s.doorverwezenNaar ? ` Doorverwezen naar ${s.doorverwezenNaar}.` : ""}
          {s.afgeslotenOp ? ` Afgesloten op ${formatDatum(s.afgeslotenOp)}.` : ""}
        </p>
        {s.status === "OPEN" ? (
          <div className="mt-4">
            <PakOpForm signaalId={s.id} version={s.version} />
          </div>
        ) : null}
      </Card>

      {s.meldcode && s.kanMeldcode ? (
        <Card>
          <h2 className="text-lg font-semibold">Meldcode huiselijk geweld en kindermishandeling</h2>
          <ol className="mt-3 flex flex-col gap-4">
            {MELDCODE_STAPPEN.map((naam, i) => {
              const stap = (i + 1) as 1 | 2 | 3 | 4 | 5;
              const klaar = stapKlaar(m, stap);
              return (
                <li key={naam} className="rounded-md border border-slate-200 p-3" aria-label={`Stap ${stap}: ${naam}`}>
                  <h3 className="font-semibold">
                    Stap {stap}. {naam} {klaar ? <span className="font-normal text-green-800">— vastgelegd op {formatDatum(klaar)}</span> : null}
                  </h3>
                  {m && klaar ? <StapInhoud m={m} stap={stap} /> : null}
                  {open && volgende === stap ? (
                    <div className="mt-3">
                      {stap === 1 ? <Stap1Form signaalId={s.id} version={m?.version ?? 0} vandaag={dag} /> : null}
                      {stap === 2 ? <Stap2Form signaalId={s.id} version={m?.version ?? 0} vandaag={dag} /> : null}
                      {stap === 3 ? <Stap3Form signaalId={s.id} version={m?.version ?? 0} vandaag={dag} /> : null}
                      {stap === 4 ? <Stap4Form signaalId={s.id} version={m?.version ?? 0} /> : null}
                      {stap === 5 ? (
                        <Stap5Form signaalId={s.id} version={m?.version ?? 0} vandaag={dag} meldenVerplicht={m?.conclusie === "MELDEN"} standaardOpvolg={plusDagen(dag, 14)} />
                      ) : null}
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ol>
        </Card>
      ) : null}

      <Card>
        <h2 className="text-lg font-semibold">Acties en herinneringen</h2>
        {s.acties.length === 0 ? (
          <EmptyState>Nog geen acties.</EmptyState>
        ) : (
          <ul className="mt-2 flex flex-col gap-2">
            {s.acties.map((a) => (
              <li key={a.id} className="rounded-md border border-slate-200 p-3">
                <p>{a.omschrijving}</p>
                <p className="text-sm text-slate-700">
                  {formatKalenderdatum(a.datum)} · {a.door}
                  {a.opvolgOp ? ` · herinnering ${formatKalenderdatum(a.opvolgOp)}` : ""}
                </p>
              </li>
            ))}
          </ul>
        )}
        {open ? (
          <div className="mt-4">
            <ActieForm signaalId={s.id} vandaag={dag} />
          </div>
        ) : null}
      </Card>

      {open && s.status !== "OPEN" ? (
        <Card>
          <h2 className="text-lg font-semibold">Doorverwijzen of afsluiten</h2>
          <div className="mt-3">
            <StatusForm signaalId={s.id} version={s.version} kanDoorverwijzen={s.status !== "DOORVERWEZEN"} />
          </div>
        </Card>
      ) : null}

      {s.kanDelen ? (
        <Card>
          <h2 className="text-lg font-semibold">Delen met de consulent</h2>
          {s.gedeeld ? (
            <p className="mt-2">
              Gedeeld{s.gedeeld.op ? ` op ${formatDatum(s.gedeeld.op)}` : ""}
              {s.gedeeld.grond === "VEILIGHEID" ? ` op grond van veiligheid (Meldcode). Reden: ${s.gedeeld.reden ?? ""}` : " met toestemming."}
            </p>
          ) : (
            <div className="mt-3">
              <DeelForm signaalId={s.id} version={s.version} metToestemming={s.toestemmingSignalen} veiligheidMogelijk={m?.conclusie === "MELDEN"} />
            </div>
          )}
        </Card>
      ) : null}
    </div>
  );
}

function stapKlaar(m: MeldcodeDetail | null, stap: 1 | 2 | 3 | 4 | 5): Date | null {
  if (!m) return null;
  return [m.stap1Op, m.stap2Op, m.stap3Op, m.stap4Op, m.stap5Op][stap - 1] ?? null;
}

function StapInhoud({ m, stap }: { m: MeldcodeDetail; stap: 1 | 2 | 3 | 4 | 5 }) {
  const d = (k: string | null) => (k ? formatKalenderdatum(k) : "");
  switch (stap) {
    case 1:
      return (
        <dl className="mt-2 grid gap-1 text-slate-800">
          <dt className="font-medium">Feiten ({d(m.feitenDatum)})</dt>
          <dd className="whitespace-pre-line">{m.feiten}</dd>
          {m.interpretatie ? (
            <>
              <dt className="font-medium">Uitleg</dt>
              <dd className="whitespace-pre-line">{m.interpretatie}</dd>
            </>
          ) : null}
        </dl>
      );
    case 2:
      return (
        <p className="mt-2 whitespace-pre-line text-slate-800">
          Overlegd met {m.overlegMet} op {d(m.overlegDatum)}
          {m.veiligThuisGeraadpleegd ? ", ook met Veilig Thuis" : ""}. Advies: {m.advies}
        </p>
      );
    case 3:
      return (
        <p className="mt-2 whitespace-pre-line text-slate-800">
          {m.gesprekGevoerd ? `Gesprek gevoerd op ${d(m.gesprekDatum)}: ` : "Geen gesprek: niet veilig. "}
          {m.gesprekToelichting}
        </p>
      );
    case 4:
      return (
        <div className="mt-2 text-slate-800">
          <ol className="list-decimal pl-5">
            {AFWEGING_VRAGEN.map((v, i) => (
              <li key={v}>
                {v} <strong>{m.antwoorden?.[i] === "ja" ? "Ja" : "Nee"}</strong>
                {m.toelichtingen?.[i] ? ` — ${m.toelichtingen[i]}` : ""}
              </li>
            ))}
          </ol>
          {m.conclusie ? <p className="mt-2 font-semibold">Conclusie (ligt vast): {CONCLUSIE_LABELS[m.conclusie]}</p> : null}
        </div>
      );
    case 5:
      return (
        <div className="mt-2 text-slate-800">
          {m.hulpGeorganiseerd ? <p>Hulp georganiseerd: {m.hulpOmschrijving}</p> : null}
          {m.gemeld ? (
            <p>
              Gemeld bij Veilig Thuis op {d(m.meldDatum)}, kenmerk {m.meldReferentie}. Reden: {m.meldReden}
            </p>
          ) : null}
        </div>
      );
  }
}
