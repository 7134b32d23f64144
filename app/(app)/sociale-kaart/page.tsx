import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { KaartKaartje } from "@/components/sociale-kaart/kaart-kaartje";
import { Button, ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Input, Select } from "@/components/ui/field";
import { leesPagina, leesParam, naarEerstePaginaAlsLeeg, Paginering } from "@/components/ui/paginering";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import type { Leefgebied } from "@/lib/db/generated/enums";
import { LEEFGEBIED_LABELS, LEEFGEBIED_VOLGORDE } from "@/lib/inburgeraar/labels";
import { paden } from "@/lib/routes";
import { kaartGemeenteFilter, listSocialeKaart, PAGINA_GROOTTE } from "@/lib/sociale-kaart/queries";

export const metadata: Metadata = { title: "Sociale kaart" };

type Params = Record<string, string | string[] | undefined>;

export default async function SocialeKaartPage({ searchParams }: { searchParams: Promise<Params> }) {
  const user = await requireUser("sociale-kaart:lezen");
  const sp = await searchParams;
  // A list of the gemeenten to choose from, or (with hundreds) a field for the name: decision 030.
  const { keuzes, gemeenteId, gemeenteNaam, treffers } = await kaartGemeenteFilter(user, { gemeente: leesParam(sp.gemeente), gemeentenaam: leesParam(sp.gemeentenaam) });
  const leefgebiedParam = leesParam(sp.leefgebied);
  const leefgebied = LEEFGEBIED_VOLGORDE.includes(leefgebiedParam as Leefgebied) ? (leefgebiedParam as Leefgebied) : undefined;
  const zoek = leesParam(sp.zoek)?.slice(0, 100);
  const magBeheren = can(user, "sociale-kaart:beheren");
  const pagina = leesPagina(sp.pagina);
  const { rijen, totaal } = await listSocialeKaart(user, { gemeenteId, gemeenteNaam: gemeenteId ? undefined : gemeenteNaam, leefgebied, zoek, metInactief: magBeheren }, pagina);
  const params = keuzes ? { gemeente: gemeenteId, leefgebied, zoek } : { gemeentenaam: gemeenteNaam, leefgebied, zoek };
  naarEerstePaginaAlsLeeg(rijen.length, pagina, paden.socialeKaart(), params);
  return (
    <>
      <PageHeader
        title="Sociale kaart"
        description="Organisaties in de gemeente waar je iemand naartoe kunt verwijzen: per leefgebied, met hun talen en openingstijden."
        actions={
          <div className="flex flex-wrap gap-2">
            {magBeheren ? (
              <>
                <ButtonLink href={paden.socialeKaartNieuw()}>Organisatie toevoegen</ButtonLink>
                <ButtonLink href={paden.socialeKaartImport()} variant="secundair">
                  CSV importeren
                </ButtonLink>
              </>
            ) : null}
            <ButtonLink href={paden.socialeKaartCsv(gemeenteId)} variant="secundair">
              CSV downloaden
            </ButtonLink>
          </div>
        }
      />
      <form method="get" role="search" aria-label="Filteren" className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
        <div className="flex flex-col gap-1">
          <label htmlFor="kaart-gemeente" className="font-medium">
            {keuzes ? "Gemeente" : "Gemeente (naam)"}
          </label>
          {keuzes ? (
            <Select id="kaart-gemeente" name="gemeente" defaultValue={gemeenteId ?? ""}>
              <option value="">Alle gemeenten</option>
              {keuzes.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.naam}
                </option>
              ))}
            </Select>
          ) : (
            <Input id="kaart-gemeente" name="gemeentenaam" type="search" defaultValue={gemeenteNaam ?? ""} maxLength={100} />
          )}
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="kaart-leefgebied" className="font-medium">
            Leefgebied
          </label>
          <Select id="kaart-leefgebied" name="leefgebied" defaultValue={leefgebied ?? ""}>
            <option value="">Alle leefgebieden</option>
            {LEEFGEBIED_VOLGORDE.map((l) => (
              <option key={l} value={l}>
                {LEEFGEBIED_LABELS[l]}
              </option>
            ))}
          </Select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="kaart-zoek" className="font-medium">
            Zoeken
          </label>
          <Input id="kaart-zoek" name="zoek" type="search" defaultValue={zoek ?? ""} maxLength={100} />
        </div>
        <Button type="submit" variant="secundair">
          Filter
        </Button>
        {gemeenteId || gemeenteNaam || leefgebied || zoek ? (
          <Link href={paden.socialeKaart()} className="min-h-11 content-center text-merk-700 underline">
            Alles tonen
          </Link>
        ) : null}
      </form>
      <p className="mb-3 text-slate-700" aria-live="polite">
        {totaal} {totaal === 1 ? "organisatie" : "organisaties"}
        {!keuzes && gemeenteNaam && !gemeenteId
          ? treffers === 0
            ? `. Geen gemeente gevonden met „${gemeenteNaam}”: je ziet alleen organisaties voor alle gemeenten.`
            : `. Meer gemeenten passen bij „${gemeenteNaam}”: je ziet ze allemaal. Typ de hele naam om één gemeente te kiezen (en de CSV van die gemeente).`
          : null}
      </p>
      {rijen.length === 0 ? (
        <EmptyState>Geen organisaties gevonden.{magBeheren ? " Voeg er een toe of importeer de lijst van de gemeente." : ""}</EmptyState>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2">
          {rijen.map((o) => (
            <li key={o.id}>
              <KaartKaartje organisatie={o} />
            </li>
          ))}
        </ul>
      )}
      <Paginering pagina={pagina} paginas={Math.ceil(totaal / PAGINA_GROOTTE)} pad={paden.socialeKaart()} params={params} />
    </>
  );
}
