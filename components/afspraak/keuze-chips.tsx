import type { ReactNode } from "react";
import { Fieldset, useVeldId } from "@/components/ui/field";

/**
 * A group of chips: radio buttons or checkboxes that look like large buttons,
 * for choices made with one tap on a phone. A check mark (not only colour)
 * shows what is chosen; the real input keeps keyboard and screen reader use.
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
}: {
  legend: ReactNode;
  name: string;
  type: "radio" | "checkbox";
  opties: readonly { waarde: T; label: string }[];
  gekozen: readonly T[];
  onChange: (waarde: T, aan: boolean) => void;
  error?: string | string[];
  hint?: ReactNode;
}) {
  const id = useVeldId(name);
  return (
    <Fieldset name={name} legend={legend} hint={hint} error={error}>
      <div className="mt-2 flex flex-wrap gap-2">
        {opties.map((o, i) => {
          const isGekozen = gekozen.includes(o.waarde);
          return (
            <label
              key={o.waarde}
              className={`inline-flex min-h-11 cursor-pointer items-center gap-1.5 rounded-full border px-4 py-2 text-base select-none has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-merk-600 ${
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
