import type { Metadata } from "next";
import { InburgeraarLijst } from "@/components/home/inburgeraar-lijst";
import { TeamLijst, TeamLijstFilterForm } from "@/components/team/team-lijst";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { leesPagina, leesParam, naarEerstePaginaAlsLeeg, Paginering } from "@/components/ui/paginering";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import type { Fase } from "@/lib/db/generated/enums";
import { FASE_VOLGORDE } from "@/lib/inburgeraar/labels";
import { listInburgeraars } from "@/lib/inburgeraar/queries";
import { paden } from "@/lib/routes";
import { laadTeamLijstPagina } from "@/lib/pagina/inburgeraars";
import type { TeamLijstFilters } from "@/lib/team/inburgeraars";

export const metadata: Metadata = { title: "Inburgeraars" };

type Params = Record<string, string | string[] | undefined>;

function leesFilters(sp: Params): TeamLijstFilters {
  const fase = leesParam(sp.fase);
  const zonder = leesParam(sp.zonder);
  return {
    zoek: leesParam(sp.zoek),
    fase: fase && FASE_VOLGORDE.includes(fase as Fase) ? (fase as Fase) : undefined,
    gemeenteId: leesParam(sp.gemeente),
    gemeenteNaam: leesParam(sp.gemeentenaam)?.slice(0, 100),
    door: leesParam(sp.door)?.slice(0, 100),
    zonder: zonder === "begeleider" || zonder === "maatje" ? zonder : undefined,
    teLangGeenContact: leesParam(sp.contact) === "1",
    sortering: ((s) => (s === "contact" || s === "naam" ? s : "aandacht"))(leesParam(sp.sortering)),
    pagina: leesPagina(sp.pagina),
  };
}

export default async function InburgeraarsPage({ searchParams }: { searchParams: Promise<Params> }) {
  const user = await requireUser("inburgeraar:lezen");
  const aanmelden = can(user, "inburgeraar:aanmelden") ? <ButtonLink href={paden.nieuweInburgeraar()}>Iemand aanmelden</ButtonLink> : null;
  if (can(user, "team:bekijken")) {
    const filters = leesFilters(await searchParams);
    const { lijst, keuzes } = await laadTeamLijstPagina(user, filters);
    const params = {
      zoek: filters.zoek,
      fase: filters.fase,
      gemeente: filters.gemeenteId,
      gemeentenaam: filters.gemeenteNaam,
      door: filters.door,
      zonder: filters.zonder,
      contact: filters.teLangGeenContact ? "1" : undefined,
      sortering: filters.sortering === "aandacht" ? undefined : filters.sortering,
    };
    naarEerstePaginaAlsLeeg(lijst.rijen.length, lijst.pagina, paden.inburgeraars(), params);
    return (
      <>
        <PageHeader title="Inburgeraars" description={`${lijst.totaal} ${lijst.totaal === 1 ? "persoon" : "personen"}.`} actions={aanmelden} />
        <TeamLijstFilterForm waarden={filters} keuzes={keuzes} />
        <TeamLijst rijen={lijst.rijen} />
        <Paginering pagina={lijst.pagina} paginas={lijst.paginas} pad={paden.inburgeraars()} params={params} />
      </>
    );
  }
  const rows = await listInburgeraars(user);
  return (
    <>
      <PageHeader title="Inburgeraars" description={`${rows.length} ${rows.length === 1 ? "persoon" : "personen"}.`} actions={aanmelden} />
      <InburgeraarLijst rows={rows} showTeam={can(user, "toewijzing:zien")} leeg="Er zijn geen inburgeraars om te tonen." />
    </>
  );
}
