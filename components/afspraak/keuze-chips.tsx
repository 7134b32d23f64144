"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { Fieldset, useVeldId } from "@/components/ui/field";

/**
 * A group of chips: radio buttons or checkboxes that look like large buttons,
 * for choices made with one tap on a phone. A check mark (not only colour)
 * shows what is chosen; the real input keeps keyboard and screen reader use.
 * With `rij`, the chips stay on one line on a phone and scroll sideways (the
 * chosen one is scrolled into view), so a form fits on one screen.
 */
export function KeuzeChips<T extends string>({
  legend,
  name,
  type,
  opties,
  gekozen,
  onChange,
  error,
  hint,
  rij = false,
}: {
  legend: ReactNode;
  name: string;
  type: "radio" | "checkbox";
  opties: readonly { waarde: T; label: string }[];
  gekozen: readonly T[];
  onChange: (waarde: T, aan: boolean) => void;
  error?: string | string[];
  hint?: ReactNode;
  rij?: boolean;
}) {
  const id = useVeldId(name);
  const rijRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = rijRef.current;
    const gekozen = el?.querySelector<HTMLElement>("label:has(input:checked)");
    if (el && gekozen && gekozen.offsetLeft + gekozen.offsetWidth > el.clientWidth) el.scrollLeft = gekozen.offsetLeft - 16;
    // Only on the first render: later taps are already in view.
  }, []);
  return (
    // A fieldset is as wide as its content by default: min-w-0 lets the row scroll instead of widening the page.
    <Fieldset name={name} legend={legend} hint={hint} error={error} className="min-w-0">
      <div
        ref={rijRef}
        className={
          rij
            ? "relative -mx-4 mt-1 flex gap-2 overflow-x-auto px-4 py-1 sm:mx-0 sm:flex-wrap sm:overflow-visible sm:px-0"
            : "mt-2 flex flex-wrap gap-2"
        }
      >
        {opties.map((o, i) => {
          const isGekozen = gekozen.includes(o.waarde);
          return (
            <label
              key={o.waarde}
              className={`inline-flex min-h-11 cursor-pointer items-center gap-1.5 rounded-full border select-none ${rij ? "shrink-0 px-3 py-1.5 text-[0.95rem] whitespace-nowrap" : "px-4 py-2 text-base"} has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-merk-600 ${
                isGekozen ? "border-merk-700 bg-merk-700 text-white" : "border-slate-400 bg-white text-slate-900 hover:bg-slate-100"
              }`}
            >
              <input
                id={i === 0 ? id : undefined}
                type={type}
                name={name}
                value={o.waarde}
                checked={isGekozen}
                onChange={(e) => onChange(o.waarde, e.target.checked)}
                className="sr-only"
              />
              {isGekozen ? <span aria-hidden="true">✓</span> : null}
              {o.label}
            </label>
          );
        })}
      </div>
    </Fieldset>
  );
}
