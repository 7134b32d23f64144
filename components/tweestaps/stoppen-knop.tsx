"use client";

import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";

/** Leaves the half-finished sign-in: the session ends and the login page opens. */
export function StoppenKnop() {
  return (
    <Button variant="secundair" type="button" onClick={() => void signOut({ callbackUrl: "/login" })}>
      Stoppen en uitloggen
    </Button>
  );
}
