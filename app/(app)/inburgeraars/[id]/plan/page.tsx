import type { Metadata } from "next";
import { MaatjeTaken, PlanWeergave } from "@/components/plan/plan-weergave";
import { Alert } from "@/components/ui/card";
import { ofNietGevonden } from "@/lib/auth/pagina";
import { requireUser } from "@/lib/auth/session";
import { getPlanTab } from "@/lib/plan/queries";
import { meetmomentNaam } from "@/lib/plan/rules";

export const metadata: Metadata = { title: "Begeleidingsplan" };

/** The Plan tab of the dossier (the dossier layout renders the header and tabs). */
export default async function PlanPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ vastgelegd?: string }> }) {
  const user = await requireUser("inburgeraar:lezen");
  const { id } = await params;
  const { vastgelegd } = await searchParams;
  const tab = await ofNietGevonden(getPlanTab(user, id));
  const maand = vastgelegd !== undefined && /^\d{1,3}$/.test(vastgelegd) ? Number(vastgelegd) : null;
  return (
    <div className="flex flex-col gap-4">
      <h2 className="sr-only">Begeleidingsplan</h2>
      {maand !== null ? <Alert tone="goed">{meetmomentNaam(maand)} is vastgelegd.</Alert> : null}
      {tab.soort === "alles" ? <PlanWeergave plan={tab.plan} /> : <MaatjeTaken taken={tab.taken} voornaam={tab.voornaam} />}
    </div>
  );
}
