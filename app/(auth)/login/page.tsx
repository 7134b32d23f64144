import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { signInMessage } from "@/lib/auth/messages";
import { env } from "@/lib/env";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Inloggen" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ reden?: string; error?: string }> }) {
  if (await getCurrentUser()) redirect("/");
  const { reden, error } = await searchParams;
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center px-4 py-10">
      <p className="mb-2 text-lg font-semibold text-merk-700">Wegwijs</p>
      <h1 className="mb-2 text-3xl font-semibold text-slate-900">Inloggen</h1>
      <p className="mb-6 text-slate-700">Voor begeleiders, vrijwilligers, teamleiders, consulenten en beheerders.</p>
      <LoginForm
        initialMessage={signInMessage(reden ?? error)}
        oidcName={env.isOidcEnabled ? env.OIDC_NAME : null}
      />
    </main>
  );
}
