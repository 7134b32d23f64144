import Link from "@/components/ui/link";
import { EmptyState } from "@/components/ui/card";
import { FaseBadge } from "@/components/ui/fase-badge";
import { paden } from "@/lib/routes";
import { formatDatum } from "@/lib/tijd";
import { WACHT_REDEN_LABELS } from "@/lib/wachtlijst/rules";
import type { WachtRij } from "@/lib/wachtlijst/queries";

const dagen = (n: number) => `${n} ${n === 1 ? "dag" : "dagen"}`;

/** Who is waiting, longest first, with how long and for what; each links to where it is solved. */
export function WachtlijstLijst({ rijen, leeg }: { rijen: WachtRij[]; leeg: string }) {
  if (rijen.length === 0) return <EmptyState>{leeg}</EmptyState>;
  return (
    <ol className="flex flex-col gap-2">
      {rijen.map((r) => (
        <li key={r.id} className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3 sm:flex-row sm:items-center sm:justify-between">
          <div className="min-w-0">
            <Link href={paden.dossierTab(r.id, "toewijzingen")} className="font-semibold text-merk-700 underline-offset-4 hover:underline">
              {r.naam}
            </Link>
            <p className="text-sm text-slate-700">
              {r.redenen.map((x) => WACHT_REDEN_LABELS[x]).join(" · ")} · {r.gemeente}
              {r.talen.length ? ` · ${r.talen.join(", ")}` : ""}
              {r.tolkNodig ? " · tolk nodig" : ""}
            </p>
          </div>
          <div className="flex shrink-0 items-center gap-3">
            <FaseBadge fase={r.fase} />
            <span className="text-right">
              <span className="block font-semibold tabular-nums text-slate-900">wacht {dagen(r.dagenGewacht)}</span>
              <span className="block text-sm text-slate-600">sinds {formatDatum(r.sinds)}</span>
            </span>
          </div>
        </li>
      ))}
    </ol>
  );
}
