import { Badge } from "@/components/ui/card";
import type { Fase } from "@/lib/db/generated/enums";
import { FASE_LABELS } from "@/lib/inburgeraar/labels";

const TONES = {
  AANGEMELD: "neutraal",
  OPSTARTFASE: "info",
  BEGELEIDINGSFASE: "goed",
  AFRONDING: "let_op",
  AFGESLOTEN: "neutraal",
} as const;

export function FaseBadge({ fase }: { fase: Fase }) {
  return <Badge tone={TONES[fase]}>{FASE_LABELS[fase]}</Badge>;
}
