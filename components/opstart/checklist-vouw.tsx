"use client";

import { useState, type ReactNode } from "react";

/**
 * A checklist category that can be folded. A finished category starts folded;
 * after that only the user opens or closes it (a tap that finishes the last
 * item does not fold it away under their finger).
 */
export function ChecklistVouw({ afgerond, samenvatting, children }: { afgerond: boolean; samenvatting: ReactNode; children: ReactNode }) {
  const [open, setOpen] = useState(!afgerond);
  return (
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)} className="group">
      <summary className="flex min-h-11 cursor-pointer list-none flex-wrap items-baseline justify-between gap-2 [&::-webkit-details-marker]:hidden">
        {samenvatting}
      </summary>
      {children}
    </details>
  );
}
