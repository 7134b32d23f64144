import Link from "@/components/ui/link";
import { Badge, EmptyState } from "@/components/ui/card";
import type { OverdrachtStatus, OverdrachtType } from "@/lib/db/generated/enums";
import { paden } from "@/lib/routes";
import { OVERDRACHT_TYPE_LABELS } from "@/lib/toestemming/labels";
import { formatDatum } from "@/lib/tijd";

export interface OverdrachtItem {
  id: string;
  type: OverdrachtType;
  status: OverdrachtStatus;
  verstuurdOp: Date | null;
  ontvangenOp: Date | null;
  naar: string;
  van: { naam: string };
  inburgeraar: { voornaam: string; achternaam: string };
  ontvangenDoor?: { naam: string } | null;
}

const STATUS = {
  CONCEPT: { label: "Concept", tone: "neutraal" },
  VERSTUURD: { label: "Wacht op ontvangst", tone: "let_op" },
  ONTVANGEN: { label: "Ontvangen", tone: "goed" },
} as const;

/** Overdrachten as a list of links; `metPersoon` adds the person's name (lists across dossiers). */
export function OverdrachtLijst({ items, leeg, metPersoon = true }: { items: OverdrachtItem[]; leeg: string; metPersoon?: boolean }) {
  if (items.length === 0) return <EmptyState>{leeg}</EmptyState>;
  return (
    <ul className="flex flex-col gap-2">
      {items.map((o) => {
        // Outside recipients get a PDF: "verstuurd" is the end of the road in the app.
        const status = o.status === "VERSTUURD" && (o.type === "WARM" || o.type === "VERHUIZING") ? { label: "Verstuurd (pdf)", tone: "info" as const } : STATUS[o.status];
        return (
          <li key={o.id} className="rounded-md border border-slate-200 bg-white p-3">
            <p className="flex flex-wrap items-center gap-2">
              <Link href={paden.overdracht(o.id)} className="font-medium text-merk-700 underline-offset-4 hover:underline">
                {OVERDRACHT_TYPE_LABELS[o.type]}
                {metPersoon ? `: ${o.inburgeraar.voornaam} ${o.inburgeraar.achternaam}` : ""}
              </Link>
              <Badge tone={status.tone}>{status.label}</Badge>
            </p>
            <p className="mt-1 text-sm text-slate-700">
              Van {o.van.naam} aan {o.naar}
              {o.verstuurdOp ? `, ${formatDatum(o.verstuurdOp)}` : ""}
              {o.ontvangenOp ? `. Ontvangen ${formatDatum(o.ontvangenOp)}${o.ontvangenDoor ? ` door ${o.ontvangenDoor.naam}` : ""}` : ""}.
            </p>
          </li>
        );
      })}
    </ul>
  );
}
