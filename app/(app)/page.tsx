import type { Metadata } from "next";
import { BeheerHome } from "@/components/home/beheer-home";
import { InburgeraarLijst } from "@/components/home/inburgeraar-lijst";
import { TeamHome } from "@/components/home/team-home";
import { PageHeader } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/session";
import { listInburgeraars } from "@/lib/inburgeraar/queries";

export const metadata: Metadata = { title: "Start" };

/** Each role lands on its own home page. */
export default async function HomePage() {
  const user = await requireUser();
  switch (user.rol) {
    case "BEGELEIDER": {
      const rows = await listInburgeraars(user);
      return (
        <>
          <PageHeader
            title="Mijn inburgeraars"
            description={`${rows.length} ${rows.length === 1 ? "persoon" : "personen"} aan jou toegewezen.`}
            actions={<ButtonLink href="/inburgeraars/nieuw">Iemand aanmelden</ButtonLink>}
          />
          <InburgeraarLijst rows={rows} leeg="Er is nog niemand aan jou toegewezen." />
        </>
      );
    }
    case "VRIJWILLIGER": {
      const rows = await listInburgeraars(user);
      return (
        <>
          <PageHeader title="Mijn maatjes" description="De mensen die jij als maatje begeleidt." />
          <InburgeraarLijst rows={rows} showTeam={false} leeg="Je hebt nog geen maatje. Je teamleider koppelt je aan iemand." />
        </>
      );
    }
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
