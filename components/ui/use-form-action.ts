"use client";

import { startTransition, useActionState, type FormEvent } from "react";

/**
 * useActionState for our forms. React 19 resets a form after its `action`
 * runs, which would wipe what someone typed when the server rejects it; this
 * submits through onSubmit instead so rejected input stays next to its message.
 * Pass both to the form: `<form action={formAction} onSubmit={onSubmit}>` (the
 * action keeps the form working before hydration).
 */
export function useFormAction<S extends object>(action: (state: Awaited<S>, formData: FormData) => Promise<S>, initial: Awaited<S>) {
  const [state, formAction, isPending] = useActionState<S, FormData>(action, initial);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Include the clicked button's name/value (forms with "Goedkeuren" and "Afwijzen" buttons).
    const formData = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => formAction(formData));
  };
  return { state, formAction, isPending, onSubmit };
}
