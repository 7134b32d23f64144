import type { ComponentProps, ReactNode } from "react";
import { useVeldPrefix } from "./veld-prefix";

/**
 * The element id of a form field, from its name ("huishouden.0.voornaam" →
 * "huishouden-0-voornaam"), after the form's VeldPrefix if it has one.
 */
export function veldId(name: string, prefix = ""): string {
  return `${prefix ? `${prefix}-` : ""}${name.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

/** The id of a field in the current form (inside a VeldPrefix, with that prefix). */
export function useVeldId(name: string): string {
  return veldId(name, useVeldPrefix());
}

/** What Field hands to its control: spread it on the input, select or textarea. */
export interface VeldBedrading {
  id: string;
  name: string;
  "aria-invalid": boolean;
  "aria-describedby": string;
}

function bericht(error: string | string[] | undefined) {
  return Array.isArray(error) ? error[0] : error;
}

/**
 * A labelled form field: the one place that wires id, label, hint and error to
 * the control (aria-describedby, aria-invalid), so screen readers announce
 * both and the error summary can link to it.
 *
 *   <Field name="reden" label="Reden" hint="Kort" error={form.errors.reden}>
 *     {(veld) => <Input {...veld} maxLength={300} />}
 *   </Field>
 */
export function Field({
  name,
  id,
  label,
  error,
  hint,
  children,
}: {
  name: string;
  id?: string;
  label: ReactNode;
  error?: string | string[] | undefined;
  hint?: ReactNode;
  children: (veld: VeldBedrading) => ReactNode;
}) {
  const standaardId = useVeldId(name);
  id ??= standaardId;
  const message = bericht(error);
  const describedBy = hint ? `${id}-error ${id}-hint` : `${id}-error`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium text-slate-900">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {children({ id, name, "aria-invalid": Boolean(message), "aria-describedby": describedBy })}
      <p id={`${id}-error`} className="min-h-0 text-sm font-medium text-red-700">
        {message}
      </p>
    </div>
  );
}

/**
 * A group of radios or checkboxes with one legend, hint and error. The first
 * control should carry `id={useVeldId(name)}` so the error summary can link to
 * it (Keuzes and KeuzeChips do that).
 */
export function Fieldset({
  name,
  legend,
  error,
  hint,
  children,
  className = "",
}: {
  name: string;
  legend: ReactNode;
  error?: string | string[] | undefined;
  hint?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const id = useVeldId(name);
  const message = bericht(error);
  return (
    <fieldset className={className} aria-describedby={hint ? `${id}-error ${id}-hint` : `${id}-error`} aria-invalid={Boolean(message) || undefined}>
      <legend className="font-medium text-slate-900">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {children}
      <p id={`${id}-error`} className="min-h-0 text-sm font-medium text-red-700">
        {message}
      </p>
    </fieldset>
  );
}

const INPUT =
  "min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 placeholder:text-slate-500 aria-[invalid=true]:border-red-700";

export function Input({ className = "", ...props }: ComponentProps<"input">) {
  return <input className={`${INPUT} ${className}`} {...props} />;
}

export function Select({ className = "", ...props }: ComponentProps<"select">) {
  return <select className={`${INPUT} ${className}`} {...props} />;
}

export function Textarea({ className = "", ...props }: ComponentProps<"textarea">) {
  return <textarea className={`${INPUT} ${className}`} {...props} />;
}

/** The options of a Select: an optional empty first choice ("Kies …"), then the list. */
export function Opties({ leeg, leegKiesbaar = true, opties }: { leeg?: string; leegKiesbaar?: boolean; opties: readonly { waarde: string; label: string }[] }) {
  return (
    <>
      {leeg !== undefined ? (
        <option value="" disabled={!leegKiesbaar}>
          {leeg}
        </option>
      ) : null}
      {opties.map((o) => (
        <option key={o.waarde} value={o.waarde}>
          {o.label}
        </option>
      ))}
    </>
  );
}
