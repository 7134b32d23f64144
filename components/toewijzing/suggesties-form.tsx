"use client";

import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { useFormAction } from "@/components/ui/use-form-action";
import { VeldPrefix } from "@/components/ui/veld-prefix";
import { wijsToeAction } from "@/lib/toewijzing/actions";

export interface SuggestieWeergave {
  id: string;
  naam: string;
  redenen: string[];
  taalGaatVoorRuimte: boolean;
}

/**
 * The suggested volunteers, best first, each with its reasons and one button:
 * assigning is one action. When someone already is the maatje, one note for the
 * overdracht is asked above the list.
 */
export function SuggestiesForm({
  inburgeraarId,
  voornaam,
  suggesties,
  huidigMaatje,
}: {
  inburgeraarId: string;
  voornaam: string;
  suggesties: SuggestieWeergave[];
  huidigMaatje: string | null;
}) {
  const form = useFormAction(wijsToeAction);
  return (
    <form {...form.props} key={form.state.stamp} className="flex flex-col gap-3">
      <VeldPrefix value="suggestie">
        <input type="hidden" name="inburgeraarId" value={inburgeraarId} />
        <input type="hidden" name="rol" value="MAATJE" />
        <FormMelding {...form.melding} />
        {huidigMaatje ? (
          <Field
            name="overdrachtNotitie"
            label={`Overdracht: wat moet het nieuwe maatje eerst weten?`}
            hint={`${huidigMaatje} is nu het maatje van ${voornaam}. De nieuwe vrijwilliger ziet deze notitie als eerste.`}
            error={form.errors.overdrachtNotitie}
          >
            {(veld) => <Textarea {...veld} rows={3} maxLength={1000} />}
          </Field>
        ) : null}
        <ol className="flex flex-col gap-3" aria-label="Voorgestelde vrijwilligers, beste eerst">
          {suggesties.map((s, i) => (
            <li key={s.id} className="flex flex-col gap-3 rounded-lg border border-slate-200 p-3 sm:flex-row sm:items-center sm:justify-between">
              <div>
                <p className="font-semibold">
                  <span className="sr-only">{i + 1}. </span>
                  {s.naam}
                </p>
                <ul className="mt-1 flex flex-wrap gap-1.5" aria-label={`Waarom ${s.naam}`}>
                  {s.redenen.map((r) => (
                    <li
                      key={r}
                      className={`rounded-full px-2.5 py-0.5 text-sm ${
                        r.startsWith("let op") ? "bg-amber-100 text-amber-900" : r === "taal gaat voor ruimte" ? "bg-merk-100 text-merk-900" : "bg-slate-100 text-slate-800"
                      }`}
                    >
                      {r}
                    </li>
                  ))}
                </ul>
              </div>
              <Button type="submit" name="gebruikerId" value={s.id} disabled={form.isPending} aria-label={`${s.naam} maatje maken van ${voornaam}`} className="shrink-0">
                Maatje maken
              </Button>
            </li>
          ))}
        </ol>
      </VeldPrefix>
    </form>
  );
}
