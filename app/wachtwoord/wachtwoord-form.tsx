"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/actions/result";
import { wijzigWachtwoordAction } from "@/lib/gebruiker/actions";

export function WachtwoordForm() {
  const { state, formAction: action, isPending, onSubmit } = useFormAction<ActionState>(wijzigWachtwoordAction, { ok: false });
  const e = state.errors ?? {};
  if (state.ok) {
    return (
      <div className="flex flex-col gap-4">
        <FormStatus state={state} />
        <Link href="/" className="font-medium text-merk-700 underline">
          Verder naar Wegwijs
        </Link>
      </div>
    );
  }
  return (
    <form noValidate action={action} onSubmit={onSubmit} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <FormStatus state={state} />
      <Field id="huidig" label="Huidig (tijdelijk) wachtwoord" error={e.huidig}>
        <Input id="huidig" name="huidig" type="password" autoComplete="current-password" aria-invalid={Boolean(e.huidig)} aria-describedby={describedBy("huidig")} />
      </Field>
      <Field id="nieuw" label="Nieuw wachtwoord" error={e.nieuw}>
        <Input id="nieuw" name="nieuw" type="password" autoComplete="new-password" aria-invalid={Boolean(e.nieuw)} aria-describedby={describedBy("nieuw")} />
      </Field>
      <Field id="herhaal" label="Herhaal nieuw wachtwoord" error={e.herhaal}>
        <Input id="herhaal" name="herhaal" type="password" autoComplete="new-password" aria-invalid={Boolean(e.herhaal)} aria-describedby={describedBy("herhaal")} />
      </Field>
      <Button type="submit" disabled={isPending}>
        {isPending ? "Bezig…" : "Wachtwoord opslaan"}
      </Button>
    </form>
  );
}
