import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { BellijstLijst } from "@/components/team/bellijst";
import { Card, PageHeader } from "@/components/ui/card";
import { leesPagina, naarEerstePaginaAlsLeeg, Paginering } from "@/components/ui/paginering";
import { requireUser } from "@/lib/auth/session";
import { BELLIJST_STANDAARD_DAGEN } from "@/lib/bellijst/rules";
import { laadBellijstPagina } from "@/lib/pagina/bellijst";
import { paden } from "@/lib/routes";
import { formatDatum } from "@/lib/tijd";

export const metadata: Metadata = { title: "Bellijst" };

export default async function BellijstPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("bellijst:bellen");
  const sp = await searchParams;
  const { lijst, doorgezet } = await laadBellijstPagina(user, leesPagina(sp.pagina));
  naarEerstePaginaAlsLeeg(lijst.rijen.length, lijst.pagina, paden.bellijst(), {});
  return (
    <>
      <PageHeader
        title="Bellijst"
        description={`Mensen zonder maatje bel je elke paar maanden om te horen hoe het gaat (de gemeente kiest hoe vaak; standaard ${BELLIJST_STANDAARD_DAGEN} dagen). Ook wie een maatje heeft maar al zo lang geen contact had, staat hier. Na een gesprek gaat iemand van de lijst tot de volgende keer.`}
      />
      <p className="mb-3 font-medium">
        {lijst.totaal} {lijst.totaal === 1 ? "persoon" : "mensen"} om te bellen
      </p>
      <BellijstLijst rijen={lijst.rijen} />
      <Paginering pagina={lijst.pagina} paginas={lijst.paginas} pad={paden.bellijst()} params={{}} />
      {doorgezet.length > 0 ? (
        <Card className="mt-8">
          <h2 className="mb-1 text-xl font-semibold">Doorgezet naar de begeleider</h2>
          <p className="mb-3 text-slate-700">Drie keer op rij niet bereikt. De begeleider ziet dit bij Mijn inburgeraars.</p>
          <ul className="flex flex-col gap-2">
            {doorgezet.map((d) => (
              <li key={d.id}>
                <Link href={paden.dossier(d.id)} className="font-medium text-merk-700 underline">
                  {d.naam}
                </Link>{" "}
                <span className="text-slate-700">
                  · {d.gemeente} · {d.begeleider ? `begeleider ${d.begeleider}` : "nog geen begeleider"} · laatst gebeld {formatDatum(d.laatsteBel)}
                </span>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </>
  );
}
