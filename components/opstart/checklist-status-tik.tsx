"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { ChecklistStatus } from "@/lib/db/generated/enums";
import { zetChecklistStatusAction } from "@/lib/opstart/actions";
import { CHECKLIST_STATUSSEN } from "@/lib/opstart/schema";

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
 * The latest message per item, outside the component: when the page re-renders
 * after a save (or the user comes back within seconds) the item may be mounted
 * anew, and its "Ongedaan maken" or "niet opgeslagen" must survive that.
 */
const laatste = new Map<string, Melding>();

/** Taps not yet confirmed by the server, across all items: the page warns before it is left. */
const onbevestigd = new Set<string>();
function waarschuwBijVerlaten(event: BeforeUnloadEvent) {
  if (onbevestigd.size > 0) event.preventDefault();
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
  const [bezig, setBezig] = useState(false);
  const [melding, setMeldingState] = useState<Melding | null>(() => laatste.get(item.id) ?? null);
  // An unsent tap stays on screen (also after a remount) until it is sent or refused.
  const [status, setStatus] = useState(melding?.soort === "niet-verstuurd" ? melding.status : item.status);
  const [version, setVersion] = useState(item.version);
  const setMelding = (m: Melding | null) => {
    if (m) {
      laatste.set(item.id, m);
      // "Ongedaan maken" is short-lived; an unsent tap stays until it is sent or refused.
      if (m.soort !== "niet-verstuurd") setTimeout(() => laatste.get(item.id) === m && laatste.delete(item.id), ONGEDAAN_MS);
    } else {
      laatste.delete(item.id);
    }
    setMeldingState(m);
  };

  // A newer version from the server (after this tap's revalidation, or someone else's change on reload).
  const [serverVersie, setServerVersie] = useState(item.version);
  if (item.version !== serverVersie) {
    setServerVersie(item.version);
    if (item.version > version) {
      setVersion(item.version);
      setStatus(item.status);
    }
  }

  useEffect(() => {
    window.addEventListener("beforeunload", waarschuwBijVerlaten);
    return () => window.removeEventListener("beforeunload", waarschuwBijVerlaten);
  }, []);

  // "Opgeslagen · Ongedaan maken" is short: it goes after a few seconds.
  useEffect(() => {
    if (!melding || melding.soort === "niet-verstuurd" || melding.soort === "geweigerd") return;
    const t = setTimeout(() => setMeldingState(null), ONGEDAAN_MS);
    return () => clearTimeout(t);
  }, [melding]);

  const stuur = async (nieuw: ChecklistStatus, ongedaan?: { datum: string | null; version: number }) => {
    const vorigeStatus = status;
    const fd = new FormData();
    fd.set("id", item.id);
    fd.set("version", String(ongedaan?.version ?? version));
    fd.set("status", nieuw);
    if (ongedaan) {
      fd.set("ongedaan", "1");
      fd.set("datum", ongedaan.datum ?? "");
    }
    setStatus(nieuw);
    setBezig(true);
    onbevestigd.add(item.id);
    try {
      const state = await zetChecklistStatusAction({ ok: false }, fd);
      onbevestigd.delete(item.id);
      if (state.ok && state.resultaat) {
        setVersion(state.resultaat.version);
        if (ongedaan) {
          setMelding({ soort: "ongedaan" });
        } else {
          setMelding({ soort: "opgeslagen", vorige: { ...state.resultaat.vorige, version: state.resultaat.version } });
        }
      } else {
        // Refused (changed meanwhile, dossier closed): show what is really stored.
        setStatus(vorigeStatus);
        setMelding({ soort: "geweigerd", tekst: state.message ?? "Niet opgeslagen." });
      }
    } catch {
      // No answer: keep the tap on screen, clearly unsaved, with a retry.
      onbevestigd.add(item.id);
      setMelding({ soort: "niet-verstuurd", status: nieuw });
    } finally {
      setBezig(false);
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
