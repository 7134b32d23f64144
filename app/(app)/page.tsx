import type { Metadata } from "next";
import { CaseloadHome, type CaseloadSearchParams } from "@/components/caseload/caseload-home";
import { BeheerHome } from "@/components/home/beheer-home";
import { InburgeraarLijst } from "@/components/home/inburgeraar-lijst";
import { TeamHome } from "@/components/home/team-home";
import { PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { listInburgeraars } from "@/lib/inburgeraar/queries";

export const metadata: Metadata = { title: "Start" };

/** Each role lands on its own home page. */
export default async function HomePage({ searchParams }: { searchParams: Promise<CaseloadSearchParams> }) {
  const user = await requireUser();
  switch (user.rol) {
    case "BEGELEIDER":
    case "VRIJWILLIGER":
      return <CaseloadHome user={user} searchParams={await searchParams} />;
    case "CONSULENT": {
      const rows = await listInburgeraars(user);
      return (
        <>
          <PageHeader
            title="Inburgeraars in mijn gemeenten"
            description="Je ziet de fase van iedereen. Meer details zie je alleen als de inburgeraar daar toestemming voor gaf."
          />
          <InburgeraarLijst rows={rows} showTeam={false} leeg="Er zijn nog geen inburgeraars in jouw gemeenten." />
        </>
      );
    }
    case "TEAMLEIDER":
      return <TeamHome user={user} />;
    case "BEHEERDER":
      return <BeheerHome user={user} />;
  }
}
