"use client";

import { Button } from "@/components/ui/button";
import { FormMelding } from "@/components/ui/form-melding";
import { useFormAction } from "@/components/ui/use-form-action";
import { ontvangOverdrachtAction } from "@/lib/overdracht/actions";

/**
 * "Gelezen en ontvangen": the receiver acknowledges the overdracht. Once it is
 * acknowledged (`open` false) only this form's own confirmation remains.
 */
export function OntvangForm({ id, version, open }: { id: string; version: number; open: boolean }) {
  const form = useFormAction(ontvangOverdrachtAction);
  if (!open && !form.state.ok) return null;
  return (
    <form {...form.props} className="flex flex-col gap-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <FormMelding {...form.melding} />
      {form.state.ok ? null : (
        <div>
          <Button type="submit" disabled={form.isPending}>
            {form.isPending ? "Bezig…" : "Gelezen en ontvangen"}
          </Button>
        </div>
      )}
    </form>
  );
}
