import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { OverlegForm } from "@/components/overleg/overleg-form";
import { Button } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Input } from "@/components/ui/field";
import { leesParam } from "@/components/ui/paginering";
import { requireUser } from "@/lib/auth/session";
import { ROL_LABELS } from "@/components/shell/nav";
import { MAX_KEUZE_DOSSIERS, overlegKeuzes } from "@/lib/overleg/queries";
import { paden } from "@/lib/routes";
import { vandaag } from "@/lib/tijd";

export const metadata: Metadata = { title: "Overleg plannen" };

export default async function NieuwOverlegPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("overleg:organiseren");
  const zoek = leesParam((await searchParams).zoek)?.slice(0, 100);
  const keuzes = await overlegKeuzes(user, { zoek });
  return (
    <>
      <PageHeader title="Casuïstiekoverleg plannen" description="Bespreek samen dossiers die vastlopen. Leg per dossier de besluiten en acties vast; acties komen in de caseload van wie ze doet." />
      {/* Find the dossiers first: a search reloads the page, so the form below starts fresh. */}
      <form method="get" role="search" aria-label="Dossiers zoeken" className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
        <div className="flex flex-col gap-1">
          <label htmlFor="zoek" className="font-medium">
            Dossier zoeken op naam
          </label>
          <Input id="zoek" name="zoek" type="search" maxLength={100} defaultValue={zoek ?? ""} />
        </div>
        <Button type="submit" variant="secundair">
          Zoek
        </Button>
        {zoek ? (
          <Link href={paden.overlegNieuw()} className="min-h-11 py-2 text-merk-700 underline">
            Wis zoekopdracht
          </Link>
        ) : null}
      </form>
      {keuzes.meer ? (
        <p className="mb-4" role="status">
          Je ziet de eerste {MAX_KEUZE_DOSSIERS} dossiers{zoek ? ` die passen bij “${zoek}”` : ""}. Zoek op naam om andere te vinden.
        </p>
      ) : zoek && keuzes.dossiers.length === 0 ? (
        <p className="mb-4" role="status">
          Geen dossier gevonden met “{zoek}”.
        </p>
      ) : null}
      <Card>
        <OverlegForm collegas={keuzes.collegas.map((c) => ({ id: c.id, naam: c.naam, rolLabel: ROL_LABELS[c.rol].toLowerCase() }))} dossiers={keuzes.dossiers} vandaag={vandaag()} />
      </Card>
    </>
  );
}
