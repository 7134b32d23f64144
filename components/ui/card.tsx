import type { ReactNode } from "react";

export function Card({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <section className={`rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6 ${className}`}>{children}</section>;
}

export function PageHeader({ title, description, actions }: { title: string; description?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="mb-6 flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900 sm:text-3xl">{title}</h1>
        {description ? <p className="mt-1 text-slate-700">{description}</p> : null}
      </div>
      {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
    </div>
  );
}

const BADGE_TONES = {
  neutraal: "bg-slate-100 text-slate-800",
  info: "bg-merk-100 text-merk-900",
  goed: "bg-green-100 text-green-900",
  let_op: "bg-amber-100 text-amber-900",
  fout: "bg-red-100 text-red-900",
} as const;

export function Badge({ children, tone = "neutraal" }: { children: ReactNode; tone?: keyof typeof BADGE_TONES }) {
  return <span className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-sm font-medium ${BADGE_TONES[tone]}`}>{children}</span>;
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="rounded-md border border-dashed border-slate-300 bg-white p-6 text-center text-slate-700">{children}</p>;
}

export function Alert({ children, tone = "info" }: { children: ReactNode; tone?: "info" | "fout" | "goed" }) {
  const tones = {
    info: "border-merk-600 bg-merk-50 text-merk-900",
    fout: "border-red-700 bg-red-50 text-red-900",
    goed: "border-green-700 bg-green-50 text-green-900",
  };
  return (
    <div role={tone === "fout" ? "alert" : "status"} className={`rounded-md border-l-4 p-3 ${tones[tone]}`}>
      {children}
    </div>
  );
}
