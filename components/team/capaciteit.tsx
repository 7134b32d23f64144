import type { Totaal } from "@/lib/capaciteit/rules";

const getal = (n: number | null) => (n === null ? "—" : n.toLocaleString("nl-NL", { maximumFractionDigits: 2 }));

/** Team or gemeente totals: inburgeraars per paid begeleider fte and per active volunteer. */
export function TotalenTabel({ titel, rijen }: { titel: string; rijen: Totaal[] }) {
  return (
    // Wider than a phone: the region scrolls sideways and can be reached with the keyboard.
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm" role="region" aria-label={titel} tabIndex={0}>
      <table className="w-full border-collapse text-left">
        <caption className="p-3 text-left text-lg font-semibold">{titel}</caption>
        <thead className="bg-slate-100 text-sm text-slate-700">
          <tr>
            <th scope="col" className="p-3">Naam</th>
            <th scope="col" className="p-3 text-right">Inburgeraars</th>
            <th scope="col" className="p-3 text-right">Fte begeleiders</th>
            <th scope="col" className="p-3 text-right">Per fte</th>
            <th scope="col" className="p-3 text-right">Actieve vrijwilligers</th>
            <th scope="col" className="p-3 text-right">Per vrijwilliger</th>
          </tr>
        </thead>
        <tbody>
          {rijen.map((t) => (
            <tr key={t.id} className="border-t border-slate-200">
              <th scope="row" className="p-3 font-medium">
                {t.naam}
                {t.fteOntbreekt > 0 ? (
                  <span className="block text-sm font-normal text-amber-900">
                    {t.fteOntbreekt} {t.fteOntbreekt === 1 ? "begeleider" : "begeleiders"} zonder fte
                  </span>
                ) : null}
              </th>
              <td className="p-3 text-right tabular-nums">{t.inburgeraars}</td>
              <td className="p-3 text-right tabular-nums">{getal(t.fte)}</td>
              <td className="p-3 text-right font-semibold tabular-nums">{getal(t.perFte)}</td>
              <td className="p-3 text-right tabular-nums">{getal(t.actieveVrijwilligers)}</td>
              <td className="p-3 text-right font-semibold tabular-nums">{getal(t.perVrijwilliger)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export interface PersoonWeergave {
  id: string;
  naam: string;
  rol: "BEGELEIDER" | "TEAMLEIDER" | "VRIJWILLIGER";
  team: string | null;
  fte: number | null;
  isActief: boolean;
  status: string | null;
  actieveInburgeraars: number;
  uren: number;
  achterstalligeContacten: number;
}

const ROL = { BEGELEIDER: "Begeleider", TEAMLEIDER: "Teamleider", VRIJWILLIGER: "Vrijwilliger" } as const;

/** Per person: caseload, hours in the last four weeks, overdue contacts. */
export function PersonenTabel({ personen }: { personen: PersoonWeergave[] }) {
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm" role="region" aria-label="Per begeleider en vrijwilliger" tabIndex={0}>
      <table className="w-full border-collapse text-left">
        <caption className="p-3 text-left text-lg font-semibold">Per begeleider en vrijwilliger</caption>
        <thead className="bg-slate-100 text-sm text-slate-700">
          <tr>
            <th scope="col" className="p-3">Naam</th>
            <th scope="col" className="hidden p-3 md:table-cell">Team</th>
            <th scope="col" className="p-3 text-right">Inburgeraars</th>
            <th scope="col" className="p-3 text-right">Uren (4 weken)</th>
            <th scope="col" className="p-3 text-right">Te lang geen contact</th>
          </tr>
        </thead>
        <tbody>
          {personen.map((p) => (
            <tr key={p.id} className="border-t border-slate-200">
              <th scope="row" className="p-3 font-medium">
                {p.naam}
                <span className="block text-sm font-normal text-slate-700">
                  {ROL[p.rol]}
                  {p.rol !== "VRIJWILLIGER" && p.fte !== null ? ` · ${getal(p.fte)} fte` : ""}
                  {p.rol === "VRIJWILLIGER" && p.status && p.status !== "ACTIEF" ? ` · ${p.status.toLowerCase()}` : ""}
                  {!p.isActief && p.rol !== "VRIJWILLIGER" ? " · uitgeschakeld" : ""}
                </span>
              </th>
              <td className="hidden p-3 md:table-cell">{p.team ?? "—"}</td>
              <td className="p-3 text-right tabular-nums">{p.actieveInburgeraars}</td>
              <td className="p-3 text-right tabular-nums">{getal(p.uren)}</td>
              <td className={`p-3 text-right tabular-nums ${p.achterstalligeContacten > 0 ? "font-semibold text-red-800" : ""}`}>{p.achterstalligeContacten}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
