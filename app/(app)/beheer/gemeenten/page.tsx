import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { listGemeenten } from "@/lib/gemeente/queries";

export const metadata: Metadata = { title: "Gemeenten" };

export default async function GemeentenPage() {
  const user = await requireUser("gemeente:beheren");
  const gemeenten = await listGemeenten(user);
  return (
    <>
      <PageHeader title="Gemeenten" description="De afspraken per gemeente: looptijd, opstartfase, meetmomenten en contactnorm." />
      <ul className="grid gap-3 sm:grid-cols-2">
        {gemeenten.map((g) => (
          <li key={g.id}>
            <Card>
              <h2 className="text-lg font-semibold">
                <Link href={`/beheer/gemeenten/${g.id}`} className="text-merk-700 underline-offset-4 hover:underline">
                  {g.naam}
                </Link>
              </h2>
              <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
                <dt className="text-slate-600">Looptijd</dt>
                <dd>{g.looptijdMaanden} maanden</dd>
                <dt className="text-slate-600">Opstartfase</dt>
                <dd>{g.opstartfaseWeken} weken</dd>
                <dt className="text-slate-600">Meetmomenten</dt>
                <dd>{g.meetmomentenMaanden.length ? `na ${g.meetmomentenMaanden.join(", ")} maanden` : "geen"}</dd>
                <dt className="text-slate-600">Contactnorm</dt>
                <dd>elke {g.contactNormDagen} dagen</dd>
              </dl>
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}
