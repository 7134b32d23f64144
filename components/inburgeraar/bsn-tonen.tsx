"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { toonBsnAction } from "@/lib/inburgeraar/actions";

/** The masked BSN with a button that reveals it (the server records who looked). */
export function BsnTonen({ inburgeraarId, einde }: { inburgeraarId: string; einde: string }) {
  const form = useFormAction(toonBsnAction);
  const bsn = form.state.ok ? form.state.bsn : undefined;
  if (bsn) return <span className="font-mono">{bsn}</span>;
  return (
    <form {...form.props} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="inburgeraarId" value={inburgeraarId} />
      <span className="font-mono" aria-label={`BSN eindigt op ${einde.split("").join(" ")}`}>
        ••••••{einde}
      </span>
      <button type="submit" disabled={form.isPending} className="min-h-11 rounded-md px-2 text-merk-700 underline disabled:opacity-60">
        {form.isPending ? "Bezig…" : "BSN tonen"}
      </button>
      {form.state.message && !form.state.ok ? (
        <span role="alert" className="text-sm text-red-700">
          {form.state.message}
        </span>
      ) : null}
    </form>
  );
}
