"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/login" })}
      className="min-h-11 rounded-md px-3 py-2 text-base font-medium text-white underline-offset-4 hover:underline"
    >
      Uitloggen
    </button>
  );
}
