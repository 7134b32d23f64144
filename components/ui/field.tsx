import type { ComponentProps, ReactNode } from "react";

/**
 * A labelled form field with its error next to it, wired with
 * aria-describedby and aria-invalid so screen readers announce both.
 */
export function Field({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: ReactNode;
  error?: string | string[] | undefined;
  hint?: ReactNode;
  children: ReactNode;
}) {
  const message = Array.isArray(error) ? error[0] : error;
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
      {children}
      <p id={`${id}-error`} className="min-h-0 text-sm font-medium text-red-700" aria-live="polite">
        {message}
      </p>
    </div>
  );
}

export function describedBy(id: string, hint?: boolean) {
  return hint ? `${id}-error ${id}-hint` : `${id}-error`;
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
