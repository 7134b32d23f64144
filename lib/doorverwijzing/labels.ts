import type { DoorverwijzingUitkomst } from "@/lib/db/generated/enums";

export const DOORVERWIJZING_UITKOMST_LABELS: Record<DoorverwijzingUitkomst, string> = {
  GEHOLPEN: "Geholpen",
  WACHTLIJST: "Op de wachtlijst",
  NIET_GEHOLPEN: "Niet geholpen",
  NIET_GEGAAN: "Niet gegaan",
};

export const DOORVERWIJZING_UITKOMSTEN: readonly DoorverwijzingUitkomst[] = ["GEHOLPEN", "WACHTLIJST", "NIET_GEHOLPEN", "NIET_GEGAAN"];
