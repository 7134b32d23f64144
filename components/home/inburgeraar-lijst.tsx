import Link from "@/components/ui/link";
import { EmptyState } from "@/components/ui/card";
import { FaseBadge } from "@/components/ui/fase-badge";
import type { InburgeraarRij } from "@/lib/inburgeraar/queries";

/** A plain list of people with their fase; cards on a phone, a table on a wide screen. */
export function InburgeraarLijst({ rows, showTeam = true, leeg }: { rows: InburgeraarRij[]; showTeam?: boolean; leeg: string }) {
  if (rows.length === 0) return <EmptyState>{leeg}</EmptyState>;
  return (
    <>
      <ul className="flex flex-col gap-2 md:hidden">
        {rows.map((r) => (
          <li key={r.id}>
            <Link href={`/inburgeraars/${r.id}`} className="block rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-merk-600">
              <span className="flex items-center justify-between gap-2">
                <span className="text-lg font-semibold text-merk-800">{r.naam}</span>
                <FaseBadge fase={r.fase} />
              </span>
              <span className="mt-1 block text-sm text-slate-700">
                {r.gemeente}
                {showTeam && r.begeleider ? ` · begeleider ${r.begeleider}` : ""}
                {showTeam && r.maatje ? ` · maatje ${r.maatje}` : ""}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <table className="hidden w-full border-collapse overflow-hidden rounded-lg bg-white text-left shadow-sm md:table">
        <thead className="bg-slate-100 text-sm text-slate-700">
          <tr>
            <th scope="col" className="p-3">Naam</th>
            <th scope="col" className="p-3">Fase</th>
            <th scope="col" className="p-3">Gemeente</th>
            {showTeam ? (
              <>
                <th scope="col" className="p-3">Begeleider</th>
                <th scope="col" className="p-3">Maatje</th>
              </>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-t border-slate-200">
              <td className="p-3">
                <Link href={`/inburgeraars/${r.id}`} className="font-medium text-merk-700 underline-offset-4 hover:underline">
                  {r.naam}
                </Link>
              </td>
              <td className="p-3"><FaseBadge fase={r.fase} /></td>
              <td className="p-3">{r.gemeente}</td>
              {showTeam ? (
                <>
                  <td className="p-3">{r.begeleider ?? "—"}</td>
                  <td className="p-3">{r.maatje ?? "—"}</td>
                </>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
