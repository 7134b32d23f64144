import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { Button } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Input } from "@/components/ui/field";
import { requireUser } from "@/lib/auth/session";
import { paden } from "@/lib/routes";
import { ONDERWERP_LABELS, ontvangerOmschrijving } from "@/lib/toestemming/labels";
import { toestemmingOverzicht } from "@/lib/toestemming/queries";
import { formatKalenderdatum } from "@/lib/tijd";

export const metadata: Metadata = { title: "Toestemmingen" };

/** Per person: what is shared with whom today. */
export default async function ToestemmingenPage({ searchParams }: { searchParams: Promise<{ zoek?: string; pagina?: string; zonder?: string }> }) {
  const user = await requireUser("toestemming:vastleggen");
  const sp = await searchParams;
  const o = await toestemmingOverzicht(user, { zoek: sp.zoek, pagina: Number.parseInt(sp.pagina ?? "1", 10) || 1, alleenZonder: sp.zonder === "1" });
  const link = (p: number) => `${paden.toestemmingen()}?${new URLSearchParams(Object.entries({ ...sp, pagina: String(p) }).filter((e): e is [string, string] => Boolean(e[1]))).toString()}`;
  return (
    <>
      <PageHeader title="Toestemmingen" description="Wat er vandaag gedeeld wordt, en met wie. Zonder toestemming wordt er niets gedeeld." />
      <form method="get" role="search" aria-label="Zoeken" className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
        <div className="flex flex-col gap-1">
          <label htmlFor="zoek" className="font-medium">
            Zoek op naam
          </label>
          <Input id="zoek" name="zoek" type="search" maxLength={100} defaultValue={sp.zoek ?? ""} />
        </div>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="zonder" value="1" defaultChecked={sp.zonder === "1"} className="size-5" />
          Alleen wie niets deelt
        </label>
        <Button type="submit" variant="secundair">
          Toon
        </Button>
      </form>
      <p className="mb-2 text-slate-700">
        {o.totaal} {o.totaal === 1 ? "persoon" : "personen"}
        {o.paginas > 1 ? `, pagina ${o.pagina} van ${o.paginas}` : ""}
      </p>
      {o.rijen.length === 0 ? (
        <EmptyState>Niemand gevonden.</EmptyState>
      ) : (
        <ul className="flex flex-col gap-2">
          {o.rijen.map((r) => (
            <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <p className="flex flex-wrap items-baseline gap-2">
                <Link href={paden.dossierTab(r.id, "toestemming")} className="font-semibold text-merk-700 underline-offset-4 hover:underline">
                  {r.naam}
                </Link>
                <span className="text-sm text-slate-700">{r.gemeente}</span>
              </p>
              {r.gedeeld.length === 0 ? (
                <p className="mt-1 text-slate-700">Deelt niets.</p>
              ) : (
                <ul className="mt-1 flex flex-col gap-1">
                  {r.gedeeld.map((g) => (
                    <li key={`${g.ontvanger}-${g.naam ?? ""}`}>
                      <span className="font-medium">Met {ontvangerOmschrijving(g.ontvanger, g.naam)}:</span> {g.onderwerpen.map((x) => ONDERWERP_LABELS[x].toLowerCase()).join(", ")}
                      {g.geldigTot ? <span className="text-sm text-slate-700"> (tot en met {formatKalenderdatum(g.geldigTot)})</span> : null}
                      {g.eindigtOp ? <span className="text-sm text-amber-800"> (ingetrokken vanaf {formatKalenderdatum(g.eindigtOp)})</span> : null}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      {o.paginas > 1 ? (
        <nav aria-label="Pagina's" className="mt-4 flex justify-between">
          {o.pagina > 1 ? <Link href={link(o.pagina - 1)} className="inline-flex min-h-11 items-center text-merk-700 underline">Vorige</Link> : <span />}
          {o.pagina < o.paginas ? <Link href={link(o.pagina + 1)} className="inline-flex min-h-11 items-center text-merk-700 underline">Volgende</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
