import { naarCsv, type CsvWaarde } from "@/lib/csv";
import type { PersoonCapaciteit, Totaal } from "./rules";

const KOP = [
  "soort",
  "naam",
  "team",
  "actieve inburgeraars",
  "fte begeleiders",
  "inburgeraars per fte",
  "actieve vrijwilligers",
  "inburgeraars per vrijwilliger",
  "begeleiders zonder fte",
  "uren laatste 4 weken",
  "te lang geen contact",
  "fte",
  "status",
];

const SOORT: Record<string, string> = { BEGELEIDER: "Begeleider", TEAMLEIDER: "Teamleider", VRIJWILLIGER: "Vrijwilliger" };

/** Numbers as a spreadsheet reads them everywhere: a dot for decimals, no thousands separator. */
const getal = (n: number | null): CsvWaarde => n;

/** One CSV: the organisation, each team, each gemeente, then each person. */
export function capaciteitCsv(data: {
  organisatie: Totaal;
  teams: Totaal[];
  gemeenten: Totaal[];
  personen: (PersoonCapaciteit & { team: string | null; status: string | null; uren: number })[];
}): string {
  const totaalRij = (soort: string, t: Totaal): CsvWaarde[] => [
    soort,
    t.naam,
    "",
    t.inburgeraars,
    getal(t.fte),
    getal(t.perFte),
    getal(t.actieveVrijwilligers),
    getal(t.perVrijwilliger),
    t.fteOntbreekt,
    "",
    "",
    "",
    "",
  ];
  return naarCsv(KOP, [
    totaalRij("Organisatie", data.organisatie),
    ...data.teams.map((t) => totaalRij("Team", t)),
    ...data.gemeenten.map((g) => totaalRij("Gemeente", g)),
    ...data.personen.map((p): CsvWaarde[] => [
      SOORT[p.soort] ?? p.soort,
      p.naam,
      p.team ?? "",
      p.actieveInburgeraars,
      "",
      "",
      "",
      "",
      "",
      p.uren,
      p.achterstalligeContacten,
      getal(p.fte),
      p.soort === "VRIJWILLIGER" ? (p.status ?? "").toLowerCase() : p.isActief ? "actief" : "uitgeschakeld",
    ]),
  ]);
}
