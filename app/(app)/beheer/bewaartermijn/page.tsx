import type { Metadata } from "next";
import { BewaartermijnForm } from "@/components/beheer/bewaartermijn-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { bewaarRapportVoor, type TeAnonimiseren } from "@/lib/avg/bewaartermijn";
import { formatKalenderdatum } from "@/lib/tijd";

export const metadata: Metadata = { title: "Bewaartermijn" };

function Lijst({ titel, leeg, dossiers }: { titel: string; leeg: string; dossiers: TeAnonimiseren[] }) {
  const id = `lijst-${titel.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-2 text-lg font-semibold text-slate-900">
        {titel} ({dossiers.length})
      </h2>
      {dossiers.length === 0 ? (
        <p className="text-slate-700">{leeg}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left">
            <thead className="bg-slate-50 text-sm text-slate-700">
              <tr>
                <th scope="col" className="p-3 font-medium">Kenmerk</th>
                <th scope="col" className="p-3 font-medium">Gemeente</th>
                <th scope="col" className="p-3 font-medium">Afgesloten op</th>
                <th scope="col" className="p-3 font-medium">Anonimiseren vanaf</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {dossiers.map((d) => (
                <tr key={d.id}>
                  <td className="p-3 font-mono">{d.kenmerk}</td>
                  <td className="p-3">{d.gemeente}</td>
                  <td className="p-3">{formatKalenderdatum(d.afgeslotenOp)}</td>
                  <td className="p-3">{formatKalenderdatum(d.vanaf)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/**
 * The beheerder's bewaartermijn: the setting, and the dry run of what the
 * nightly job will anonymise (no names: a beheerder sees no dossiers).
 */
export default async function BewaartermijnPage() {
  const user = await requireUser("avg:bewaartermijn");
  const rapport = await bewaarRapportVoor(user);
  return (
    <>
      <PageHeader title="Bewaartermijn" />
      <div className="flex flex-col gap-6">
        <Card>
          <p className="mb-4 text-slate-800">
            Een afgesloten dossier bewaren we niet langer dan nodig. Na de bewaartermijn haalt Wegwijs de persoonsgegevens weg: naam, BSN,
            adres, verslagen, notities en signalen. Datums, fases en soorten afspraken blijven, voor de cijfers. Dit gebeurt elke nacht
            vanzelf. Hieronder zie je vooraf welke dossiers aan de beurt zijn.
          </p>
          <BewaartermijnForm maanden={rapport.bewaartermijnMaanden} />
        </Card>
        <Lijst titel="Nu aan de beurt" leeg="Er zijn geen dossiers waarvan de bewaartermijn voorbij is." dossiers={rapport.nu} />
        <Lijst titel="In de komende 90 dagen" leeg="In de komende 90 dagen zijn er geen dossiers aan de beurt." dossiers={rapport.binnenkort} />
        <p className="text-slate-700">Al geanonimiseerd: {rapport.alGeanonimiseerd} {rapport.alGeanonimiseerd === 1 ? "dossier" : "dossiers"}.</p>
      </div>
    </>
  );
}
