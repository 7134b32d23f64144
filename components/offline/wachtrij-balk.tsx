"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { leesWachtrij, verwijderUitWachtrij, WACHTRIJ_EVENT, wisVanAnderen, type WachtItem } from "./opslag";
import { verstuurWachtItem } from "./verstuur";

function abonneerOnline(melden: () => void) {
  window.addEventListener("online", melden);
  window.addEventListener("offline", melden);
  return () => {
    window.removeEventListener("online", melden);
    window.removeEventListener("offline", melden);
  };
}

/** While contacts wait and the device says it is online, try again this often. */
const OPNIEUW_MS = 15_000;

/**
 * Shows, on every page, the contacts that wait on this device to be sent, and
 * sends them: when the app opens, when the connection comes back, and every
 * few seconds while something waits. A contact the server refused (changed
 * meanwhile) stays with its message until the user discards it.
 */
export function WachtrijBalk({ gebruikerId }: { gebruikerId: string }) {
  const router = useRouter();
  const [items, setItems] = useState<WachtItem[]>([]);
  const [verstuurd, setVerstuurd] = useState<string | null>(null);
  const online = useSyncExternalStore(abonneerOnline, () => navigator.onLine, () => true);
  const [wegTeGooien, setWegTeGooien] = useState<string | null>(null);
  const bezig = useRef(false);

  const laad = useCallback(async () => {
    try {
      setItems(await leesWachtrij(gebruikerId));
    } catch {
      setItems([]);
    }
  }, [gebruikerId]);

  const verstuurAlles = useCallback(async () => {
    if (bezig.current || !navigator.onLine) return;
    bezig.current = true;
    try {
      const wachtend = (await leesWachtrij(gebruikerId)).filter((i) => i.status === "wacht");
      const gelukt: string[] = [];
      for (const item of wachtend) {
        const uitkomst = await verstuurWachtItem(item);
        if (uitkomst.soort === "verstuurd") gelukt.push(item.naam);
      }
      if (gelukt.length > 0) {
        setVerstuurd(
          gelukt.length === 1 ? `Verstuurd: het contact met ${gelukt[0]} is opgeslagen.` : `Verstuurd: ${gelukt.length} contacten zijn opgeslagen.`,
        );
        router.refresh();
      }
    } finally {
      bezig.current = false;
      await laad();
    }
  }, [gebruikerId, laad, router]);

  useEffect(() => {
    let actief = true;
    void wisVanAnderen(gebruikerId)
      .catch(() => undefined)
      .then(() => {
        if (actief) void verstuurAlles();
      });
    let wachtTimer: ReturnType<typeof setTimeout> | undefined;
    const opWachtrij = () => {
      void laad();
      clearTimeout(wachtTimer);
      // A contact just queued by the form (its answer got lost): try again shortly.
      wachtTimer = setTimeout(() => void verstuurAlles(), 1_500);
    };
    const opOnline = () => void verstuurAlles();
    window.addEventListener(WACHTRIJ_EVENT, opWachtrij);
    window.addEventListener("online", opOnline);
    const interval = setInterval(() => void verstuurAlles(), OPNIEUW_MS);
    return () => {
      actief = false;
      clearTimeout(wachtTimer);
      clearInterval(interval);
      window.removeEventListener(WACHTRIJ_EVENT, opWachtrij);
      window.removeEventListener("online", opOnline);
    };
  }, [gebruikerId, laad, verstuurAlles]);

  const gooiWeg = async (sleutel: string) => {
    await verwijderUitWachtrij(sleutel);
    setWegTeGooien(null);
    await laad();
  };

  const wachtend = items.filter((i) => i.status === "wacht").length;
  const problemen = items.length - wachtend;
  return (
    <div aria-live="polite" className="mx-auto w-full max-w-6xl px-4">
      {verstuurd && items.length === 0 ? (
        <p role="status" className="mt-3 flex items-start justify-between gap-2 rounded-md border-l-4 border-green-700 bg-green-50 p-3 text-green-900">
          <span>{verstuurd}</span>
          <button type="button" className="min-h-11 shrink-0 px-2 text-green-900 underline" onClick={() => setVerstuurd(null)}>
            Sluiten
          </button>
        </p>
      ) : null}
      {items.length > 0 ? (
        <section aria-label="Nog niet verstuurd" className="mt-3 rounded-md border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950">
          <details open={problemen > 0 || undefined}>
            <summary className="flex min-h-11 cursor-pointer items-center font-semibold">
              {wachtend > 0 ? `${wachtend} ${wachtend === 1 ? "contact wacht" : "contacten wachten"} op verzending` : null}
              {wachtend > 0 && problemen > 0 ? " · " : null}
              {problemen > 0 ? `${problemen} niet opgeslagen` : null}
            </summary>
            <p className="text-sm">
              {online
                ? "Deze contacten staan alleen op dit apparaat. Ze worden vanzelf verstuurd."
                : "Geen verbinding. Deze contacten staan alleen op dit apparaat en worden verstuurd zodra er weer verbinding is."}
            </p>
            <ul className="mt-2 flex flex-col gap-2">
              {items.map((item) => (
                <li key={item.aanvraagSleutel} className="rounded-md border border-amber-300 bg-white p-2">
                  <p className="font-medium">
                    {item.naam}: {item.omschrijving}
                  </p>
                  <p className="text-sm">{item.status === "wacht" ? "Wacht op verbinding." : `Niet opgeslagen: ${item.melding ?? ""}`}</p>
                  <div className="mt-1 flex flex-wrap gap-2">
                    {wegTeGooien === item.aanvraagSleutel ? (
                      <>
                        <Button type="button" variant="gevaar" onClick={() => void gooiWeg(item.aanvraagSleutel)}>
                          Ja, weggooien
                        </Button>
                        <Button type="button" variant="secundair" onClick={() => setWegTeGooien(null)}>
                          Toch bewaren
                        </Button>
                      </>
                    ) : (
                      <Button type="button" variant="secundair" onClick={() => setWegTeGooien(item.aanvraagSleutel)}>
                        Weggooien<span className="sr-only">: contact met {item.naam}</span>
                      </Button>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          </details>
        </section>
      ) : null}
    </div>
  );
}
