import { Badge } from "@/components/ui/card";
import { FaseBadge } from "@/components/ui/fase-badge";
import type { DossierHeader as Header } from "@/lib/inburgeraar/queries";
import type { Klok } from "@/lib/inburgeraar/klokken";
import { formatKalenderdatum } from "@/lib/tijd";

const KLOK_TOON = { OK: "neutraal", BINNENKORT: "let_op", VERLOPEN: "fout", HISTORIE: "neutraal" } as const;
const KLOK_WOORD = { OK: "", BINNENKORT: "Binnenkort: ", VERLOPEN: "Verlopen: ", HISTORIE: "Afgelopen: " } as const;
/** A clock long past (ONTZORGEN_NAWERKING_DAGEN) is shown as neutral history, not as an alarm. */
const weergave = (k: Klok) => (k.isHistorie ? "HISTORIE" : k.status);

function omschrijfHuishouden(hh: NonNullable<Header["huishouden"]>) {
  if (hh.leden === 0) return "Alleen";
  const overig = hh.leden - hh.partners - hh.kinderen;
  return (
    [hh.partners ? `${hh.partners} partner` : null, hh.kinderen ? `${hh.kinderen} ${hh.kinderen === 1 ? "kind" : "kinderen"}` : null, overig > 0 ? `${overig} overig` : null]
      .filter(Boolean)
      .join(", ") + (hh.nareizigers ? ` (${hh.nareizigers} nareiziger${hh.nareizigers === 1 ? "" : "s"})` : "")
  );
}

/** The dossier's header: only what the query loaded for this user (lib/authz/zicht decides). */
export function DossierHeader({ header: h }: { header: Header }) {
  return (
    <header className="mb-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold text-slate-900 sm:text-3xl">{h.naam}</h1>
        <FaseBadge fase={h.fase} />
      </div>
      <dl className="mt-3 grid gap-x-6 gap-y-1 text-slate-800 sm:grid-cols-2 lg:grid-cols-3">
        <Item term="Gemeente">{h.gemeente}</Item>
        {h.zicht.traject ? (
          <>
            <Item term="Begeleider">{h.begeleiders.length ? h.begeleiders.join(", ") : "nog niemand"}</Item>
            <Item term="Maatje">{h.maatjes.length ? h.maatjes.join(", ") : "geen"}</Item>
            <Item term="Start (BRP)">{h.start ? formatKalenderdatum(h.start) : "nog niet ingeschreven"}</Item>
            <Item term="Einddatum">
              {h.einddatum ? formatKalenderdatum(h.einddatum) : "volgt na inschrijving in de BRP"}
              {h.verlengdMaanden > 0 ? ` (incl. ${h.verlengdMaanden} mnd verlenging)` : ""}
            </Item>
          </>
        ) : null}
        {h.huishouden ? <Item term="Huishouden">{omschrijfHuishouden(h.huishouden)}</Item> : null}
      </dl>
      {h.klokken.length > 0 ? <Klokken klokken={h.klokken} /> : null}
    </header>
  );
}

function Item({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="inline font-medium">{term}: </dt>
      <dd className="inline">{children}</dd>
    </div>
  );
}

function Klokken({ klokken }: { klokken: Klok[] }) {
  return (
    <section aria-label="Wettelijke termijnen" className="mt-3">
      <ul className="flex flex-wrap gap-2">
        {klokken.map((k) => (
          <li key={`${k.soort}-${k.datum}-${k.label}`}>
            <Badge tone={KLOK_TOON[weergave(k)]}>
              {KLOK_WOORD[weergave(k)]}
              {k.label}
            </Badge>
          </li>
        ))}
      </ul>
    </section>
  );
}
