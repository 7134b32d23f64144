import "server-only";
import { versleutel } from "@/lib/crypto/versleutel";
import type { Tx } from "@/lib/db";
import { TWEESTAPS_GEHEIM_DOEL } from "@/lib/tweestaps/totp";
import { demoTweestapsGeheim } from "./demo-tweestaps";

/**
 * DEMO ONLY: every seeded account of a role that must use two-factor sign-in
 * gets the published demo secret of its e-mail address (lib/seed/demo-tweestaps.ts),
 * so the demo and the e2e suite can sign in (`npm run demo:code -- <e-mail>`).
 * Volunteers start without, as real volunteers do. Runs only inside seedDemo.
 */
export async function seedDemoTweestaps(tx: Tx, now: Date): Promise<void> {
  const gebruikers = await tx.gebruiker.findMany({ where: { rol: { not: "VRIJWILLIGER" }, tweestapsGeheim: null, email: { endsWith: ".wegwijs.test" } }, select: { id: true, email: true } });
  for (const g of gebruikers) {
    await tx.gebruiker.update({
      where: { id: g.id },
      data: { tweestapsGeheim: versleutel(demoTweestapsGeheim(g.email), TWEESTAPS_GEHEIM_DOEL), tweestapsSinds: now },
    });
  }
}
