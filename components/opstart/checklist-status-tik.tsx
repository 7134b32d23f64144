"use client";

import { useRouter } from "next/navigation";
import { useEffect, useSyncExternalStore } from "react";
import type { ChecklistStatus } from "@/lib/db/generated/enums";
import { zetChecklistStatusAction } from "@/lib/opstart/actions";
import { CHECKLIST_STATUSSEN } from "@/lib/opstart/waarden";

const KNOP_LABELS: Record<ChecklistStatus, { kort: string; voluit: string }> = {
  OPEN: { kort: "Open", voluit: "Open" },
  BEZIG: { kort: "Bezig", voluit: "Bezig" },
  GEREGELD: { kort: "Geregeld", voluit: "Geregeld" },
  NVT: { kort: "N.v.t.", voluit: "Niet van toepassing" },
};

/** How long "Ongedaan maken" stays after a tap. */
const ONGEDAAN_MS = 10_000;

type Melding =
  | { soort: "opgeslagen"; vorige: { status: ChecklistStatus; datum: string | null; version: number } }
  | { soort: "ongedaan" }
  | { soort: "niet-verstuurd"; status: ChecklistStatus }
  | { soort: "geweigerd"; tekst: string };

/**
 * The state of each item's last tap, outside the component: after a save the
 * page re-renders and an item may be mounted anew; its "Ongedaan maken" or
 * "niet opgeslagen" must survive that, so components read it from here.
 */
interface Tik {
  bezig: boolean;
  /** The status tapped, shown until the server's version catches up. */
  status: ChecklistStatus;
  /** The version the server answered with (0 = none yet). */
  version: number;
  melding: Melding | null;
}
const tikken = new Map<string, Tik>();
const luisteraars = new Set<() => void>();
function zetTik(id: string, tik: Tik | null) {
  if (tik) tikken.set(id, tik);
  else tikken.delete(id);
  for (const l of luisteraars) l();
}
function abonneer(l: () => void) {
  luisteraars.add(l);
  return () => luisteraars.delete(l);
}

/** Taps not yet confirmed by the server, across all items: the page warns before it is left. */
function waarschuwBijVerlaten(event: BeforeUnloadEvent) {
  if ([...tikken.values()].some((t) => t.bezig || t.melding?.soort === "niet-verstuurd")) event.preventDefault();
}

/**
 * The status of one checklist item as four large buttons: a tap saves at once
 * (with the version on screen, so someone else's change meanwhile is a
 * conflict, not an overwrite), then "Ongedaan maken" for a few seconds. A tap
 * that did not reach the server stays visible as "niet opgeslagen" with a
 * retry; nothing tapped disappears silently.
 */
