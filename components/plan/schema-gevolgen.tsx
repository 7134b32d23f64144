import { Button } from "@/components/ui/button";
import { Alert, Card } from "@/components/ui/card";
import { Input } from "@/components/ui/field";
import type { SchemaGevolg } from "@/lib/plan/queries";

const MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
const maandNaam = (jm: string) => `${MAANDEN[Number(jm.slice(5, 7)) - 1]} ${jm.slice(0, 4)}`;

/**
 * Before changing the meetmoment schedule: which running trajectories it
 * affects. A plain GET form (no script); only meetmomenten not recorded yet
 * move. Counted per BRP month: a beheerder sees no dossiers.
 */
export function SchemaGevolgen({
  huidig,
  gevraagd,
  fout,
  gevolgen,
}: {
  huidig: number[];
  gevraagd: string | undefined;
  fout: boolean;
  gevolgen: { geraakt: number; lopend: number; groepen: SchemaGevolg[] } | null;
}) {
  return (
    <Card>
      <h2 className="mb-1 text-lg font-semibold">Meetmomenten wijzigen: wat verandert er?</h2>
      <p className="mb-3 text-slate-700">
        Een nieuw schema geldt alleen voor meetmomenten die nog niet zijn vastgelegd. Bekijk eerst welke lopende trajecten het raakt; sla het daarna op bij de
        instellingen hierboven.
      </p>
      <form method="get" className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="flex flex-col gap-1">
          <label htmlFor="schema-meetmomenten" className="font-medium">
            Nieuw schema (maanden na de BRP-datum)
          </label>
          <p id="schema-meetmomenten-hint" className="text-sm text-slate-600">
            De nulmeting komt er altijd bij. Nu: {huidig.length ? huidig.join(", ") : "alleen de nulmeting"}.
          </p>
          <Input
            id="schema-meetmomenten"
            name="meetmomenten"
            defaultValue={gevraagd ?? huidig.join(", ")}
            aria-describedby="schema-meetmomenten-hint schema-meetmomenten-error"
            aria-invalid={fout}
            className="sm:w-64"
          />
          <p id="schema-meetmomenten-error" className="text-sm font-medium text-red-700">
            {fout ? "Gebruik hele maanden tussen 1 en 60, gescheiden door komma's (bijvoorbeeld 3, 8, 12)." : null}
          </p>
        </div>
        <div className="sm:mb-6">
          <Button type="submit" variant="secundair">
            Gevolgen bekijken
          </Button>
        </div>
      </form>
      {gevolgen ? (
        <div className="mt-3 flex flex-col gap-3">
          <Alert tone="info">
            {gevolgen.geraakt === 0
              ? `Dit schema verandert niets voor de ${gevolgen.lopend} lopende trajecten.`
              : `Dit raakt ${gevolgen.geraakt} van de ${gevolgen.lopend} lopende trajecten.`}
          </Alert>
          {gevolgen.groepen.length > 0 ? (
            <div className="overflow-x-auto">
              <table className="w-full border-collapse text-left">
                <caption className="sr-only">Geraakte trajecten per maand van inschrijving in de BRP</caption>
                <thead className="bg-slate-100 text-sm">
                  <tr>
                    <th scope="col" className="p-2">Ingeschreven in</th>
                    <th scope="col" className="p-2">Trajecten</th>
                    <th scope="col" className="p-2">Nog te doen, nu</th>
                    <th scope="col" className="p-2">Nog te doen, nieuw</th>
                  </tr>
                </thead>
                <tbody>
                  {gevolgen.groepen.map((g) => (
                    <tr key={`${g.brpMaand}${g.voor.join()}${g.na.join()}`} className="border-t border-slate-200">
                      <td className="p-2">{maandNaam(g.brpMaand)}</td>
                      <td className="p-2 tabular-nums">{g.aantal}</td>
                      <td className="p-2">{g.voor.join(", ") || "—"}</td>
                      <td className="p-2">{g.na.join(", ") || "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </div>
      ) : null}
    </Card>
  );
}
