import type { Metadata } from "next";
import { CaseloadHome, parseCaseloadFilters, type CaseloadSearchParams } from "@/components/caseload/caseload-home";
import { BeheerHome } from "@/components/home/beheer-home";
import { sessieInstellingen } from "@/lib/sessie/queries";
import { TeamHome } from "@/components/home/team-home";
import { VoortgangHome, parseVoortgangFilters, type VoortgangSearchParams } from "@/components/voortgang/voortgang-home";
import { requireUser } from "@/lib/auth/session";
import { can, dossierZicht, startpaginaVan } from "@/lib/authz";
import { gebruikerKeuzes, listGebruikers } from "@/lib/gebruiker/queries";
import { laadCaseloadStart, laadTeamStart, laadVoortgangStart } from "@/lib/pagina/start";
import { OpenSignalen } from "@/components/signaal/open-signalen";
import { naarEerstePaginaAlsLeeg } from "@/components/ui/paginering";
import { paden } from "@/lib/routes";

export const metadata: Metadata = { title: "Start" };

/** Each role lands on its own home page (lib/authz decides which); the route loads, the components render. */
export default async function HomePage({ searchParams }: { searchParams: Promise<CaseloadSearchParams & VoortgangSearchParams> }) {
  const user = await requireUser();
  const start = startpaginaVan(user);
  switch (start) {
    case "caseload":
    case "maatjes": {
      const filters = parseCaseloadFilters(await searchParams);
      const { caseload, gemeenten, overdrachten, signalen } = await laadCaseloadStart(user, filters);
      naarEerstePaginaAlsLeeg(caseload.rijen.length, caseload.pagina, paden.home(), {
        zoek: filters.zoek,
        fase: filters.fase,
        gemeente: filters.gemeenteId,
        aandacht: filters.alleenAandacht ? "1" : undefined,
      });
      return (
        <CaseloadHome
          rows={caseload.rijen}
          totaal={caseload.totaal}
          pagina={caseload.pagina}
          paginas={caseload.paginas}
          gemeenten={gemeenten}
          filters={filters}
          isMaatjes={start === "maatjes"}
          kanAanmelden={can(user, "inburgeraar:aanmelden")}
          zoekOpVNummer={dossierZicht(user, []).identiteit}
          kanLoggen={can(user, "afspraak:loggen")}
          overdrachten={overdrachten.teOntvangen}
          signalen={<OpenSignalen signalen={signalen} />}
        />
      );
    }
    case "gemeente": {
      const sp = await searchParams;
      const filters = parseVoortgangFilters(sp);
      const { lijst, markers, gemeenten, open, rapportages } = await laadVoortgangStart(user, filters);
      naarEerstePaginaAlsLeeg(lijst.rijen.length, lijst.pagina, paden.home(), { ...sp, pagina: undefined });
      return <VoortgangHome searchParams={sp} filters={filters} lijst={lijst} markers={markers} gemeenten={gemeenten} overdrachten={open.teOntvangen} rapportages={rapportages} />;
    }
    case "team": {
      const { data, overdrachten, signalen } = await laadTeamStart(user);
      return <TeamHome data={data} openOverdrachten={overdrachten.rijen} openOverdrachtenMeer={overdrachten.meer} signalen={<OpenSignalen signalen={signalen} />} />;
    }
    case "beheer": {
      const [gebruikers, keuzes, sessies] = await Promise.all([listGebruikers(user), gebruikerKeuzes(user), sessieInstellingen(user)]);
      return <BeheerHome organisatieNaam={user.organisatieNaam} eigenId={user.id} gebruikers={gebruikers} keuzes={keuzes} sessies={sessies} />;
    }
  }
}
