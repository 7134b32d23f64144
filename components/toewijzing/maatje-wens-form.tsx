"use client";

import { Button } from "@/components/ui/button";
import { FormMelding } from "@/components/ui/form-melding";
import { useFormAction } from "@/components/ui/use-form-action";
import { VeldPrefix } from "@/components/ui/veld-prefix";
import { zetMaatjeWensAction } from "@/lib/toewijzing/actions";

/** Does the person want a maatje? Wanting one puts them on the wachtlijst until they have one. */
export function MaatjeWensForm({ inburgeraarId, gewenst }: { inburgeraarId: string; gewenst: boolean }) {
  const form = useFormAction(zetMaatjeWensAction);
  return (
    <form {...form.props} className="flex flex-col items-start gap-2">
      <VeldPrefix value="maatjewens">
        <input type="hidden" name="inburgeraarId" value={inburgeraarId} />
        <input type="hidden" name="gewenst" value={gewenst ? "nee" : "ja"} />
        <FormMelding {...form.melding} />
        <Button type="submit" variant="secundair" disabled={form.isPending}>
          {gewenst ? "Wil geen maatje (meer)" : "Wil graag een maatje"}
        </Button>
      </VeldPrefix>
    </form>
  );
}
