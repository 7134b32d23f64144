"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Input } from "@/components/ui/field";
import { signInMessage } from "@/lib/auth/messages";

type Errors = { email?: string; password?: string };

function validate(email: string, password: string): Errors {
  const errors: Errors = {};
  if (!email.trim()) errors.email = "Vul je e-mailadres in.";
  else if (email.length > 254) errors.email = "Dit e-mailadres is te lang.";
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) errors.email = "Dit is geen geldig e-mailadres.";
  if (!password) errors.password = "Vul je wachtwoord in.";
  else if (password.length > 200) errors.password = "Dit wachtwoord is te lang.";
  return errors;
}

export function LoginForm({ initialMessage, oidcName }: { initialMessage: string | null; oidcName: string | null }) {
  const router = useRouter();
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState<string | null>(initialMessage);
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "");
    const password = String(form.get("password") ?? "");
    const fieldErrors = validate(email, password);
    setErrors(fieldErrors);
    setMessage(null);
    if (Object.keys(fieldErrors).length > 0) return;
    startTransition(async () => {
      const result = await signIn("credentials", { email: email.trim(), password, redirect: false });
      if (!result || result.error) {
        setMessage(signInMessage(result?.error ?? "Default"));
        return;
      }
      router.replace("/");
      router.refresh();
    });
  }

  return (
    <div className="flex flex-col gap-6">
      {message ? <Alert tone="fout">{message}</Alert> : null}
      <form noValidate onSubmit={onSubmit} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <Field id="email" label="E-mailadres" error={errors.email}>
          <Input
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            inputMode="email"
            required
            aria-invalid={Boolean(errors.email)}
            aria-describedby={describedBy("email")}
          />
        </Field>
        <Field id="password" label="Wachtwoord" error={errors.password}>
          <Input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            aria-invalid={Boolean(errors.password)}
            aria-describedby={describedBy("password")}
          />
        </Field>
        <Button type="submit" disabled={isPending}>
          {isPending ? "Bezig met inloggen…" : "Inloggen"}
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
