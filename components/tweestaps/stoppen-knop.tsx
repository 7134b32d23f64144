"use client";

import { uitloggen } from "@/components/shell/uitloggen";
import { Button } from "@/components/ui/button";

/** Leaves the half-finished sign-in: the session ends and the login page opens. */
export function StoppenKnop() {
  return (
    <Button variant="secundair" type="button" onClick={() => void uitloggen("/login")}>
      Stoppen en uitloggen
    </Button>
  );
}
