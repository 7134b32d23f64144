import type { Metadata } from "next";
import { CaseloadHome, parseCaseloadFilters, type CaseloadSearchParams } from "@/components/caseload/caseload-home";
import { BeheerHome } from "@/components/home/beheer-home";
import { InburgeraarLijst } from "@/components/home/inburgeraar-lijst";
import { TeamHome } from "@/components/home/team-home";
import { PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { can, dossierZicht, startpaginaVan } from "@/lib/authz";
import { caseloadGemeenten, getCaseload } from "@/lib/caseload/queries";
import { gebruikerKeuzes, listGebruikers } from "@/lib/gebruiker/queries";
import { listInburgeraars } from "@/lib/inburgeraar/queries";
import { teamOverzicht, zonderMaatje } from "@/lib/team/queries";

export const metadata: Metadata = { title: "Start" };

/** Each role lands on its own home page (lib/authz decides which); the route loads, the components render. */
export default async function HomePage({ searchParams }: { searchParams: Promise<CaseloadSearchParams> }) {
  const user = await requireUser();
  const start = startpaginaVan(user);
  switch (start) {
    case "caseload":
    case "maatjes": {
      const filters = parseCaseloadFilters(await searchParams);
      const [rows, gemeenten] = await Promise.all([getCaseload(user, filters), caseloadGemeenten(user)]);
      return (
        <CaseloadHome
          rows={rows}
          gemeenten={gemeenten}
          filters={filters}
          isMaatjes={start === "maatjes"}
          kanAanmelden={can(user, "inburgeraar:aanmelden")}
          zoekOpVNummer={dossierZicht(user, []).identiteit}
          kanLoggen={can(user, "afspraak:loggen")}
        />
      );
    }
    case "gemeente": {
      const rows = await listInburgeraars(user);
      return (
        <>
          <PageHeader
            title="Inburgeraars in mijn gemeenten"
            description="Je ziet de fase van iedereen. Meer details zie je alleen als de inburgeraar daar toestemming voor gaf."
          />
          <InburgeraarLijst rows={rows} showTeam={can(user, "toewijzing:zien")} leeg="Er zijn nog geen inburgeraars in jouw gemeenten." />
        </>
      );
    }
    case "team": {
      const [leden, wachtend] = await Promise.all([teamOverzicht(user), zonderMaatje(user)]);
      return <TeamHome leden={leden} wachtend={wachtend} />;
    }
    case "beheer": {
      const [gebruikers, keuzes] = await Promise.all([listGebruikers(user), gebruikerKeuzes(user)]);
      return <BeheerHome organisatieNaam={user.organisatieNaam} eigenId={user.id} gebruikers={gebruikers} keuzes={keuzes} />;
    }
  }
}
