"use client";

import { Children, Fragment, useState, type ReactNode } from "react";

/**
 * Keeps its (keyed) children in the order they first appeared. The server
 * sorts a list (late and open first); after a tap the page re-renders with a
 * new order, and an item jumping away under the user's finger — with its
 * "Ongedaan maken" — would be worse than a stale order. A reload sorts afresh.
 */
export function StabieleVolgorde({ children }: { children: ReactNode }) {
  const lijst = Children.toArray(children);
  const sleutel = (c: (typeof lijst)[number]) => String((c as { key?: string | null }).key ?? "");
  // The order of the first render; children that appear later go after it, in their own order.
  const [eerste] = useState(() => lijst.map(sleutel));
  const positie = (c: (typeof lijst)[number], i: number) => {
    const p = eerste.indexOf(sleutel(c));
    return p >= 0 ? p : eerste.length + i;
  };
  const gesorteerd = lijst.map((c, i) => ({ c, p: positie(c, i) })).sort((a, b) => a.p - b.p).map((x) => x.c);
  return <Fragment>{gesorteerd}</Fragment>;
}
