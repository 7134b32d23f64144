import { Badge } from "@/components/ui/card";
import type { Leefgebied } from "@/lib/db/generated/enums";
import { LEEFGEBIED_LABELS, LEEFGEBIED_VOLGORDE } from "@/lib/inburgeraar/labels";
import { ACTIE_VOOR_KORT, DOEL_STATUS_LABELS } from "@/lib/plan/labels";
import { vergelijkInhoud, type LeefgebiedInhoud, type PlanInhoud } from "@/lib/plan/rules";
import { formatKalenderdatum } from "@/lib/tijd";

/** Two versions of a plan side by side (stacked on a phone), per leefgebied, with what changed marked. */
export function VersieVergelijking({ links, rechts }: { links: { label: string; inhoud: PlanInhoud }; rechts: { label: string; inhoud: PlanInhoud } }) {
  const v = vergelijkInhoud(links.inhoud, rechts.inhoud, LEEFGEBIED_VOLGORDE);
  const focus = (f: Leefgebied | null) => (f ? LEEFGEBIED_LABELS[f] : "geen");
  return (
    <div className="flex flex-col gap-4">
      <Rij titel="Focus" gewijzigd={v.focusGewijzigd} links={<p>{focus(links.inhoud.focus)}</p>} rechts={<p>{focus(rechts.inhoud.focus)}</p>} labels={[links.label, rechts.label]} />
      {v.rijen.map((r) => (
        <Rij
          key={r.leefgebied}
          titel={LEEFGEBIED_LABELS[r.leefgebied]}
          gewijzigd={r.isGewijzigd}
          links={<Inhoud l={r.links} />}
          rechts={<Inhoud l={r.rechts} />}
          labels={[links.label, rechts.label]}
        />
      ))}
    </div>
  );
}

function Rij({ titel, gewijzigd, links, rechts, labels }: { titel: string; gewijzigd: boolean; links: React.ReactNode; rechts: React.ReactNode; labels: [string, string] }) {
  return (
    <section className={`rounded-lg border bg-white p-4 shadow-sm ${gewijzigd ? "border-amber-500" : "border-slate-200"}`} aria-label={titel}>
      <h3 className="mb-2 flex flex-wrap items-center gap-2 text-lg font-semibold">
        {titel} {gewijzigd ? <Badge tone="let_op">Gewijzigd</Badge> : <Badge>Hetzelfde</Badge>}
      </h3>
      <div className="grid gap-4 md:grid-cols-2">
        <div>
          <p className="mb-1 text-sm font-medium text-slate-600">{labels[0]}</p>
          {links}
        </div>
        <div className="border-t border-slate-200 pt-3 md:border-t-0 md:border-l md:pt-0 md:pl-4">
          <p className="mb-1 text-sm font-medium text-slate-600">{labels[1]}</p>
          {rechts}
        </div>
      </div>
    </section>
  );
}

function Inhoud({ l }: { l: LeefgebiedInhoud | null }) {
  if (!l) return <p className="text-slate-600">Niets</p>;
  return (
    <div className="flex flex-col gap-1">
      {l.kanAl ? <p>Gaat goed: {l.kanAl}</p> : null}
      {l.hulpNodig ? <p>Hulp nodig: {l.hulpNodig}</p> : null}
      {l.streefScore ? <p>Streefscore: {l.streefScore}</p> : null}
      <ul className="mt-1 flex flex-col gap-2">
        {l.doelen.map((d) => (
          <li key={d.id}>
            <p className="font-medium">
              {d.omschrijving} <span className="font-normal text-slate-700">({DOEL_STATUS_LABELS[d.status].toLowerCase()}{d.streefdatum ? `, ${formatKalenderdatum(d.streefdatum)}` : ""})</span>
            </p>
            <ul className="list-disc pl-5">
              {d.acties.map((a) => (
                <li key={a.id} className={a.afgerond ? "line-through" : undefined}>
                  {a.isHuiswerk ? "Huiswerk" : a.voor === "ORGANISATIE" && a.organisatie ? a.organisatie : ACTIE_VOOR_KORT[a.voor]}: {a.omschrijving}
                  {a.afgerond ? " (gedaan)" : ""}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
