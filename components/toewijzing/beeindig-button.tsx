"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/lib/actions/result";
import { beeindigToewijzingAction } from "@/lib/toewijzing/actions";

export function BeeindigButton({ toewijzingId, inburgeraarId, naam }: { toewijzingId: string; inburgeraarId: string; naam: string }) {
  const [state, action, isPending] = useActionState<ActionState, FormData>(beeindigToewijzingAction, { ok: false });
  return (
    <form noValidate action={action} className="flex flex-col items-start gap-1">
      <input type="hidden" name="toewijzingId" value={toewijzingId} />
      <input type="hidden" name="inburgeraarId" value={inburgeraarId} />
      <Button type="submit" variant="secundair" disabled={isPending} aria-label={`Toewijzing van ${naam} beëindigen`}>
        Beëindigen
      </Button>
      <p aria-live="polite" className="text-sm text-red-700">
        {state.ok ? null : state.message}
      </p>
    </form>
  );
}
