"use client";

import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import type { ActionState } from "@/lib/actions/state";

const NIET_VERSTUURD = "Het formulier kon niet worden verstuurd. Controleer je verbinding en probeer het opnieuw.";
const TE_GROOT = "Wat je wilt versturen is te groot. Maak de tekst korter of stuur minder bestanden mee.";
/** The server refuses bodies over 1 MB (proxy.ts); checked here first so nothing is sent in vain. */
const MAX_BYTES = 1024 * 1024 - 16 * 1024;

function grootte(formData: FormData): number {
  let n = 0;
  for (const [key, value] of formData.entries()) n += key.length + (typeof value === "string" ? new Blob([value]).size : value.size);
  return n;
}

/** Next.js redirects and not-found signals travel as thrown errors; they must keep travelling. */
function isNextSignal(error: unknown): boolean {
  return typeof error === "object" && error !== null && "digest" in error && typeof error.digest === "string" && error.digest.startsWith("NEXT_");
}

/**
 * The one form hook. useActionState for our actions, plus what every form needs:
 * - React 19 resets a form after its `action` runs, which would wipe what
 *   someone typed when the server rejects it; this submits through onSubmit so
 *   rejected input stays next to its message (the `action` keeps the form
 *   working before hydration);
 * - the clicked button's name/value is sent (forms with "Goedkeuren" and "Afwijzen");
 * - a failed network call or a body that is too large becomes a Dutch message
 *   instead of an error page;
 * - after each answer the message at the top of the form (FormMelding) gets
 *   focus and is scrolled into view: the error summary after a failure, the
 *   confirmation after a success.
 *
 *   const form = useFormAction(planAfspraakAction);
 *   <form {...form.props}><FormMelding {...form.melding} /> … </form>
 */
export function useFormAction<S extends ActionState>(action: (state: S, formData: FormData) => Promise<S>, initial: S = { ok: false } as S) {
  const [state, formAction, isPending] = useActionState<S, FormData>(async (prev, formData) => {
    try {
      return await action(prev as S, formData);
    } catch (error) {
      if (isNextSignal(error)) throw error;
      const message = error instanceof Error && /413|too large|te groot/i.test(error.message) ? TE_GROOT : NIET_VERSTUURD;
      return { ok: false, message } as S;
    }
  }, initial as Awaited<S>);
  const meldingRef = useRef<HTMLDivElement>(null);
  // A message decided in the browser (too large to send) replaces the server's answer until the next submit.
  const [lokaal, setLokaal] = useState<S | null>(null);
  const getoond = lokaal ?? state;
  const eerste = useRef(true);

  useEffect(() => {
    if (eerste.current) {
      eerste.current = false;
      return;
    }
    const el = meldingRef.current;
    if (!el || !getoond.message) return;
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: "center", behavior: "instant" as ScrollBehavior });
  }, [getoond]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    if (grootte(formData) > MAX_BYTES) {
      setLokaal({ ok: false, message: TE_GROOT } as S);
      return;
    }
    setLokaal(null);
    startTransition(() => formAction(formData));
  };
  const errors = getoond.errors ?? {};
  return {
    state: getoond,
    errors,
    isPending,
    formAction,
    onSubmit,
    /** Spread on the <form>: our Dutch messages instead of the browser's. */
    props: { action: formAction, onSubmit, noValidate: true },
    /** Spread on <FormMelding>. */
    melding: { state: getoond, meldingRef },
  };
}
