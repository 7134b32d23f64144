import type { Metadata } from "next";
import { VersieVergelijking } from "@/components/plan/versie-vergelijking";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card, EmptyState } from "@/components/ui/card";
import { Select } from "@/components/ui/field";
import { ofNietGevonden } from "@/lib/auth/pagina";
import { requireUser } from "@/lib/auth/session";
import { AKKOORD_WIJZE_LABELS } from "@/lib/plan/labels";
import { getVersieVergelijking } from "@/lib/plan/queries";
import { paden } from "@/lib/routes";
import { formatKalenderdatum } from "@/lib/tijd";

export const metadata: Metadata = { title: "Versies van het plan" };

/** Two versions of the plan side by side; a plain GET form chooses them (no script needed). */
export default async function PlanVersiesPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ a?: string; b?: string }> }) {
  const user = await requireUser("inburgeraar:lezen");
  const { id } = await params;
  const keuze = await searchParams;
  const v = await ofNietGevonden(getVersieVergelijking(user, id, keuze));
  const opties = [...v.versies.map((x) => ({ waarde: String(x.nummer), label: `Versie ${x.nummer} (${formatKalenderdatum(x.akkoordOp)})` })), { waarde: "huidig", label: "Het plan nu" }];
  return (
    <div className="flex flex-col gap-4">
      <Card>
        <div className="mb-3 flex flex-wrap items-start justify-between gap-2">
          <h2 className="text-xl font-semibold">Versies vergelijken</h2>
          <ButtonLink href={paden.plan(id)} variant="stil">
            Terug naar het plan
          </ButtonLink>
        </div>
        {v.versies.length === 0 ? (
          <EmptyState>Er is nog geen versie met akkoord.</EmptyState>
        ) : (
          <>
            <ul className="mb-4 flex flex-col gap-1">
              {v.versies.map((x) => (
                <li key={x.nummer}>
                  Versie {x.nummer}: {formatKalenderdatum(x.akkoordOp)}, {AKKOORD_WIJZE_LABELS[x.wijze].toLowerCase()}
                  {x.tolkTaal ? ` (${x.tolkTaal})` : ""} · {x.vastgelegdDoor}
                </li>
              ))}
            </ul>
            <form method="get" className="flex flex-col gap-3 sm:flex-row sm:items-end">
              <div className="flex flex-col gap-1">
                <label htmlFor="versie-a" className="font-medium">
                  Links
                </label>
                <Select id="versie-a" name="a" defaultValue={v.links?.nummer != null ? String(v.links.nummer) : "huidig"}>
                  {opties.map((o) => (
                    <option key={o.waarde} value={o.waarde}>
                      {o.label}
                    </option>
                  ))}
                </Select>
              </div>
              <div className="flex flex-col gap-1">
                <label htmlFor="versie-b" className="font-medium">
                  Rechts
                </label>
                <Select id="versie-b" name="b" defaultValue={v.rechts?.nummer != null ? String(v.rechts.nummer) : "huidig"}>
                  {opties.map((o) => (
                    <option key={o.waarde} value={o.waarde}>
                      {o.label}
                    </option>
                  ))}
                </Select>
              </div>
              <div>
                <Button type="submit" variant="secundair">
                  Vergelijken
                </Button>
              </div>
            </form>
          </>
        )}
      </Card>
      {v.links && v.rechts ? <VersieVergelijking links={v.links} rechts={v.rechts} /> : null}
    </div>
  );
}
