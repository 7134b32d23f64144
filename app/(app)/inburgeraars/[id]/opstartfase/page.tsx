import type { Metadata } from "next";
import { ChecklistSectieView } from "@/components/opstart/checklist-sectie";
import { Alert, Badge, Card, EmptyState } from "@/components/ui/card";
import { ofNietGevonden } from "@/lib/auth/pagina";
import { requireUser } from "@/lib/auth/session";
import { getChecklist } from "@/lib/opstart/queries";

export const metadata: Metadata = { title: "Opstartfase" };

/** The Opstartfase tab of the dossier (the dossier layout renders the header and tabs). */
export default async function OpstartfasePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("inburgeraar:lezen");
  const { id } = await params;
  const checklist = await ofNietGevonden(getChecklist(user, id));

  if (checklist.secties.length === 0) {
    return (
      <EmptyState>
        {checklist.fase === "AANGEMELD"
          ? "Er is nog geen checklist. Die verschijnt vanzelf zodra de opstartfase begint: dan krijgt deze persoon de checklist van de gemeente, passend bij het huishouden."
          : "Er staat geen checklist bij dit dossier. Heeft de gemeente nog geen checklist? Vraag dan de beheerder om er een in te stellen."}
      </EmptyState>
    );
  }

  const { totaal, aantalTeLaat, verplichtOpen } = checklist;
  return (
    <div className="flex flex-col gap-4">
      <h2 className="sr-only">Checklist opstartfase</h2>
      <Card>
        <p className="flex flex-wrap items-center gap-x-4 gap-y-2 text-lg">
          <span className="font-semibold">
            {totaal.geregeld} van {totaal.totaal} geregeld
          </span>
          {aantalTeLaat > 0 ? <Badge tone="fout">{aantalTeLaat === 1 ? "1 onderdeel te laat" : `${aantalTeLaat} onderdelen te laat`}</Badge> : null}
          {verplichtOpen > 0 ? (
            <span className="text-base text-slate-700">
              Nog {verplichtOpen} {verplichtOpen === 1 ? "verplicht onderdeel" : "verplichte onderdelen"} open
            </span>
          ) : (
            <Badge tone="goed">Alle verplichte onderdelen zijn afgerond</Badge>
          )}
        </p>
        {checklist.brpInschrijvingDatum === null ? (
          <div className="mt-3">
            <Alert>Er is nog geen datum van inschrijving in de BRP. Daarom hebben de onderdelen nog geen deadline.</Alert>
          </div>
        ) : null}
        {!checklist.magBijwerken ? (
          <p className="mt-3 text-slate-700">
            {checklist.fase === "AFGESLOTEN" ? "Dit dossier is afgesloten; de checklist is alleen nog te lezen." : "Je kunt deze checklist alleen lezen."}
          </p>
        ) : null}
      </Card>
      {/* Categories with late items first, then those with open items; finished ones last (and folded). */}
      {[...checklist.secties]
        .map((sectie, i) => ({ sectie, i, open: sectie.items.some((x) => x.status === "OPEN" || x.status === "BEZIG") }))
        .sort((a, b) => Number(b.sectie.aantalTeLaat > 0) - Number(a.sectie.aantalTeLaat > 0) || Number(b.open) - Number(a.open) || a.i - b.i)
        .map(({ sectie }) => (
          <ChecklistSectieView key={sectie.categorie} sectie={sectie} magBijwerken={checklist.magBijwerken} />
        ))}
    </div>
  );
}
