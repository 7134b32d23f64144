import type { Metadata } from "next";
import { AanmeldForm } from "@/components/inburgeraar/aanmeld-form";
import { PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { aanmeldKeuzes } from "@/lib/inburgeraar/queries";

export const metadata: Metadata = { title: "Inburgeraar aanmelden" };

export default async function AanmeldenPage() {
  const user = await requireUser("inburgeraar:aanmelden");
  const { gemeenten, begeleiders } = await aanmeldKeuzes(user);
  return (
    <>
      <PageHeader
        title="Inburgeraar aanmelden"
        description={begeleiders === null ? "Je wordt zelf de begeleider van deze persoon." : "Kies hieronder wie deze persoon gaat begeleiden."}
      />
      <AanmeldForm gemeenten={gemeenten} begeleiders={begeleiders} />
    </>
  );
}
