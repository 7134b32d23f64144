import { Badge } from "@/components/ui/card";
import { formatKalenderdatum } from "@/lib/tijd";
import type { VogOordeel } from "@/lib/vrijwilliger/rules";

/** The VOG state in words, with a colour and the date (never colour alone). */
export function VogBadge({ vog }: { vog: VogOordeel }) {
  switch (vog.status) {
    case "GEEN":
      return <Badge tone="fout">Geen VOG bekend</Badge>;
    case "VERLOPEN":
      return <Badge tone="fout">VOG verlopen op {formatKalenderdatum(vog.verlooptOp!)}</Badge>;
    case "VERLOOPT_BINNENKORT":
      return <Badge tone="let_op">VOG verloopt {formatKalenderdatum(vog.verlooptOp!)}</Badge>;
    case "GELDIG":
      return <Badge tone="goed">VOG geldig tot {formatKalenderdatum(vog.verlooptOp!)}</Badge>;
  }
}
