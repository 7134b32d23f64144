import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { listOverleggen } from "@/lib/overleg/queries";
import { paden } from "@/lib/routes";
import { formatKalenderdatum } from "@/lib/tijd";

export const metadata: Metadata = { title: "Casuïstiekoverleggen" };

export default async function OverleggenPage() {
  const user = await requireUser("overleg:deelnemen");
  const overleggen = await listOverleggen(user);
  return (
    <>
      <PageHeader
        title="Casuïstiekoverleggen"
        description="Overleggen waar je aan meedoet. Je ziet in elk verslag alleen de dossiers die je mag zien."
        actions={can(user, "overleg:organiseren") ? <ButtonLink href={paden.overlegNieuw()}>Overleg plannen</ButtonLink> : null}
      />
      {overleggen.length === 0 ? (
        <EmptyState>Je doet nog niet mee aan een casuïstiekoverleg.</EmptyState>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2">
          {overleggen.map((o) => (
            <li key={o.id}>
              <Card>
                <h2 className="text-lg font-semibold">
                  <Link href={paden.overleg(o.id)} className="text-merk-700 underline-offset-4 hover:underline">
                    {o.titel} — {formatKalenderdatum(o.datum)}
                  </Link>
                </h2>
                <p className="text-sm text-slate-700">
                  Georganiseerd door {o.organisator} · {o.dossiers} {o.dossiers === 1 ? "dossier" : "dossiers"} voor jou
                </p>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
