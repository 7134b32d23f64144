import Link from "next/link";
import { SignaalBadges } from "@/components/signaal/signaal-badges";
import { Card } from "@/components/ui/card";
import { paden } from "@/lib/routes";
import { CATEGORIE_LABELS } from "@/lib/signaal/labels";
import type { OpenSignaal } from "@/lib/signaal/queries";
import { formatDatum, formatKalenderdatum } from "@/lib/tijd";

/** Open signals, most urgent first (sorted in the query), on the caseload and the teamleider's start page. */
export function OpenSignalen({ signalen }: { signalen: OpenSignaal[] }) {
  if (signalen.length === 0) return null;
  return (
    <Card className="mb-6">
      <h2 className="text-lg font-semibold" id="open-signalen">
        Open signalen
      </h2>
      <ul className="mt-3 flex flex-col gap-2" aria-labelledby="open-signalen">
        {signalen.map((s) => (
          <li key={s.id} className="flex flex-col gap-1 rounded-md border border-slate-200 p-3 sm:flex-row sm:items-center sm:justify-between">
            <div>
              <Link href={paden.signaal(s.id)} className="font-medium text-merk-700 underline underline-offset-2">
                {s.inburgeraar.naam}: {CATEGORIE_LABELS[s.categorie]}
              </Link>
              <p className="text-sm text-slate-700">
                Gemeld op {formatDatum(s.gemeldOp)}
                {s.opgepaktDoor ? ` · opgepakt door ${s.opgepaktDoor}` : " · nog niet opgepakt"}
                {s.opvolgOp ? ` · herinnering ${formatKalenderdatum(s.opvolgOp)}` : ""}
              </p>
            </div>
            <SignaalBadges ernst={s.ernst} status={s.status} meldcode={s.meldcode} />
          </li>
        ))}
      </ul>
    </Card>
  );
}
