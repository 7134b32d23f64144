import { PageHeader } from "@/components/ui/card";
import { ROL_LABELS } from "@/components/shell/nav";
import Link from "next/link";
import { FaseBadge } from "@/components/ui/fase-badge";
import type { teamOverzicht, zonderMaatje } from "@/lib/team/queries";

export function TeamHome({ leden, wachtend }: { leden: Awaited<ReturnType<typeof teamOverzicht>>; wachtend: Awaited<ReturnType<typeof zonderMaatje>> }) {
  const actief = leden.filter((l) => l.actief);
  const vrijwilligers = actief.filter((l) => l.rol === "VRIJWILLIGER");
  const vrijePlekken = vrijwilligers.reduce((n, v) => n + Math.max(0, (v.maxMaatjes ?? 0) - v.aantalInburgeraars), 0);
  return (
    <>
      <PageHeader
        title="Team"
        description={`${actief.length} actieve teamleden. Vrijwilligers hebben samen nog ${vrijePlekken} ${vrijePlekken === 1 ? "plek" : "plekken"} voor een maatje.`}
      />
      <div className="overflow-x-auto rounded-lg bg-white shadow-sm">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">Teamleden met hun aantal inburgeraars</caption>
          <thead className="bg-slate-100 text-sm text-slate-700">
            <tr>
              <th scope="col" className="p-3">Naam</th>
              <th scope="col" className="p-3">Rol</th>
              <th scope="col" className="hidden p-3 sm:table-cell">Team</th>
              <th scope="col" className="p-3 text-right">Inburgeraars</th>
            </tr>
          </thead>
          <tbody>
            {leden.map((l) => {
              const isVol = l.maxMaatjes !== null && l.aantalInburgeraars >= l.maxMaatjes;
              return (
                <tr key={l.id} className="border-t border-slate-200">
                  <td className="p-3 font-medium">
                    {l.naam}
                    {!l.actief ? <span className="ml-2 text-sm text-slate-600">(uitgeschakeld)</span> : null}
                  </td>
                  <td className="p-3">{ROL_LABELS[l.rol]}</td>
                  <td className="hidden p-3 sm:table-cell">{l.team ?? "—"}</td>
                  <td className="p-3 text-right tabular-nums">
                    {l.aantalInburgeraars}
                    {l.maxMaatjes !== null ? <span className="text-slate-600"> / {l.maxMaatjes}</span> : null}
                    {isVol ? <span className="ml-2 text-sm font-medium text-amber-800">vol</span> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="zonder-maatje" className="mt-8">
        <h2 id="zonder-maatje" className="mb-1 text-xl font-semibold">
          Zonder maatje ({wachtend.length}
          {wachtend.length === 50 ? "+" : ""})
        </h2>
        <p className="mb-3 text-slate-700">Mensen in de opstart- of begeleidingsfase die nog geen maatje hebben, wie het langst wacht eerst.</p>
        {wachtend.length === 0 ? (
          <p className="text-slate-700">Iedereen heeft een maatje.</p>
        ) : (
          <ul className="grid gap-2 sm:grid-cols-2">
            {wachtend.map((p) => (
              <li key={p.id} className="flex items-center justify-between gap-2 rounded-lg border border-slate-200 bg-white p-3">
                <span>
                  <Link href={`/inburgeraars/${p.id}/toewijzingen`} className="font-medium text-merk-700 underline-offset-4 hover:underline">
                    {p.naam}
                  </Link>
                  <span className="block text-sm text-slate-700">
                    {p.gemeente}
                    {p.talen.length ? ` · ${p.talen.join(", ")}` : ""}
                  </span>
                </span>
                <FaseBadge fase={p.fase} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
