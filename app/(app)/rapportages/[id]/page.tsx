import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { RapportageWeergave } from "@/components/rapportage/rapportage-weergave";
import { Card, PageHeader } from "@/components/ui/card";
import { ofNietGevonden } from "@/lib/auth/pagina";
import { requireUser } from "@/lib/auth/session";
import { getRapportage } from "@/lib/rapportage/queries";
import { paden } from "@/lib/routes";
import { formatDatumTijd } from "@/lib/tijd";

export const metadata: Metadata = { title: "Voortgangsrapportage" };

export default async function RapportageVersiePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("rapportage:lezen");
  const { id } = await params;
  const r = await ofNietGevonden(getRapportage(user, id));
  return (
    <>
      <PageHeader
        title={`Voortgangsrapportage ${r.inhoud.naam}`}
        description={`Gemeente ${r.inhoud.gemeente} · versie ${r.versie} · gedeeld op ${formatDatumTijd(r.gedeeldOp)} door ${r.gedeeldDoor.naam}`}
        actions={
          <a href={paden.rapportagePdf(r.id)} className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 font-medium hover:bg-slate-100">
            Download als pdf
          </a>
        }
      />
      <Card>
        <RapportageWeergave inhoud={r.inhoud} toelichting={r.toelichting} />
      </Card>
      <p className="mt-4">
        <Link href={paden.dossier(r.inburgeraarId)} className="text-merk-700 underline">
          Naar het dossier
        </Link>
      </p>
    </>
  );
}
