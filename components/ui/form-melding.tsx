import type { MouseEvent, RefObject } from "react";
import type { ActionState } from "@/lib/actions/state";
import { veldId } from "./field";
import { useVeldPrefix } from "./veld-prefix";

/**
 * A link in the summary moves focus to its field (a plain #anchor only
 * scrolls) and shows the field's label or legend too, as GOV.UK does.
 */
function naarVeld(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const veld = document.getElementById(id);
  if (!veld) return;
  event.preventDefault();
  const kop = document.querySelector(`label[for="${CSS.escape(id)}"]`) ?? veld.closest("fieldset")?.querySelector("legend") ?? veld;
  kop.scrollIntoView({ block: "start" });
  veld.focus({ preventScroll: true });
}

/**
 * The message at the top of a form (the GOV.UK error summary pattern): after a
 * failed submit a summary that receives focus and links to each field with an
 * error; after a success the confirmation. useFormAction moves focus here.
 */
export function FormMelding({ state, meldingRef }: { state: ActionState; meldingRef: RefObject<HTMLDivElement | null> }) {
  const prefix = useVeldPrefix();
  const fouten = Object.entries(state.errors ?? {}).filter((entry): entry is [string, string[]] => Boolean(entry[1]?.length));
  return (
    <div ref={meldingRef} tabIndex={-1} className="outline-none focus-visible:ring-2 focus-visible:ring-merk-700" aria-live="polite" role="status">
      {state.message && !state.ok ? (
        <div className="rounded-md border-l-4 border-red-700 bg-red-50 p-3 text-red-900">
          <p className={fouten.length ? "font-semibold" : undefined}>{state.message}</p>
          {fouten.length ? (
            <ul className="mt-2 list-disc pl-5">
              {fouten.map(([naam, berichten]) => (
                <li key={naam}>
                  <a href={`#${veldId(naam, prefix)}`} onClick={(event) => naarVeld(event, veldId(naam, prefix))} className="text-red-900 underline">
                    {berichten[0]}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {state.message && state.ok ? <p className="rounded-md border-l-4 border-green-700 bg-green-50 p-3 text-green-900">{state.message}</p> : null}
    </div>
  );
}
