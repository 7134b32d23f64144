import type { Metadata } from "next";
import { headers } from "next/headers";
import { AgendaAbonnement } from "@/components/afspraak/agenda-abonnement";
import { AgendaWeek } from "@/components/afspraak/agenda-week";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { agendaWeekStart, isoWeek } from "@/lib/afspraak/rules";
import { requireUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { laadAgendaPagina } from "@/lib/pagina/agenda";
import { formatKalenderdatum, plusDagen, vandaag } from "@/lib/tijd";

export const metadata: Metadata = { title: "Agenda" };

async function basisUrl(): Promise<string> {
  if (env.NEXTAUTH_URL) return env.NEXTAUTH_URL.replace(/\/$/, "");
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") ? "http" : "https");
  return `${proto}://${host}`;
}

export default async function AgendaPage({ searchParams }: { searchParams: Promise<{ week?: string; van?: string }> }) {
  const user = await requireUser("agenda:eigen");
  const zoek = await searchParams;
  const vandaagDatum = vandaag();
  const maandag = agendaWeekStart(zoek, vandaagDatum);
  const { afspraken, heeftLink } = await laadAgendaPagina(user, maandag);
  const week = isoWeek(maandag);
  const weeknummer = Number(week.slice(6));

  return (
    <>
      <PageHeader
        title="Mijn agenda"
        description={`Week ${weeknummer}: ${formatKalenderdatum(maandag)} t/m ${formatKalenderdatum(plusDagen(maandag, 6))}`}
      />
      <nav aria-label="Andere week" className="mb-4 flex flex-wrap gap-2">
        <ButtonLink href={`/agenda?week=${isoWeek(plusDagen(maandag, -7))}`} variant="secundair">
          ← Vorige week
        </ButtonLink>
        <ButtonLink href="/agenda" variant="secundair" aria-current={isoWeek(vandaagDatum) === week ? "page" : undefined}>
          Deze week
        </ButtonLink>
        <ButtonLink href={`/agenda?week=${isoWeek(plusDagen(maandag, 7))}`} variant="secundair">
          Volgende week →
        </ButtonLink>
      </nav>
      <AgendaWeek maandag={maandag} vandaag={vandaagDatum} afspraken={afspraken} />
      <div className="mt-8">
        <Card>
          <h2 className="mb-2 text-xl font-semibold">Agenda-abonnement</h2>
          <AgendaAbonnement heeftLink={heeftLink} basisUrl={await basisUrl()} />
        </Card>
      </div>
    </>
  );
}
