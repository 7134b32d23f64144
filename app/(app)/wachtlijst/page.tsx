import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { WachtlijstLijst } from "@/components/team/wachtlijst";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { Select } from "@/components/ui/field";
import { leesPagina, leesParam, naarEerstePaginaAlsLeeg, Paginering } from "@/components/ui/paginering";
import { requireUser } from "@/lib/auth/session";
import { paden } from "@/lib/routes";
import { GEMEENTE_KEUZE_MAX } from "@/lib/gemeente/rules";
import { getWachtlijst } from "@/lib/wachtlijst/queries";
import { WACHT_REDEN_LABELS, type WachtReden } from "@/lib/wachtlijst/rules";

export const metadata: Metadata = { title: "Wachtlijst" };

type Params = Record<string, string | string[] | undefined>;

export default async function WachtlijstPage({ searchParams }: { searchParams: Promise<Params> }) {
  const user = await requireUser("wachtlijst:bekijken");
  const sp = await searchParams;
  const redenParam = leesParam(sp.reden);
  const reden = redenParam && redenParam in WACHT_REDEN_LABELS ? (redenParam as WachtReden) : undefined;
  const gemeenteId = leesParam(sp.gemeente);
  const data = await getWachtlijst(user, { reden, gemeenteId, pagina: leesPagina(sp.pagina) });
  naarEerstePaginaAlsLeeg(data.rijen.length, data.pagina, paden.wachtlijst(), { reden, gemeente: gemeenteId });
  const veelGemeenten = data.perGemeente.length > GEMEENTE_KEUZE_MAX;
  const gekozen = data.perGemeente.find((g) => g.id === gemeenteId);
  const chips = (
    <ul className="flex flex-wrap gap-2">
      {data.perGemeente.map((g) => (
        <li key={g.id}>
          <Link
            href={`${paden.wachtlijst()}?gemeente=${g.id}${reden ? `&reden=${reden}` : ""}`}
            aria-current={g.id === gemeenteId ? "true" : undefined}
            className={`inline-flex min-h-11 items-center gap-2 rounded-full border px-3 py-1 ${g.id === gemeenteId ? "border-merk-700 bg-merk-50" : "border-slate-300 bg-white"}`}
          >
            <span className="font-medium">{g.naam}</span>
            <span className="tabular-nums text-slate-700">
              {g.aantal} wachtend, langst {g.langsteDagen} d
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
  return (
    <>
      <PageHeader
        title="Wachtlijst"
        description={`${data.totaal} ${data.totaal === 1 ? "persoon wacht" : "mensen wachten"} op een begeleider, een opstartbegeleider of een maatje. Wie het langst wacht staat bovenaan.`}
      />
      <section aria-labelledby="per-gemeente" className="mb-4">
        {veelGemeenten ? (
          // A national organisation has hundreds: folded, so the list itself is not pushed off a phone's screen
          // (and folded again after choosing one: the key makes it a new element).
          <details key={gemeenteId ?? "alle"}>
            <summary id="per-gemeente" className="flex min-h-11 cursor-pointer items-center font-medium text-merk-700">
              {`Per gemeente (${data.perGemeente.length} gemeenten)${gekozen ? `: nu ${gekozen.naam}` : ""}`}
            </summary>
            {chips}
          </details>
        ) : (
          <>
            <h2 id="per-gemeente" className="sr-only">
              Per gemeente
            </h2>
            {chips}
          </>
        )}
      </section>
      <form method="get" role="search" aria-label="Filteren" className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
        {gemeenteId ? <input type="hidden" name="gemeente" value={gemeenteId} /> : null}
        <div className="flex flex-col gap-1">
          <label htmlFor="reden" className="font-medium">
            Wacht op
          </label>
          <Select id="reden" name="reden" defaultValue={reden ?? ""}>
            <option value="">Alles</option>
            {(Object.keys(WACHT_REDEN_LABELS) as WachtReden[]).map((r) => (
              <option key={r} value={r}>
                {WACHT_REDEN_LABELS[r]}
              </option>
            ))}
          </Select>
        </div>
        <Button type="submit" variant="secundair">
          Toon
        </Button>
        {gemeenteId || reden ? (
          <Link href={paden.wachtlijst()} className="min-h-11 py-2 text-merk-700 underline">
            Alle gemeenten en redenen
          </Link>
        ) : null}
      </form>
      <WachtlijstLijst rijen={data.rijen} leeg="Niemand wacht. Iedereen heeft wie hij of zij nodig heeft." />
      <Paginering pagina={data.pagina} paginas={data.paginas} pad={paden.wachtlijst()} params={{ reden, gemeente: gemeenteId }} />
    </>
  );
}
