import type { ReactNode } from "react";
import { Fieldset, useVeldId } from "./field";

type Fout = string | string[] | undefined;

/**
 * A group of checkboxes (or radios) under one legend, with its hint and error.
 * The first control carries the group's id, so the error summary links to it.
 * Uncontrolled with `standaard`, controlled with `gekozen` and `onChange`.
 */
export function Keuzes<T extends string>({
  name,
  legend,
  hint,
  error,
  type = "checkbox",
  opties,
  standaard,
  gekozen,
  onChange,
  className = "",
  lijstClassName = "mt-1 flex flex-col",
}: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: Fout;
  type?: "checkbox" | "radio";
  opties: readonly { waarde: T; label: ReactNode }[];
  standaard?: readonly T[];
  gekozen?: readonly T[];
  onChange?: (waarde: T, aan: boolean) => void;
  className?: string;
  lijstClassName?: string;
}) {
  const id = useVeldId(name);
  return (
    <Fieldset name={name} legend={legend} hint={hint} error={error} className={className}>
      <div className={lijstClassName}>
        {opties.map((o, i) => (
          <label key={o.waarde} className="flex min-h-11 items-center gap-2">
            <input
              id={i === 0 ? id : undefined}
              type={type}
              name={name}
              value={o.waarde}
              className="size-5"
              defaultChecked={standaard ? standaard.includes(o.waarde) : undefined}
              checked={gekozen ? gekozen.includes(o.waarde) : undefined}
              onChange={onChange ? (ev) => onChange(o.waarde, ev.target.checked) : undefined}
            />
            {o.label}
          </label>
        ))}
      </div>
    </Fieldset>
  );
}

/**
 * One checkbox with its label and the place for its error, wired with
 * aria-describedby and the field id the error summary links to.
 */
export function Vinkje({
  name,
  label,
  error,
  checked,
  defaultChecked,
  onChange,
  className = "",
}: {
  name: string;
  label: ReactNode;
  error?: Fout;
  checked?: boolean;
  defaultChecked?: boolean;
  onChange?: (aan: boolean) => void;
  className?: string;
}) {
  const id = useVeldId(name);
  const message = Array.isArray(error) ? error[0] : error;
  return (
    <div className={className}>
      <label className="flex min-h-11 items-center gap-2">
        <input
          id={id}
          type="checkbox"
          name={name}
          className="size-5"
          checked={checked}
          defaultChecked={defaultChecked}
          onChange={onChange ? (ev) => onChange(ev.target.checked) : undefined}
          aria-invalid={Boolean(message)}
          aria-describedby={`${id}-error`}
        />
        {label}
      </label>
      <p id={`${id}-error`} className="text-sm font-medium text-red-700">
        {message}
      </p>
    </div>
  );
}
