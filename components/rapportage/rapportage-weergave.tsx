import type { RapportageInhoud } from "@/lib/rapportage/inhoud";
import { rapportageRegels } from "@/lib/rapportage/regels";

/** A voortgangsrapportage as sections of plain lines (the same words as the PDF). */
export function RapportageWeergave({ inhoud, toelichting }: { inhoud: RapportageInhoud; toelichting: string | null }) {
  return (
    <div className="flex flex-col gap-4" data-testid="rapportage">
      {rapportageRegels(inhoud, toelichting).map((s) => (
        <section key={s.kop} aria-label={s.kop}>
          <h3 className="font-semibold">{s.kop}</h3>
          <ul className="mt-1 flex flex-col gap-0.5">
            {s.regels.map((r, i) => (
              <li key={i}>{r}</li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
