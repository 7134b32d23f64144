import type { Metadata } from "next";
import { IntrekForm } from "@/components/toestemming/intrek-form";
import { ToestemmingForm } from "@/components/toestemming/toestemming-form";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { ofNietGevonden } from "@/lib/auth/pagina";
import { requireUser } from "@/lib/auth/session";
import { paden } from "@/lib/routes";
import { getToestemmingen } from "@/lib/toestemming/queries";
import { ONDERWERP_LABELS, ontvangerOmschrijving, STAAT_LABELS, WIJZE_LABELS } from "@/lib/toestemming/labels";
import { formatKalenderdatum, vandaag } from "@/lib/tijd";

export const metadata: Metadata = { title: "Toestemming" };

const STAAT_TOON = { geldig: "goed", "nog-niet": "info", verlopen: "neutraal", ingetrokken: "neutraal", "intrekking-gepland": "let_op" } as const;

export default async function ToestemmingPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("toestemming:vastleggen");
  const { id } = await params;
  const t = await ofNietGevonden(getToestemmingen(user, id));
  const intrekbaar = t.rijen.filter((r) => r.intrekbaar);
  const consulentNu = Object.entries(t.consulentZietNu).filter(([, v]) => v === "ja").map(([d]) => t.deelRegels.find((r) => r.deel === d)!.uitleg);

  return (
    <div className="flex flex-col gap-6">
      <Card>
        <h2 className="text-lg font-semibold">Wat de consulent nu ziet</h2>
        {consulentNu.length ? (
          <ul className="mt-2 list-disc pl-5">
            {consulentNu.map((u) => (
              <li key={u}>{u}</li>
            ))}
          </ul>
        ) : (
          <p className="mt-2">Alleen naam, gemeente, fase en de eigen datums van de gemeente. {t.voornaam} gaf (nog) geen toestemming om meer te delen.</p>
        )}
      </Card>

      <Card>
        <h2 className="mb-3 text-lg font-semibold">Vastgelegde toestemmingen</h2>
        {t.rijen.length === 0 ? (
          <EmptyState>Nog geen toestemming vastgelegd.</EmptyState>
        ) : (
          <ul className="flex flex-col gap-2">
            {t.rijen.map((r) => (
              <li key={r.id} className="rounded-md border border-slate-200 p-3">
                <p className="flex flex-wrap items-center gap-2">
                  <Badge tone={STAAT_TOON[r.staat]}>{STAAT_LABELS[r.staat]}</Badge>
                  <span className="font-medium">{ONDERWERP_LABELS[r.onderwerp]}</span>
                  <span>met {ontvangerOmschrijving(r.ontvanger, r.ontvangerNaam)}</span>
                </p>
                <p className="mt-1 text-sm text-slate-700">
                  Gegeven op {formatKalenderdatum(r.gegevenOp)}
                  {r.wijze ? ` (${WIJZE_LABELS[r.wijze].toLowerCase()}${r.tolkTaal ? `, ${r.tolkTaal}` : ""})` : ""}
                  {r.geldigTot ? `, geldig tot en met ${formatKalenderdatum(r.geldigTot)}` : ""}
                  {r.ingetrokkenOp ? `, ingetrokken vanaf ${formatKalenderdatum(r.ingetrokkenOp)}` : ""}. Vastgelegd door {r.vastgelegdDoor}.
                  {r.scanId ? (
                    <>
                      {" "}
                      <a href={paden.scan(r.scanId)} className="text-merk-700 underline">
                        Scan openen
                      </a>
                    </>
                  ) : null}
                </p>
                {r.intrekReden ? <p className="mt-1 text-sm">Reden: {r.intrekReden}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </Card>

      {t.rijen.length ? (
        <Card>
          <h2 className="mb-3 text-lg font-semibold">Toestemming intrekken</h2>
          <IntrekForm
            inburgeraarId={t.id}
            vandaag={vandaag()}
            opties={intrekbaar.map((r) => ({ id: r.id, label: `${ONDERWERP_LABELS[r.onderwerp]} — ${ontvangerOmschrijving(r.ontvanger, r.ontvangerNaam)}` }))}
          />
        </Card>
      ) : null}

      <Card>
        <h2 className="mb-1 text-lg font-semibold">Nieuwe toestemming vastleggen</h2>
        <p className="mb-4 text-slate-700">Vraag het de persoon zelf, met een tolk als dat nodig is. Nee zeggen mag altijd; de begeleiding gaat gewoon door.</p>
        <ToestemmingForm
          inburgeraarId={t.id}
          voornaam={t.voornaam}
          gemeente={t.gemeente}
          vandaag={vandaag()}
          socialeKaart={t.socialeKaart}
          deelRegels={t.deelRegels}
          alGeldig={Object.entries(t.consulentZietNu)
            .filter(([, v]) => v === "ja")
            .map(([d]) => t.deelRegels.find((r) => r.deel === d)!.onderwerp!)
            .filter((o, i, a) => a.indexOf(o) === i)}
        />
      </Card>
    </div>
  );
}