export function ChecklistStatusTik({ item }: { item: { id: string; titel: string; status: ChecklistStatus; version: number } }) {
  const router = useRouter();
  const tik = useSyncExternalStore(abonneer, () => tikken.get(item.id), () => undefined);
  // The server's word, unless this tap is newer (its answer or the refreshed page may come first).
  const isNieuwer = Boolean(tik && (tik.bezig || tik.melding?.soort === "niet-verstuurd" || tik.version > item.version));
  const status = isNieuwer ? tik!.status : item.status;
  const version = Math.max(item.version, tik?.version ?? 0);
  const bezig = tik?.bezig ?? false;
  const melding = tik?.melding ?? null;

  useEffect(() => {
    window.addEventListener("beforeunload", waarschuwBijVerlaten);
    return () => window.removeEventListener("beforeunload", waarschuwBijVerlaten);
  }, []);

  // "Opgeslagen · Ongedaan maken" is short: it goes after a few seconds.
  useEffect(() => {
    if (!melding || melding.soort === "niet-verstuurd" || melding.soort === "geweigerd") return;
    const t = setTimeout(() => {
      const nu = tikken.get(item.id);
      if (nu?.melding === melding) zetTik(item.id, { ...nu, melding: null });
    }, ONGEDAAN_MS);
    return () => clearTimeout(t);
  }, [melding, item.id]);

  const stuur = async (nieuw: ChecklistStatus, ongedaan?: { datum: string | null; version: number }) => {
    const fd = new FormData();
    fd.set("id", item.id);
    fd.set("version", String(ongedaan?.version ?? version));
    fd.set("status", nieuw);
    if (ongedaan) {
      fd.set("ongedaan", "1");
      fd.set("datum", ongedaan.datum ?? "");
    }
    const basis = { status: nieuw, version: tikken.get(item.id)?.version ?? 0 };
    zetTik(item.id, { ...basis, bezig: true, melding: null });
    try {
      const state = await zetChecklistStatusAction({ ok: false }, fd);
      if (state.ok && state.resultaat) {
        const r = state.resultaat;
        zetTik(item.id, {
          bezig: false,
          status: r.status,
          version: r.version,
          melding: ongedaan ? { soort: "ongedaan" } : { soort: "opgeslagen", vorige: { ...r.vorige, version: r.version } },
        });
      } else {
        // Refused (changed meanwhile, dossier closed): show what is really stored.
        zetTik(item.id, { bezig: false, status: item.status, version: 0, melding: { soort: "geweigerd", tekst: state.message ?? "Niet opgeslagen." } });
      }
    } catch {
      // No answer: keep the tap on screen, clearly unsaved, with a retry.
      zetTik(item.id, { ...basis, bezig: false, melding: { soort: "niet-verstuurd", status: nieuw } });
    }
  };

  const isOnbevestigd = melding?.soort === "niet-verstuurd";
  return (
    <div className="mt-3">
      <div role="group" aria-label={`Status van ${item.titel}`} className="grid max-w-xl grid-cols-4 gap-1.5">
        {CHECKLIST_STATUSSEN.map((s) => {
          const gekozen = status === s;
          return (
            <button
              key={s}
              type="button"
              aria-pressed={gekozen}
              disabled={bezig}
              onClick={() => (gekozen && !isOnbevestigd ? undefined : void stuur(s))}
              className={`flex min-h-11 items-center justify-center gap-1 rounded-md border-2 px-1 text-center text-sm font-medium focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-merk-600 disabled:cursor-wait sm:text-base ${
                gekozen
                  ? isOnbevestigd
                    ? "border-dashed border-amber-700 bg-amber-100 text-amber-950"
                    : "border-merk-700 bg-merk-700 text-white"
                  : "border-slate-500 bg-white text-slate-800 hover:bg-slate-100"
              }`}
            >
              {gekozen ? <span aria-hidden="true">{isOnbevestigd ? "!" : "✓"}</span> : null}
              <span aria-hidden={KNOP_LABELS[s].kort !== KNOP_LABELS[s].voluit}>{KNOP_LABELS[s].kort}</span>
              {KNOP_LABELS[s].kort !== KNOP_LABELS[s].voluit ? <span className="sr-only">{KNOP_LABELS[s].voluit}</span> : null}
            </button>
          );
        })}
      </div>
      <div role="status" aria-live="polite" className="min-h-0 text-sm">
        {bezig ? <p className="mt-1 text-slate-700">Bezig met opslaan…</p> : null}
        {!bezig && melding?.soort === "opgeslagen" ? (
          <p className="mt-1 flex flex-wrap items-center gap-x-3 text-green-800">
            <span>Opgeslagen.</span>
            <button
              type="button"
              className="min-h-11 font-medium text-merk-700 underline underline-offset-2"
              onClick={() => void stuur(melding.vorige.status, { datum: melding.vorige.datum, version: melding.vorige.version })}
            >
              Ongedaan maken<span className="sr-only">: {item.titel}</span>
            </button>
          </p>
        ) : null}
        {!bezig && melding?.soort === "ongedaan" ? <p className="mt-1 text-green-800">Ongedaan gemaakt.</p> : null}
        {!bezig && melding?.soort === "niet-verstuurd" ? (
          <p className="mt-1 flex flex-wrap items-center gap-x-3 font-medium text-amber-900">
            <span>Niet opgeslagen: geen verbinding.</span>
            <button type="button" className="min-h-11 text-merk-700 underline underline-offset-2" onClick={() => void stuur(melding.status)}>
              Opnieuw proberen
            </button>
          </p>
        ) : null}
        {!bezig && melding?.soort === "geweigerd" ? (
          <p className="mt-1 flex flex-wrap items-center gap-x-3 font-medium text-red-800">
            <span>{melding.tekst}</span>
            <button type="button" className="min-h-11 text-merk-700 underline underline-offset-2" onClick={() => router.refresh()}>
              Nieuwe stand laden
            </button>
          </p>
        ) : null}
      </div>
    </div>
  );
}
