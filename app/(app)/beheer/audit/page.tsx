import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { Button } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Input, Select } from "@/components/ui/field";
import { requireUser } from "@/lib/auth/session";
import { auditFilterSchema, listAudit } from "@/lib/audit/queries";
import { AUDIT_SOORTEN } from "@/lib/audit/soorten";
import { formatDatumTijd } from "@/lib/tijd";

export const metadata: Metadata = { title: "Auditlog" };


export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requireUser("audit:bekijken");
  const filter = auditFilterSchema.parse(await searchParams);
  const { rijen, volgende, gebruikerFilter, dossierFilter } = await listAudit(user, filter);
  const volgendeHref = volgende ? `?${new URLSearchParams({ ...stripLeeg(filter), voor: volgende }).toString()}` : null;
  return (
    <>
      <PageHeader title="Auditlog" description="Wie wat bekeek of wijzigde, en wanneer. Het log kan niet worden gewijzigd of gewist." />
      <form method="get" role="search" aria-label="Auditlog filteren" className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end">
        <div className="flex flex-col gap-1">
          <label htmlFor="gebruiker" className="font-medium">Gebruiker</label>
          <Input id="gebruiker" name="gebruiker" type="search" maxLength={100} placeholder="Naam of e-mailadres" defaultValue={filter.gebruiker ?? ""} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="soort" className="font-medium">Soort</label>
          <Select id="soort" name="soort" defaultValue={filter.soort ?? ""}>
            <option value="">Alles</option>
            {AUDIT_SOORTEN.map((a) => (
              <option key={a.waarde} value={a.waarde}>{a.label}</option>
            ))}
          </Select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="van" className="font-medium">Vanaf</label>
          <Input id="van" name="van" type="date" defaultValue={filter.van ?? ""} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="tot" className="font-medium">Tot en met</label>
          <Input id="tot" name="tot" type="date" defaultValue={filter.tot ?? ""} />
        </div>
        {filter.inburgeraarId ? <input type="hidden" name="inburgeraarId" value={filter.inburgeraarId} /> : null}
        <div>
          <Button type="submit" variant="secundair">Toon</Button>
        </div>
      </form>
      {gebruikerFilter ? (
        <p className="mb-4" role="status">
          {gebruikerFilter.namen.length === 0
            ? `Geen gebruiker gevonden met “${filter.gebruiker}”.`
            : `Alleen van ${gebruikerFilter.namen.join(", ")}.${gebruikerFilter.meer ? ` Er passen meer dan ${gebruikerFilter.namen.length} gebruikers bij “${filter.gebruiker}”: maak de zoekterm preciezer om de anderen te vinden.` : ""}`}
        </p>
      ) : null}
      {dossierFilter ? (
        <p className="mb-4">
          Alleen over het dossier van <span className="font-medium">{dossierFilter.naam ?? "een onbekende inburgeraar"}</span>.{" "}
          <Link href={`?${new URLSearchParams(stripLeeg({ ...filter, inburgeraarId: undefined, voor: undefined })).toString()}`} className="text-merk-700 underline">
            Toon alle dossiers
          </Link>
        </p>
      ) : null}
      {rijen.length === 0 ? (
        <EmptyState>Niets gevonden met deze filters.</EmptyState>
      ) : (
        <ol className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {rijen.map((r) => (
            <li key={r.id} className="flex flex-col gap-0.5 p-3 sm:flex-row sm:gap-4">
              <span className="shrink-0 text-sm text-slate-700 sm:w-64">{formatDatumTijd(r.createdAt)}</span>
              <span className="flex-1">
                <span className="font-medium">{r.wie}</span> · <span className="text-sm text-slate-700">{r.soort}</span>
                <span className="block text-slate-800">{r.zin}</span>
                {r.betreft ? <span className="block text-sm text-slate-700">Betreft: {r.betreft}</span> : null}
                {r.dossier ? (
                  <span className="block text-sm text-slate-700">
                    Dossier: {r.dossier.naam} ·{" "}
                    <Link href={`?inburgeraarId=${r.dossier.id}`} className="text-merk-700 underline">
                      Alles over dit dossier
                    </Link>
                  </span>
                ) : null}
              </span>
              {r.ip ? <span className="text-sm text-slate-600">{r.ip}</span> : null}
            </li>
          ))}
        </ol>
      )}
      {volgendeHref ? (
        <p className="mt-4">
          <Link href={volgendeHref} className="font-medium text-merk-700 underline">Oudere regels</Link>
        </p>
      ) : null}
    </>
  );
}

function stripLeeg(filter: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(filter).filter((e): e is [string, string] => Boolean(e[1])));
}
