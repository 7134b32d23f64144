import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { VogBadge } from "@/components/vrijwilliger/vog-badge";
import { Button } from "@/components/ui/button";
import { Badge, EmptyState, PageHeader } from "@/components/ui/card";
import { Input, Select } from "@/components/ui/field";
import { leesPagina, leesParam, naarEerstePaginaAlsLeeg, Paginering } from "@/components/ui/paginering";
import { requireUser } from "@/lib/auth/session";
import type { VrijwilligerStatus } from "@/lib/db/generated/enums";
import { paden } from "@/lib/routes";
import { VRIJWILLIGER_STATUS_LABELS, VRIJWILLIGER_TAAK_LABELS } from "@/lib/vrijwilliger/rules";
import { listVrijwilligers } from "@/lib/vrijwilliger/queries";

export const metadata: Metadata = { title: "Vrijwilligers" };

export default async function VrijwilligersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("vrijwilliger:beheren");
  const sp = await searchParams;
  const statusParam = leesParam(sp.status);
  const status = statusParam && statusParam in VRIJWILLIGER_STATUS_LABELS ? (statusParam as VrijwilligerStatus) : undefined;
  const zoek = leesParam(sp.zoek);
  const vogAandacht = leesParam(sp.vog) === "1";
  const data = await listVrijwilligers(user, { zoek, status, vogAandacht, pagina: leesPagina(sp.pagina) });
  const params = { zoek, status, vog: vogAandacht ? "1" : undefined };
  naarEerstePaginaAlsLeeg(data.rijen.length, data.pagina, paden.vrijwilligers(), params);
  return (
    <>
      <PageHeader
        title="Vrijwilligers"
        description={`${data.totaal} ${data.totaal === 1 ? "vrijwilliger" : "vrijwilligers"}${data.vogAandacht ? `; bij ${data.vogAandacht} vraagt de VOG aandacht` : ""}.`}
      />
      <form method="get" role="search" aria-label="Zoeken en filteren" className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4 lg:items-end">
        <div className="flex flex-col gap-1 sm:col-span-2">
          <label htmlFor="zoek" className="font-medium">
            Zoek op naam of taal
          </label>
          <Input id="zoek" name="zoek" type="search" maxLength={100} defaultValue={zoek ?? ""} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="status" className="font-medium">
            Status
          </label>
          <Select id="status" name="status" defaultValue={status ?? ""}>
            <option value="">Alle</option>
            {(Object.keys(VRIJWILLIGER_STATUS_LABELS) as VrijwilligerStatus[]).map((s) => (
              <option key={s} value={s}>
                {VRIJWILLIGER_STATUS_LABELS[s]}
              </option>
            ))}
          </Select>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <label className="flex min-h-11 items-center gap-2">
            <input type="checkbox" name="vog" value="1" defaultChecked={vogAandacht} className="size-5" />
            VOG vraagt aandacht
          </label>
          <Button type="submit" variant="secundair">
            Toon
          </Button>
        </div>
      </form>
      {data.rijen.length === 0 ? (
        <EmptyState>Geen vrijwilligers gevonden.</EmptyState>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2">
          {data.rijen.map((v) => (
            <li key={v.id} className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <Link href={paden.vrijwilliger(v.id)} className="text-lg font-semibold text-merk-700 underline-offset-4 hover:underline">
                  {v.naam}
                </Link>
                {v.status !== "ACTIEF" ? <Badge tone="let_op">{VRIJWILLIGER_STATUS_LABELS[v.status]}</Badge> : null}
                {!v.accountActief ? <Badge tone="fout">Account uit</Badge> : null}
              </div>
              <p className="text-slate-800">
                {v.talen.length ? v.talen.join(", ") : "Nog geen talen"} · {v.maatjes} van {v.maxMaatjes} maatjes
                {v.vrij > 0 ? ` (nog ${v.vrij} ${v.vrij === 1 ? "plek" : "plekken"})` : " (vol)"}
              </p>
              <p className="text-sm text-slate-700">
                {v.taken.map((t) => VRIJWILLIGER_TAAK_LABELS[t].toLowerCase()).join(", ")}
                {v.gemeenten.length ? ` · ${v.gemeenten.join(", ")}` : ""}
                {v.urenPerWeek ? ` · ${v.urenPerWeek} uur per week` : ""}
                {!v.getraind ? " · training nog niet gedaan" : ""}
              </p>
              <div>
                <VogBadge vog={v.vog} />
              </div>
            </li>
          ))}
        </ul>
      )}
      <Paginering pagina={data.pagina} paginas={data.paginas} pad={paden.vrijwilligers()} params={params} />
    </>
  );
}
