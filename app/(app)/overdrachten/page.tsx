import type { Metadata } from "next";
import { OverdrachtLijst } from "@/components/overdracht/overdracht-lijst";
import { PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { openOverdrachten } from "@/lib/overdracht/queries";

export const metadata: Metadata = { title: "Overdrachten" };

export default async function OverdrachtenPage() {
  const user = await requireUser("overdracht:ontvangen");
  const open = await openOverdrachten(user);
  return (
    <>
      <PageHeader title="Overdrachten" description="Wat jij nog moet ontvangen, en wat je verstuurde en nog niet ontvangen is." />
      <section aria-labelledby="te-ontvangen" className="mb-8">
        <h2 id="te-ontvangen" className="mb-3 text-xl font-semibold">
          Voor jou ({open.teOntvangen.length})
        </h2>
        <OverdrachtLijst items={open.teOntvangen} leeg="Er ligt niets voor je klaar." />
      </section>
      {can(user, "overdracht:maken") ? (
        <section aria-labelledby="verstuurd" className="mb-8">
          <h2 id="verstuurd" className="mb-3 text-xl font-semibold">
            Door jou verstuurd, nog niet ontvangen ({open.verstuurd.length})
          </h2>
          <OverdrachtLijst items={open.verstuurd} leeg="Alles wat je verstuurde is ontvangen." />
        </section>
      ) : null}
      {can(user, "overdracht:alle-open-zien") ? (
        <section aria-labelledby="alle-open">
          <h2 id="alle-open" className="mb-3 text-xl font-semibold">
            Alle open overdrachten ({open.alle.length})
          </h2>
          <OverdrachtLijst items={open.alle} leeg="Geen open overdrachten." />
        </section>
      ) : null}
    </>
  );
}
