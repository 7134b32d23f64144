import type { Metadata } from "next";
import { OverdrachtLijst } from "@/components/overdracht/overdracht-lijst";
import { PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { openOverdrachten } from "@/lib/overdracht/queries";

export const metadata: Metadata = { title: "Overdrachten" };

const aantal = (n: number, meer: boolean) => `${n}${meer ? "+" : ""}`;
const meerZin = (n: number) => `Er wachten er meer dan ${n}. Je ziet de ${n} die het langst wachten.`;

export default async function OverdrachtenPage() {
  const user = await requireUser("overdracht:ontvangen");
  const open = await openOverdrachten(user);
  return (
    <>
      <PageHeader title="Overdrachten" description="Wat jij nog moet ontvangen, en wat je verstuurde en nog niet ontvangen is." />
      <section aria-labelledby="te-ontvangen" className="mb-8">
        <h2 id="te-ontvangen" className="mb-3 text-xl font-semibold">
          Voor jou ({aantal(open.teOntvangen.length, open.meer.teOntvangen)})
        </h2>
        {open.meer.teOntvangen ? <p className="mb-2 text-slate-700">{meerZin(open.teOntvangen.length)}</p> : null}
        <OverdrachtLijst items={open.teOntvangen} leeg="Er ligt niets voor je klaar." />
      </section>
      {can(user, "overdracht:maken") ? (
        <section aria-labelledby="verstuurd" className="mb-8">
          <h2 id="verstuurd" className="mb-3 text-xl font-semibold">
            Door jou verstuurd, nog niet ontvangen ({aantal(open.verstuurd.length, open.meer.verstuurd)})
          </h2>
          {open.meer.verstuurd ? <p className="mb-2 text-slate-700">{meerZin(open.verstuurd.length)}</p> : null}
          <OverdrachtLijst items={open.verstuurd} leeg="Alles wat je verstuurde is ontvangen." />
        </section>
      ) : null}
      {can(user, "overdracht:alle-open-zien") ? (
        <section aria-labelledby="alle-open">
          <h2 id="alle-open" className="mb-3 text-xl font-semibold">
            Alle open overdrachten ({aantal(open.alle.length, open.meer.alle)})
          </h2>
          {open.meer.alle ? <p className="mb-2 text-slate-700">{meerZin(open.alle.length)}</p> : null}
          <OverdrachtLijst items={open.alle} leeg="Geen open overdrachten." />
        </section>
      ) : null}
    </>
  );
}
