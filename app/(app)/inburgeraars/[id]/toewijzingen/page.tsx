import type { Metadata } from "next";
import { BeeindigButton } from "@/components/toewijzing/beeindig-button";
import { MaatjeWensForm } from "@/components/toewijzing/maatje-wens-form";
import { SuggestiesForm } from "@/components/toewijzing/suggesties-form";
import { ToewijzingForm } from "@/components/toewijzing/toewijzing-form";
import { Card, EmptyState } from "@/components/ui/card";
import { ofNietGevonden } from "@/lib/auth/pagina";
import { requireUser } from "@/lib/auth/session";
import { dagenTussen, formatDatum, naarKalenderdatum, vandaag } from "@/lib/tijd";
import { getToewijzingen } from "@/lib/toewijzing/queries";
import { TOEWIJZING_ROL_LABELS } from "@/lib/toewijzing/schema";

export const metadata: Metadata = { title: "Begeleiders en maatje" };

export default async function ToewijzingenPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("toewijzing:beheren");
  const { id } = await params;
  const data = await ofNietGevonden(getToewijzingen(user, id));
  const p = data.persoon;
  const isAfgesloten = p.fase === "AFGESLOTEN";
  const houder = (rol: "MAATJE" | "BEGELEIDER" | "OPSTART") => data.actief.find((t) => t.rol === rol)?.gebruiker.naam ?? null;
  const wachtDagen = p.maatjeGewenstSinds && !data.heeftMaatje ? dagenTussen(naarKalenderdatum(p.maatjeGewenstSinds), vandaag()) : null;
  const taalZin = [p.talen.length ? `spreekt ${p.talen.join(", ")}` : null, p.tolkNodig ? `heeft een tolk nodig${p.tolkTaal ? ` (${p.tolkTaal})` : ""}` : null]
    .filter(Boolean)
    .join(" en ");
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
                <div className="min-w-0 flex-1">
                  <p className="font-semibold">{t.gebruiker.naam}</p>
                  <p className="text-sm text-slate-700">
                    {TOEWIJZING_ROL_LABELS[t.rol]} sinds {formatDatum(t.vanaf)}
                    {t.toegewezenDoor ? ` · toegewezen door ${t.toegewezenDoor.naam}` : ""}
                    {t.reden ? ` · ${t.reden}` : ""}
                  </p>
                  {t.overdrachtNotitie ? (
                    <p className="mt-1 whitespace-pre-line text-sm text-slate-800">
                      <span className="font-medium">Overdracht: </span>
                      {t.overdrachtNotitie}
                      <span className="text-slate-600">{t.overdrachtGelezenOp ? ` (gelezen ${formatDatum(t.overdrachtGelezenOp)})` : " (nog niet gelezen)"}</span>
                    </p>
                  ) : null}
                  {t.uitzonderingReden ? (
                    <p className="mt-1 text-sm text-amber-900">
                      <span className="font-medium">Toegewezen hoewel niet voorgesteld: </span>
                      {t.uitzonderingReden}
                    </p>
                  ) : null}
                </div>
                <BeeindigButton toewijzingId={t.id} inburgeraarId={p.id} naam={t.gebruiker.naam} />
              </li>
            ))}
          </ul>
        )}
      </Card>
      {!isAfgesloten ? (
        <Card>
          <h2 className="mb-1 text-xl font-semibold">Een maatje voor {p.voornaam}</h2>
          <p className="mb-3 text-slate-700">
            {p.voornaam} {taalZin || "heeft nog geen talen in het dossier"} en woont in {p.gemeente}.{" "}
            {data.heeftMaatje
              ? `${houder("MAATJE")} is nu het maatje.`
              : p.maatjeGewenstSinds
                ? `Wil graag een maatje: wacht al ${wachtDagen} ${wachtDagen === 1 ? "dag" : "dagen"} (sinds ${formatDatum(p.maatjeGewenstSinds)}).`
                : "Er is nog niet vastgelegd dat een maatje gewenst is."}
          </p>
          {!data.heeftMaatje ? (
            <div className="mb-4">
              <MaatjeWensForm inburgeraarId={p.id} gewenst={Boolean(p.maatjeGewenstSinds)} />
            </div>
          ) : null}
          <h3 className="mb-1 text-lg font-semibold">Voorgesteld</h3>
          <p className="mb-3 text-sm text-slate-700">
            Eerst wie de taal spreekt, dan wie in {p.gemeente} werkt, dan wie de meeste ruimte heeft, dan voorkeuren. Taal gaat voor ruimte: zonder
            gedeelde taal heeft een maatje weinig aan veel tijd. Gepauzeerd, gestopt, zonder geldige VOG of vol: niet voorgesteld.
          </p>
          {data.suggesties.length === 0 ? (
            <EmptyState>Er is nu geen vrijwilliger om voor te stellen. Kies hieronder zelf iemand, met een reden.</EmptyState>
          ) : (
            <SuggestiesForm inburgeraarId={p.id} voornaam={p.voornaam} suggesties={data.suggesties} huidigMaatje={houder("MAATJE")} />
          )}
          {data.nietVoorgesteld.length > 0 ? (
            <div className="mt-4">
              <h3 className="text-base font-semibold">Spreken de taal, maar niet voorgesteld</h3>
              <ul className="mt-1 list-disc pl-5 text-slate-800">
                {data.nietVoorgesteld.map((n) => (
                  <li key={n.id}>
                    {n.naam}: {n.tekst}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </Card>
      ) : null}
      {!isAfgesloten ? (
        <Card>
          <h2 className="mb-1 text-xl font-semibold">Zelf iemand toewijzen</h2>
          <p className="mb-4 text-slate-700">Per rol is er één persoon tegelijk: wie je nu kiest, neemt het over van wie de rol had.</p>
          <ToewijzingForm inburgeraarId={p.id} kandidaten={data.kandidaten} bezet={{ MAATJE: houder("MAATJE"), BEGELEIDER: houder("BEGELEIDER"), OPSTART: houder("OPSTART") }} />
        </Card>
      ) : null}
      {data.historie.length > 0 ? (
        <Card>
          <h2 className="mb-3 text-xl font-semibold">Eerder betrokken</h2>
          <ul className="flex flex-col gap-2 text-slate-800">
            {data.historie.map((t) => (
              <li key={t.id}>
                {t.gebruiker.naam} — {TOEWIJZING_ROL_LABELS[t.rol].toLowerCase()} van {formatDatum(t.vanaf)} tot {t.tot ? formatDatum(t.tot) : "nu"}
                {t.reden ? ` (${t.reden})` : ""}
                {t.overdrachtNotitie ? <span className="block text-sm text-slate-700">Overdracht bij de start: {t.overdrachtNotitie}</span> : null}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}
