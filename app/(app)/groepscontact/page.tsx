import type { Metadata } from "next";
import { GroepscontactForm } from "@/components/afspraak/groepscontact-form";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { getGroepKandidaten } from "@/lib/afspraak/queries";
import { beginVanZojuist, STANDAARD_DUUR } from "@/lib/afspraak/rules";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Groepscontact vastleggen" };

/** A spreekuur or groepsbijeenkomst for several of my people at once (DOMAIN §3.4). */
export default async function GroepscontactPage() {
  const user = await requireUser("afspraak:loggen");
  const personen = await getGroepKandidaten(user);
  const begin = beginVanZojuist(new Date(), STANDAARD_DUUR.GROEPSBIJEENKOMST);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title="Groepscontact vastleggen" description="Eén spreekuur of groepsbijeenkomst, in één keer vastgelegd bij iedereen die er was." />
      {personen.length < 2 ? (
        <EmptyState>Een groepscontact leg je vast voor minstens twee mensen die jij begeleidt. Voor één persoon gebruik je ‘Contact vastleggen’.</EmptyState>
      ) : (
        <GroepscontactForm personen={personen} standaarden={begin} />
      )}
    </div>
  );
}
