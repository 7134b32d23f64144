import type { Metadata } from "next";
import { BeeindigButton } from "@/components/toewijzing/beeindig-button";
import { ToewijzingForm } from "@/components/toewijzing/toewijzing-form";
import { Card, EmptyState } from "@/components/ui/card";
import { ofNietGevonden } from "@/lib/auth/pagina";
import { requireUser } from "@/lib/auth/session";
import { formatDatum } from "@/lib/tijd";
import { getToewijzingen } from "@/lib/toewijzing/queries";
import { TOEWIJZING_ROL_LABELS } from "@/lib/toewijzing/schema";

export const metadata: Metadata = { title: "Begeleiders en maatje" };

export default async function ToewijzingenPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("toewijzing:beheren");
  const { id } = await params;
  const data = await ofNietGevonden(getToewijzingen(user, id));
  return (
    <div className="flex flex-col gap-6">
      <Card>
        <h2 className="mb-3 text-xl font-semibold">Nu betrokken</h2>
        {data.actief.length === 0 ? (
          <EmptyState>Er is nog niemand toegewezen.</EmptyState>
        ) : (
          <ul className="flex flex-col gap-3">
            {data.actief.map((t) => (
              <li key={t.id} className="flex flex-wrap items-start justify-between gap-3 border-b border-slate-200 pb-3 last:border-0">
                <div>
                  <p className="font-semibold">{t.gebruiker.naam}</p>
                  <p className="text-sm text-slate-700">
                    {TOEWIJZING_ROL_LABELS[t.rol]} sinds {formatDatum(t.vanaf)}
                    {t.toegewezenDoor ? ` · toegewezen door ${t.toegewezenDoor.naam}` : ""}
                    {t.reden ? ` · ${t.reden}` : ""}
                  </p>
                </div>
                <BeeindigButton toewijzingId={t.id} inburgeraarId={data.persoon.id} naam={t.gebruiker.naam} />
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card>
        <h2 className="mb-1 text-xl font-semibold">Iemand toewijzen</h2>
        <p className="mb-4 text-slate-700">
          Per rol is er één persoon tegelijk: wie je nu kiest, neemt het over van wie de rol had.
          {data.persoon.talen.length ? ` ${data.persoon.naam} spreekt ${data.persoon.talen.join(", ")}.` : ""}
        </p>
        <ToewijzingForm inburgeraarId={data.persoon.id} kandidaten={data.kandidaten} />
      </Card>
      {data.historie.length > 0 ? (
        <Card>
          <h2 className="mb-3 text-xl font-semibold">Eerder betrokken</h2>
          <ul className="flex flex-col gap-2 text-slate-800">
            {data.historie.map((t) => (
              <li key={t.id}>
                {t.gebruiker.naam} — {TOEWIJZING_ROL_LABELS[t.rol].toLowerCase()} van {formatDatum(t.vanaf)} tot {t.tot ? formatDatum(t.tot) : "nu"}
                {t.reden ? ` (${t.reden})` : ""}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}
