"use client";

import { aantalWachtend, wisAlles } from "@/components/offline/opslag";
import { uitloggen as meldAf } from "./uitloggen";

/**
 * Signing out also clears what Wegwijs kept on this device (waiting contacts
 * and drafts). When contacts still wait to be sent, the user is asked first.
 */
export function SignOutButton() {
  const uitloggen = async () => {
    const wachtend = await aantalWachtend().catch(() => 0);
    if (
      wachtend > 0 &&
      !window.confirm(
        `${wachtend === 1 ? "Er wacht nog 1 contact" : `Er wachten nog ${wachtend} contacten`} op verzending. Als je uitlogt, wordt ${wachtend === 1 ? "het" : "alles"} van dit apparaat verwijderd en niet opgeslagen. Toch uitloggen?`,
      )
    ) {
      return;
    }
    await wisAlles().catch(() => undefined);
    await meldAf("/login");
  };
  return (
    <button
      type="button"
      onClick={() => void uitloggen()}
      className="min-h-11 rounded-md px-3 py-2 text-base font-medium text-white underline-offset-4 hover:underline"
    >
      Uitloggen
    </button>
  );
}
