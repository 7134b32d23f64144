import { Badge, Card } from "@/components/ui/card";
import type { ChecklistSectie } from "@/lib/opstart/queries";
import { CHECKLIST_CATEGORIE_LABELS, CHECKLIST_STATUS_LABELS } from "@/lib/opstart/rules";
import { formatDatumTijd, formatKalenderdatum } from "@/lib/tijd";
import { ChecklistItemForm } from "./checklist-item-form";

const STATUS_TONES = { OPEN: "neutraal", BEZIG: "let_op", GEREGELD: "goed", NVT: "neutraal" } as const;

/** One category of the checklist: heading with progress, then its items. */
export function ChecklistSectieView({ sectie, magBijwerken }: { sectie: ChecklistSectie; magBijwerken: boolean }) {
  const { categorie, voortgang, items, aantalTeLaat } = sectie;
  const kopId = `sectie-${categorie}`;
  const label = CHECKLIST_CATEGORIE_LABELS[categorie];
  return (
    <Card>
      <section aria-labelledby={kopId}>
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id={kopId} className="text-xl font-semibold">
            {label}
          </h2>
          <p className="flex flex-wrap items-center gap-2 text-slate-800">
            <span>
              {voortgang.geregeld} van {voortgang.totaal} geregeld
            </span>
            {aantalTeLaat > 0 ? <Badge tone="fout">{aantalTeLaat} te laat</Badge> : null}
          </p>
        </div>
        <progress
          className="mt-2 h-2 w-full appearance-none overflow-hidden rounded-full bg-slate-200 [&::-moz-progress-bar]:bg-merk-700 [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-merk-700"
          value={voortgang.geregeld}
          max={Math.max(voortgang.totaal, 1)}
          aria-label={`Voortgang ${label}: ${voortgang.geregeld} van ${voortgang.totaal} geregeld`}
        />
        <ul className="mt-4 divide-y divide-slate-200">
          {items.map((item) => {
            const titelId = `item-${item.id}-titel`;
            const ook = item.categorieen.slice(1).map((c) => CHECKLIST_CATEGORIE_LABELS[c].toLowerCase());
            return (
              <li key={item.id} className="py-4 first:pt-0 last:pb-0">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <h3 id={titelId} className="font-semibold text-slate-900">
                    {item.titel}
                  </h3>
                  {!magBijwerken ? <Badge tone={STATUS_TONES[item.status]}>{CHECKLIST_STATUS_LABELS[item.status]}</Badge> : null}
                </div>
                <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700">
                  <span>{item.verplicht ? "Verplicht" : "Niet verplicht"}</span>
                  {ook.length > 0 ? <span>Hoort ook bij {ook.join(" en ")}</span> : null}
                  {item.deadline ? (
                    <span className={item.isTeLaat ? "font-semibold text-red-800" : undefined}>uiterlijk {formatKalenderdatum(item.deadline)}</span>
                  ) : null}
                  {item.isTeLaat ? <Badge tone="fout">te laat</Badge> : null}
                  {item.datum ? <span>Datum: {formatKalenderdatum(item.datum)}</span> : null}
                </p>
                {item.notitie ? <p className="mt-1 text-sm whitespace-pre-line text-slate-800">Notitie: {item.notitie}</p> : null}
                {item.gewijzigdDoor && item.gewijzigdOp ? (
                  <p className="mt-1 text-sm text-slate-600">
                    Gewijzigd door {item.gewijzigdDoor}, {formatDatumTijd(item.gewijzigdOp)}
                    {item.viaAfspraak ? " (tijdens een afspraak)" : ""}
                  </p>
                ) : null}
                {magBijwerken ? <ChecklistItemForm item={item} titelId={titelId} /> : null}
              </li>
            );
          })}
        </ul>
      </section>
    </Card>
  );
}
