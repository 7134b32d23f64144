import type { Metadata } from "next";
import { InburgeraarLijst } from "@/components/home/inburgeraar-lijst";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { listInburgeraars } from "@/lib/inburgeraar/queries";

export const metadata: Metadata = { title: "Inburgeraars" };

export default async function InburgeraarsPage() {
  const user = await requireUser("inburgeraar:lezen");
  const rows = await listInburgeraars(user);
  return (
    <>
      <PageHeader
        title="Inburgeraars"
        description={`${rows.length} ${rows.length === 1 ? "persoon" : "personen"}.`}
        actions={can(user, "inburgeraar:aanmelden") ? <ButtonLink href="/inburgeraars/nieuw">Iemand aanmelden</ButtonLink> : null}
      />
      <InburgeraarLijst rows={rows} showTeam={can(user, "toewijzing:zien")} leeg="Er zijn geen inburgeraars om te tonen." />
    </>
  );
}
