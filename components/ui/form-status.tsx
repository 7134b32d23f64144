import type { ActionState } from "@/lib/actions/result";

/** The result of a form action, announced to screen readers. */
export function FormStatus({ state }: { state: ActionState }) {
  return (
    <div aria-live="polite" role="status">
      {state.message ? (
        <p className={`rounded-md border-l-4 p-3 ${state.ok ? "border-green-700 bg-green-50 text-green-900" : "border-red-700 bg-red-50 text-red-900"}`}>
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
