import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { DoorverwijzingForm, UitkomstForm } from "@/components/doorverwijzing/doorverwijzing-form";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { ofNietGevonden } from "@/lib/auth/pagina";
import { requireUser } from "@/lib/auth/session";
import { DOORVERWIJZING_UITKOMST_LABELS } from "@/lib/doorverwijzing/labels";
import { getDoorverwijzingen } from "@/lib/doorverwijzing/queries";
import { paden } from "@/lib/routes";
import { formatKalenderdatum, vandaag } from "@/lib/tijd";

export const metadata: Metadata = { title: "Doorverwijzingen" };

export default async function DoorverwijzingenPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("inburgeraar:lezen");
  const { id } = await params;
  const d = await ofNietGevonden(getDoorverwijzingen(user, id));
  const nu = vandaag();
  return (
    <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
      <section aria-labelledby="doorverwijzingen-kop">
        <h2 id="doorverwijzingen-kop" className="mb-1 text-lg font-semibold">
          Doorverwijzingen
        </h2>
        <p className="mb-3 text-slate-700">Zonder uitkomst na {d.opvolgenNaDagen} dagen vraagt je caseload ernaar.</p>
        {d.lijst.length === 0 ? (
          <EmptyState>Nog geen doorverwijzingen.</EmptyState>
        ) : (
          <ul className="flex flex-col gap-3">
            {d.lijst.map((r) => (
              <li key={r.id}>
                <Card>
                  <h3 className="font-semibold">
                    <Link href={paden.socialeKaartOrganisatie(r.socialeKaart.id)} className="text-merk-700 underline-offset-4 hover:underline">
                      {r.organisatie}
                    </Link>
                  </h3>
                  <p className="text-sm text-slate-700">
                    {formatKalenderdatum(r.datum)} · door {r.vastgelegdDoor.naam}
                    {r.socialeKaart.telefoon ? ` · ${r.socialeKaart.telefoon}` : ""}
                  </p>
                  <p className="mt-2 whitespace-pre-line">{r.reden}</p>
                  {/* Live: when the outcome is saved its form gives way to it, and this line says so. */}
                  <p className="mt-2" aria-live="polite">
                    {r.uitkomst ? (
                      <Badge tone={r.uitkomst === "GEHOLPEN" ? "goed" : "let_op"}>
                        {DOORVERWIJZING_UITKOMST_LABELS[r.uitkomst]}
                        {r.uitkomstOp ? ` (${formatKalenderdatum(r.uitkomstOp)})` : ""}
                      </Badge>
                    ) : (
                      <Badge tone={r.moetOpvolgen ? "fout" : "neutraal"}>{r.moetOpvolgen ? "Uitkomst nog onbekend: vraag ernaar" : "Uitkomst nog onbekend"}</Badge>
                    )}
                  </p>
                  {r.uitkomstToelichting ? <p className="mt-1 text-sm whitespace-pre-line">{r.uitkomstToelichting}</p> : null}
                  {!r.uitkomst && d.magVastleggen ? <UitkomstForm id={r.id} version={r.version} organisatie={r.organisatie} vandaag={nu} /> : null}
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>
      {d.magVastleggen ? (
        <section aria-labelledby="nieuwe-doorverwijzing">
          <Card>
            <h2 id="nieuwe-doorverwijzing" className="mb-3 text-lg font-semibold">
              Nieuwe doorverwijzing
            </h2>
            {d.keuzes.length === 0 ? (
              <p>De sociale kaart van deze gemeente is nog leeg. Vraag je teamleider of beheerder om organisaties toe te voegen.</p>
            ) : (
              <DoorverwijzingForm inburgeraarId={id} keuzes={d.keuzes} vandaag={nu} />
            )}
          </Card>
        </section>
      ) : null}
    </div>
  );
}
