import { Badge, Card } from "@/components/ui/card";
import type { ChecklistSectie } from "@/lib/opstart/queries";
import { CHECKLIST_CATEGORIE_LABELS, CHECKLIST_STATUS_LABELS } from "@/lib/opstart/rules";
import { formatDatumTijd, formatKalenderdatum } from "@/lib/tijd";
import { ChecklistItemForm } from "./checklist-item-form";
import { ChecklistStatusTik } from "./checklist-status-tik";
import { ChecklistVouw } from "./checklist-vouw";
import { StabieleVolgorde } from "./stabiele-volgorde";

const STATUS_TONES = { OPEN: "neutraal", BEZIG: "let_op", GEREGELD: "goed", NVT: "neutraal" } as const;

const isAfgehandeld = (status: string) => status === "GEREGELD" || status === "NVT";

/** Within a category: late first, then what is still open, then what is done; by deadline, then the template's order. */
function volgorde<T extends { isTeLaat: boolean; status: string; deadline: string | null }>(items: readonly T[]): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort(
      (a, b) =>
        Number(b.item.isTeLaat) - Number(a.item.isTeLaat) ||
        Number(isAfgehandeld(a.item.status)) - Number(isAfgehandeld(b.item.status)) ||
        (a.item.deadline ?? "9999").localeCompare(b.item.deadline ?? "9999") ||
        a.i - b.i,
    )
    .map((x) => x.item);
}

/**
 * One category of the checklist: heading with progress, then its items, late
 * and open ones first. A finished category starts folded. A status saves when
 * tapped; date and note are behind "Datum en notitie".
 */
export function ChecklistSectieView({ sectie, magBijwerken }: { sectie: ChecklistSectie; magBijwerken: boolean }) {
  const { categorie, voortgang, items, aantalTeLaat } = sectie;
  const kopId = `sectie-${categorie}`;
  const label = CHECKLIST_CATEGORIE_LABELS[categorie];
  const afgerond = items.every((i) => isAfgehandeld(i.status));
  return (
    <Card>
      <section aria-labelledby={kopId}>
        <ChecklistVouw
          afgerond={afgerond}
          samenvatting={
            <>
              <h2 id={kopId} className="flex items-center gap-2 text-xl font-semibold">
                <span aria-hidden="true" className="inline-block text-base transition-transform group-open:rotate-90">
                  ▸
                </span>
                {label}
              </h2>
              <p className="flex flex-wrap items-center gap-2 text-slate-800">
                <span>
                  {voortgang.geregeld} van {voortgang.totaal} geregeld
                </span>
                {aantalTeLaat > 0 ? <Badge tone="fout">{aantalTeLaat} te laat</Badge> : null}
                {afgerond ? <Badge tone="goed">Klaar</Badge> : null}
              </p>
            </>
          }
        >
          <progress
            className="mt-2 h-2 w-full appearance-none overflow-hidden rounded-full bg-slate-200 [&::-moz-progress-bar]:bg-merk-700 [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-merk-700"
            value={voortgang.geregeld}
            max={Math.max(voortgang.totaal, 1)}
            aria-label={`Voortgang ${label}: ${voortgang.geregeld} van ${voortgang.totaal} geregeld`}
          />
          <ul className="mt-4 divide-y divide-slate-200">
            <StabieleVolgorde>
              {volgorde(items).map((item) => {
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
                    {magBijwerken ? (
                      <>
                        <ChecklistStatusTik item={item} />
                        <ChecklistItemForm item={item} titelId={titelId} />
                      </>
                    ) : null}
                  </li>
                );
              })}
            </StabieleVolgorde>
          </ul>
        </ChecklistVouw>
      </section>
    </Card>
  );
}
