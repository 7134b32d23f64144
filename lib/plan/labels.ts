import type { ActieVoor, AkkoordWijze, DoelStatus } from "@/lib/db/generated/enums";
import type { MeetmomentStatus } from "./rules";

export { LEEFGEBIED_KORT } from "./leefgebied-kort";

/** Dutch labels of the plan module (B1). */

export const ACTIE_VOOR_LABELS: Record<ActieVoor, string> = {
  INBURGERAAR: "Inburgeraar (huiswerk)",
  BEGELEIDER: "Begeleider",
  MAATJE: "Maatje",
  ORGANISATIE: "Een organisatie",
};

/** "Wie doet wat" in the PDF and the plan: short, without the huiswerk remark. */
export const ACTIE_VOOR_KORT: Record<ActieVoor, string> = {
  INBURGERAAR: "Jij",
  BEGELEIDER: "Begeleider",
  MAATJE: "Maatje",
  ORGANISATIE: "Organisatie",
};

export const ACTIE_VOOR_VOLGORDE: readonly ActieVoor[] = ["INBURGERAAR", "MAATJE", "BEGELEIDER", "ORGANISATIE"];

export const DOEL_STATUS_LABELS: Record<DoelStatus, string> = {
  OPEN: "Nog niet begonnen",
  BEZIG: "Bezig",
  BEREIKT: "Bereikt",
  GESTOPT: "Gestopt",
};

export const DOEL_STATUS_VOLGORDE: readonly DoelStatus[] = ["OPEN", "BEZIG", "BEREIKT", "GESTOPT"];

export const AKKOORD_WIJZE_LABELS: Record<AkkoordWijze, string> = {
  MONDELING: "Mondeling besproken",
  MONDELING_MET_TOLK: "Mondeling besproken met een tolk",
  ONDERTEKEND: "Ondertekend",
};

export const AKKOORD_WIJZE_VOLGORDE: readonly AkkoordWijze[] = ["MONDELING", "MONDELING_MET_TOLK", "ONDERTEKEND"];

export const MEETMOMENT_STATUS_LABELS: Record<MeetmomentStatus, string> = {
  GEDAAN: "Gedaan",
  OVERGESLAGEN: "Overgeslagen",
  LATER: "Gepland",
  BINNENKORT: "Binnenkort",
  NU: "Nu doen",
  TE_LAAT: "Te laat",
};

