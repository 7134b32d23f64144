import Link from "@/components/ui/link";
import { Badge, Card } from "@/components/ui/card";
import type { Leefgebied } from "@/lib/db/generated/enums";
import { LEEFGEBIED_LABELS } from "@/lib/inburgeraar/labels";
import { paden } from "@/lib/routes";

export interface KaartKaartjeData {
  id: string;
  naam: string;
  leefgebieden: Leefgebied[];
  omschrijving: string | null;
  adres: string | null;
  telefoon: string | null;
  email: string | null;
  website: string | null;
  talen: string[];
  openingstijden: string | null;
  actief: boolean;
  gemeente: { naam: string } | null;
}

/** One organisation of the sociale kaart: what a begeleider needs to refer someone. */
export function KaartKaartje({ organisatie: o }: { organisatie: KaartKaartjeData }) {
  return (
    <Card className="h-full">
      <h2 className="text-lg font-semibold">
        <Link href={paden.socialeKaartOrganisatie(o.id)} className="text-merk-700 underline-offset-4 hover:underline">
          {o.naam}
        </Link>
      </h2>
      <p className="text-sm text-slate-700">
        {o.gemeente?.naam ?? "Alle gemeenten"}
        {!o.actief ? (
          <>
            {" "}
            <Badge tone="let_op">niet actief</Badge>
          </>
        ) : null}
      </p>
      <ul aria-label="Leefgebieden" className="mt-2 flex flex-wrap gap-1">
        {o.leefgebieden.map((l) => (
          <li key={l}>
            <Badge>{LEEFGEBIED_LABELS[l]}</Badge>
          </li>
        ))}
      </ul>
      {o.omschrijving ? <p className="mt-2">{o.omschrijving}</p> : null}
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        {o.telefoon ? (
          <>
            <dt className="text-slate-600">Telefoon</dt>
            <dd>
              <a href={`tel:${o.telefoon.replace(/[^+0-9]/g, "")}`} className="text-merk-700 underline">
                {o.telefoon}
              </a>
            </dd>
          </>
        ) : null}
        {o.email ? (
          <>
            <dt className="text-slate-600">E-mail</dt>
            <dd className="break-all">
              <a href={`mailto:${o.email}`} className="text-merk-700 underline">
                {o.email}
              </a>
            </dd>
          </>
        ) : null}
        {o.adres ? (
          <>
            <dt className="text-slate-600">Adres</dt>
            <dd>{o.adres}</dd>
          </>
        ) : null}
        {o.openingstijden ? (
          <>
            <dt className="text-slate-600">Open</dt>
            <dd>{o.openingstijden}</dd>
          </>
        ) : null}
        {o.talen.length > 0 ? (
          <>
            <dt className="text-slate-600">Talen</dt>
            <dd>{o.talen.join(", ")}</dd>
          </>
        ) : null}
        {o.website ? (
          <>
            <dt className="text-slate-600">Website</dt>
            <dd className="break-all">
              <a href={o.website} className="text-merk-700 underline" rel="noopener noreferrer" target="_blank">
                {o.website.replace(/^https?:\/\//, "")}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
    </Card>
  );
}
