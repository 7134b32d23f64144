"use client";

import { Button } from "@/components/ui/button";
import { FormMelding } from "@/components/ui/form-melding";
import { useFormAction } from "@/components/ui/use-form-action";
import { markeerOverdrachtGelezenAction } from "@/lib/toewijzing/actions";

export interface OverdrachtWeergave {
  toewijzingId: string;
  rolTekst: string;
  notitie: string;
  isGelezen: boolean;
  door: string | null;
  vorige: string | null;
}

/**
 * The interne overdracht note, shown first to the person who took over:
 * highlighted until they mark it read, then folded away but still readable.
 */
export function OverdrachtNotitie({ o }: { o: OverdrachtWeergave }) {
  const form = useFormAction(markeerOverdrachtGelezenAction);
  const kop = `Overdracht${o.vorige ? ` van ${o.vorige}` : ""}: je bent nu ${o.rolTekst}`;
  if (o.isGelezen) {
    return (
      <details className="mb-4 rounded-lg border border-slate-200 bg-white p-3">
        <summary className="min-h-11 cursor-pointer py-2 font-medium text-merk-800">{kop}</summary>
        <p className="whitespace-pre-line text-slate-800">{o.notitie}</p>
      </details>
    );
  }
  return (
    <section aria-labelledby="overdracht-kop" className="mb-4 rounded-lg border-l-4 border-amber-600 bg-amber-50 p-4">
      <h2 id="overdracht-kop" className="text-lg font-semibold text-amber-950">
        {kop}
      </h2>
      <p className="mt-1 whitespace-pre-line text-slate-900">{o.notitie}</p>
      {o.door ? <p className="mt-1 text-sm text-slate-700">Geschreven door {o.door}.</p> : null}
      <form {...form.props} className="mt-3">
        <input type="hidden" name="toewijzingId" value={o.toewijzingId} />
        <FormMelding {...form.melding} />
        <Button type="submit" variant="secundair" disabled={form.isPending}>
          Gelezen
        </Button>
      </form>
    </section>
  );
}
