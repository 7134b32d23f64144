"use client";

import { useState } from "react";
import { useFormAction } from "@/components/ui/use-form-action";
import { rondActieAfAction } from "@/lib/plan/actions";

/**
 * Ticks an actie or huiswerk off with one tap: a checkbox that submits its own
 * small form (the dossier page is server-rendered; this is the only script).
 */
export function ActieVinkje({ actieId, version, afgerond, label }: { actieId: string; version: number; afgerond: boolean; label: string }) {
  const form = useFormAction(rondActieAfAction);
  const fout = form.state.message && !form.state.ok ? form.state.message : null;
  // The tick shows at once (a controlled checkbox would snap back until the server answers); the
  // server's value wins as soon as it changes, and again when the save failed.
  const [aangevinkt, setAangevinkt] = useState(afgerond);
  const [bekend, setBekend] = useState(afgerond);
  if (afgerond !== bekend) {
    setBekend(afgerond);
    setAangevinkt(afgerond);
  }
  const getoond = fout && !form.isPending ? afgerond : aangevinkt;
  return (
    <form {...form.props} className="flex flex-col">
      <input type="hidden" name="actieId" value={actieId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="afgerond" value={afgerond ? "false" : "true"} />
      <label className="flex min-h-11 cursor-pointer items-center gap-3">
        <input
          type="checkbox"
          className="size-5"
          checked={getoond}
          disabled={form.isPending}
          onChange={(ev) => {
            setAangevinkt(ev.currentTarget.checked);
            ev.currentTarget.form?.requestSubmit();
          }}
          aria-describedby={fout ? `actie-${actieId}-fout` : undefined}
        />
        <span className={afgerond ? "text-slate-600 line-through" : undefined}>{label}</span>
      </label>
      {fout ? (
        <p id={`actie-${actieId}-fout`} role="alert" className="text-sm font-medium text-red-700">
          {fout}
        </p>
      ) : form.state.ok && form.state.message ? (
        // "Gedaan. Goed bezig!": said next to the tick, without taking the focus away from the list.
        <p role="status" className="text-sm font-medium text-green-800">
          {form.state.message}
        </p>
      ) : null}
    </form>
  );
}
