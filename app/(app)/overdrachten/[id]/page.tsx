import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { OntvangForm } from "@/components/overdracht/ontvang-form";
import { Alert, Badge, Card, PageHeader } from "@/components/ui/card";
import { ofNietGevonden } from "@/lib/auth/pagina";
import { requireUser } from "@/lib/auth/session";
import { wordtInAppOntvangen } from "@/lib/overdracht/rules";
import { getOverdracht } from "@/lib/overdracht/queries";
import { paden } from "@/lib/routes";
import { OVERDRACHT_TYPE_LABELS } from "@/lib/toestemming/labels";
import { formatDatumTijd } from "@/lib/tijd";

export const metadata: Metadata = { title: "Overdracht" };

export default async function OverdrachtPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ verstuurd?: string }> }) {
  const user = await requireUser("overdracht:ontvangen");
  const { id } = await params;
  const { verstuurd } = await searchParams;
  const o = await ofNietGevonden(getOverdracht(user, id));
  const inApp = wordtInAppOntvangen(o.type);
  return (
    <>
      <PageHeader
        title={`${OVERDRACHT_TYPE_LABELS[o.type]}: ${o.inburgeraar.voornaam} ${o.inburgeraar.achternaam}`}
        description={`Van ${o.van.naam} aan ${o.naar}${o.verstuurdOp ? `, ${formatDatumTijd(o.verstuurdOp)}` : ""}`}
        actions={
          <a href={paden.overdrachtPdf(o.id)} className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 font-medium hover:bg-slate-100">
            Download als pdf
          </a>
        }
      />
      {verstuurd ? (
        <div className="mb-4">
          <Alert tone="goed">
            De overdracht is verstuurd.{" "}
            {inApp ? "De ontvanger ziet hem in Wegwijs." : "Download de pdf en stuur hem veilig naar de ontvanger."}
          </Alert>
        </div>
      ) : null}
      <Card>
        <p className="mb-3">
          {o.status === "ONTVANGEN" ? (
            <Badge tone="goed">
              Ontvangen{o.ontvangenOp ? ` op ${formatDatumTijd(o.ontvangenOp)}` : ""}
              {o.ontvangenDoor ? ` door ${o.ontvangenDoor.naam}` : ""}
            </Badge>
          ) : inApp ? (
            <Badge tone="let_op">Wacht op ontvangst</Badge>
          ) : (
            <Badge tone="info">Verstuurd als pdf</Badge>
          )}
        </p>
        <div className="whitespace-pre-line" data-testid="overdracht-tekst">
          {o.samenvatting}
        </div>
        {o.kanOntvangen || o.ontvangenDoor?.id === user.id ? (
          // Stays mounted after the acknowledgement, so its confirmation survives the page's refresh.
          <div className="mt-4">
            <OntvangForm id={o.id} version={o.version} open={o.kanOntvangen} />
          </div>
        ) : null}
      </Card>
      <p className="mt-4">
        <Link href={paden.dossier(o.inburgeraarId)} className="text-merk-700 underline">
          Naar het dossier
        </Link>
      </p>
    </>
  );
}
