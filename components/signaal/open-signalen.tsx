import Link from "@/components/ui/link";
import { SignaalBadges } from "@/components/signaal/signaal-badges";
import { Card } from "@/components/ui/card";
import { paden } from "@/lib/routes";
import { CATEGORIE_LABELS } from "@/lib/signaal/labels";
import type { OpenSignaal } from "@/lib/signaal/queries";
import { formatDatum, formatKalenderdatum } from "@/lib/tijd";

/**
 * Open signals, most urgent first (sorted in the query), on the caseload and
 * the teamleider's start page. A table of two columns (it fits a 360 px
 * phone): the caseload's cards stay the page's only list items.
 */
export function OpenSignalen({ signalen }: { signalen: OpenSignaal[] }) {
  if (signalen.length === 0) return null;
  return (
    <Card className="mb-6">
      <h2 className="text-lg font-semibold" id="open-signalen">
        Open signalen ({signalen.length})
      </h2>
      <table className="mt-3 w-full table-fixed border-collapse text-left" aria-labelledby="open-signalen">
        <thead className="sr-only">
          <tr>
            <th scope="col">Persoon en zorg</th>
            <th scope="col">Hoe dringend en status</th>
          </tr>
        </thead>
        <tbody>
          {signalen.map((s) => (
            <tr key={s.id} className="border-t border-slate-200 align-top">
              <td className="py-2 pr-2 break-words">
                <Link href={paden.signaal(s.id)} className="font-medium text-merk-700 underline underline-offset-2">
                  {s.inburgeraar.naam}: {CATEGORIE_LABELS[s.categorie]}
                </Link>
                <p className="text-sm text-slate-700">
                  Gemeld op {formatDatum(s.gemeldOp)}
                  {s.opgepaktDoor ? ` · opgepakt door ${s.opgepaktDoor}` : " · nog niet opgepakt"}
                  {s.opvolgOp ? ` · herinnering ${formatKalenderdatum(s.opvolgOp)}` : ""}
                </p>
              </td>
              <td className="w-2/5 py-2 sm:w-1/3">
                <SignaalBadges ernst={s.ernst} status={s.status} meldcode={s.meldcode} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
