import { formatDatum } from "@/lib/tijd";
import type { Ontvangstbevestiging } from "@/lib/signaal/queries";

/** A reporter's own reports: received when, picked up by whom. Never the signal itself. */
export function OntvangstLijst({ meldingen }: { meldingen: Ontvangstbevestiging[] }) {
  if (meldingen.length === 0) return null;
  return (
    <section aria-labelledby="mijn-meldingen" className="mt-4">
      <h3 id="mijn-meldingen" className="font-semibold text-slate-900">
        Jouw meldingen
      </h3>
      <ul className="mt-2 flex flex-col gap-2">
        {meldingen.map((m) => (
          <li key={m.id} className="rounded-md border border-slate-200 bg-white p-3" data-testid="ontvangst">
            <p>Ontvangen op {formatDatum(m.ontvangenOp)}.</p>
            <p className="text-slate-700">{m.opgepaktDoor ? `Opgepakt door ${m.opgepaktDoor}${m.opgepaktOp ? ` op ${formatDatum(m.opgepaktOp)}` : ""}.` : "Nog niet opgepakt."}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
