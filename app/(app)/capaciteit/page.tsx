import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { PersonenTabel, TotalenTabel } from "@/components/team/capaciteit";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { leesPagina, leesParam, naarEerstePaginaAlsLeeg, paginaHref, Paginering } from "@/components/ui/paginering";
import { requireUser } from "@/lib/auth/session";
import { getCapaciteit } from "@/lib/capaciteit/queries";
import { GEMEENTE_KEUZE_MAX } from "@/lib/gemeente/rules";
import { paden } from "@/lib/routes";

export const metadata: Metadata = { title: "Capaciteit" };

export default async function CapaciteitPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("capaciteit:bekijken");
  const sp = await searchParams;
  const alleGemeenten = leesParam(sp.gemeenten) === "alle";
  const data = await getCapaciteit(user, { pagina: leesPagina(sp.pagina), alleGemeenten });
  const params = { gemeenten: alleGemeenten ? "alle" : undefined };
  naarEerstePaginaAlsLeeg(data.personen.length, data.pagina, paden.capaciteit(), params);
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
        <div className="flex flex-col gap-2">
          {/* Before the table, so a phone reads that it is a selection before scrolling through it. */}
          {data.gemeentenIngekort ? (
            <p className="text-slate-700">
              Van de {data.gemeentenAantal} gemeenten staan hier de {data.gemeenten.length} met de minste begeleiders voor hun inburgeraars: eerst
              waar geen fte is, dan de meeste inburgeraars per fte.{" "}
              <Link href={paginaHref(paden.capaciteit(), { gemeenten: "alle" }, 1)} className="text-merk-700 underline">
                Alle {data.gemeentenAantal} gemeenten tonen
              </Link>{" "}
              (ook in de CSV).
            </p>
          ) : data.gemeentenAantal > GEMEENTE_KEUZE_MAX ? (
            <p>
              <Link href={paden.capaciteit()} className="text-merk-700 underline">
                Alleen de drukste {GEMEENTE_KEUZE_MAX} gemeenten tonen
              </Link>
            </p>
          ) : null}
          <TotalenTabel titel={data.gemeentenIngekort ? `Per gemeente: de ${data.gemeenten.length} drukste` : "Per gemeente"} rijen={data.gemeenten} />
        </div>
        <div>
          <PersonenTabel personen={data.personen} />
          <Paginering pagina={data.pagina} paginas={data.paginas} pad={paden.capaciteit()} params={params} />
        </div>
      </div>
    </>
  );
}
