import type { Metadata } from "next";
import { PersonenTabel, TotalenTabel } from "@/components/team/capaciteit";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { leesPagina, naarEerstePaginaAlsLeeg, Paginering } from "@/components/ui/paginering";
import { requireUser } from "@/lib/auth/session";
import { getCapaciteit } from "@/lib/capaciteit/queries";
import { paden } from "@/lib/routes";

export const metadata: Metadata = { title: "Capaciteit" };

export default async function CapaciteitPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("capaciteit:bekijken");
  const sp = await searchParams;
  const data = await getCapaciteit(user, { pagina: leesPagina(sp.pagina) });
  naarEerstePaginaAlsLeeg(data.personen.length, data.pagina, paden.capaciteit(), {});
  return (
    <>
      <PageHeader
        title="Capaciteit en verhoudingen"
        description="Hoeveel inburgeraars er per betaalde begeleider (fte) en per actieve vrijwilliger zijn. Wie in meer gemeenten werkt, telt in elke gemeente voor een gelijk deel mee. Gepauzeerde en gestopte vrijwilligers tellen niet mee."
        actions={
          // A plain link: the browser downloads the file.
          <a href={paden.capaciteitCsv()} className={buttonClass("secundair", "whitespace-nowrap")} download>
            Download als CSV
          </a>
        }
      />
      <div className="flex flex-col gap-6">
        <TotalenTabel titel="Organisatie" rijen={[data.organisatie]} />
        {data.teams.length > 0 ? <TotalenTabel titel="Per team" rijen={data.teams} /> : null}
        <TotalenTabel titel="Per gemeente" rijen={data.gemeenten} />
        <div>
          <PersonenTabel personen={data.personen} />
          <Paginering pagina={data.pagina} paginas={data.paginas} pad={paden.capaciteit()} params={{}} />
        </div>
      </div>
    </>
  );
}
