import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { paden } from "@/lib/routes";
import { EigenProfielForm } from "@/components/vrijwilliger/profiel-form";
import { VogBadge } from "@/components/vrijwilliger/vog-badge";
import { Card, PageHeader } from "@/components/ui/card";
import { ofNietGevonden } from "@/lib/auth/pagina";
import { requireUser } from "@/lib/auth/session";
import { VRIJWILLIGER_STATUS_LABELS, VRIJWILLIGER_TAAK_LABELS } from "@/lib/vrijwilliger/rules";
import { getEigenProfiel } from "@/lib/vrijwilliger/queries";

export const metadata: Metadata = { title: "Mijn profiel" };

export default async function ProfielPage() {
  const user = await requireUser("vrijwilliger:eigen-profiel");
  const { profiel: p, gemeenten } = await ofNietGevonden(getEigenProfiel(user));
  return (
    <>
      <PageHeader title="Mijn profiel" description="Je talen en wanneer je kunt. Je teamleider gebruikt dit om een maatje bij je te zoeken." />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <EigenProfielForm p={p} />
        </Card>
        <Card>
          <h2 className="mb-2 text-lg font-semibold">Wat je teamleider bijhoudt</h2>
          <dl className="flex flex-col gap-1 text-slate-800">
            <div>
              <dt className="inline font-medium">Status: </dt>
              <dd className="inline">{VRIJWILLIGER_STATUS_LABELS[p.status]}</dd>
            </div>
            <div>
              <dt className="inline font-medium">Taken: </dt>
              <dd className="inline">{p.taken.map((t) => VRIJWILLIGER_TAAK_LABELS[t as keyof typeof VRIJWILLIGER_TAAK_LABELS].toLowerCase()).join(", ") || "—"}</dd>
            </div>
            <div>
              <dt className="inline font-medium">Maximaal: </dt>
              <dd className="inline">{p.maxMaatjes} maatjes</dd>
            </div>
            {gemeenten.length ? (
              <div>
                <dt className="inline font-medium">Gemeenten: </dt>
                <dd className="inline">{gemeenten.join(", ")}</dd>
              </div>
            ) : null}
          </dl>
          <div className="mt-3">
            <VogBadge vog={p.vog} />
          </div>
          <p className="mt-3 text-sm text-slate-700">Klopt hier iets niet, of wil je een pauze? Laat het je teamleider weten.</p>
          <p className="mt-3 text-sm text-slate-700">
            Je account beter beveiligen met een code uit een app op je telefoon?{" "}
            <Link href={paden.account()} className="text-merk-700 underline">
              Inloggen in twee stappen bij Mijn account
            </Link>
          </p>
        </Card>
      </div>
    </>
  );
}
