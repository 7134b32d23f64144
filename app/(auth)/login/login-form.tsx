"use client";

import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { useFormAction } from "@/components/ui/use-form-action";
import { VELDFOUTEN_MELDING, type ActionState, type FieldErrors } from "@/lib/actions/state";
import { signInMessage } from "@/lib/auth/messages";

function validate(email: string, password: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!email.trim()) errors.email = ["Vul je e-mailadres in."];
  else if (email.length > 254) errors.email = ["Dit e-mailadres is te lang."];
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) errors.email = ["Dit is geen geldig e-mailadres."];
  if (!password) errors.password = ["Vul je wachtwoord in."];
  else if (password.length > 200) errors.password = ["Dit wachtwoord is te lang."];
  return errors;
}

/**
 * Signing in goes through next-auth's signIn, not a server action; it still
 * uses the one form hook, so the error summary and field wiring are the same
 * as on every other form.
 */
export function LoginForm({ initialMessage, oidcName }: { initialMessage: string | null; oidcName: string | null }) {
  const form = useFormAction<ActionState>(
    async (_prev, formData) => {
      const email = String(formData.get("email") ?? "");
      const password = String(formData.get("password") ?? "");
      const errors = validate(email, password);
      if (Object.keys(errors).length > 0) return { ok: false, message: VELDFOUTEN_MELDING, errors };
      const result = await signIn("credentials", { email: email.trim(), password, redirect: false });
      if (!result || result.error) return { ok: false, message: signInMessage(result?.error ?? "Default") ?? undefined };
      // A full page load: the server sends the new session where it must go first
      // (the code from the app, a new password, setting up the app) before any page of the app.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- a full load on purpose (see above)
      window.location.assign("/");
      return { ok: true };
    },
    { ok: false, message: initialMessage ?? undefined },
  );

  return (
    <div className="flex flex-col gap-6">
      <form {...form.props} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <FormMelding {...form.melding} />
        <Field name="email" label="E-mailadres" error={form.errors.email}>
          {(veld) => <Input {...veld} type="email" autoComplete="username" inputMode="email" required />}
        </Field>
        <Field name="password" label="Wachtwoord" error={form.errors.password}>
          {(veld) => <Input {...veld} type="password" autoComplete="current-password" required />}
        </Field>
        <Button type="submit" disabled={form.isPending}>
          {form.isPending ? "Bezig met inloggen…" : "Inloggen"}
        </Button>
      </form>
      {oidcName ? (
        <Button variant="secundair" type="button" onClick={() => signIn("oidc", { callbackUrl: "/" })}>
          {oidcName}
        </Button>
      ) : null}
    </div>
  );
}
