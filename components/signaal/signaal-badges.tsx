import { Badge } from "@/components/ui/card";
import type { SignaalErnst, SignaalStatus } from "@/lib/db/generated/enums";
import { ERNST_KORT, STATUS_LABELS } from "@/lib/signaal/labels";

const ERNST_TOON = { ACUUT: "fout", HOOG: "let_op", MIDDEN: "info", LAAG: "neutraal" } as const;

export function SignaalBadges({ ernst, status, meldcode }: { ernst: SignaalErnst; status: SignaalStatus; meldcode: boolean }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Badge tone={ERNST_TOON[ernst]}>{ERNST_KORT[ernst]}</Badge>
      <Badge tone={status === "AFGESLOTEN" ? "goed" : "neutraal"}>{STATUS_LABELS[status]}</Badge>
      {meldcode ? <Badge tone="fout">Meldcode</Badge> : null}
    </span>
  );
}
