import type { ReactNode } from "react";

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
  const message = Array.isArray(error) ? error[0] : error;
  const foutId = `${name}-error`;
  return (
    <fieldset aria-describedby={foutId} aria-invalid={message ? true : undefined}>
      <legend className="font-medium text-slate-900">{legend}</legend>
      {hint ? <p className="text-sm text-slate-600">{hint}</p> : null}
      <div className="mt-2 flex flex-wrap gap-2">
        {opties.map((o) => {
          const isGekozen = gekozen.includes(o.waarde);
          return (
            <label
              key={o.waarde}
              className={`inline-flex min-h-11 cursor-pointer items-center gap-1.5 rounded-full border px-4 py-2 text-base select-none has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-merk-600 ${
                isGekozen ? "border-merk-700 bg-merk-700 text-white" : "border-slate-400 bg-white text-slate-900 hover:bg-slate-100"
              }`}
            >
              <input
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
      <p id={foutId} className="text-sm font-medium text-red-700" aria-live="polite">
        {message}
      </p>
    </fieldset>
  );
}
