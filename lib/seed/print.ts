import "server-only";
import type { Db } from "@/lib/db/client";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./accounts";

/**
 * The demo accounts that exist and are active in this database, as lines to
 * print at start-up. Empty when there are none (a production database).
 */
export async function demoAccountRegels(prisma: Db): Promise<string[]> {
  const emails = Object.values(DEMO_ACCOUNTS).map((a) => a.email);
  const gevonden = await prisma.gebruiker.findMany({ where: { email: { in: emails }, actief: true }, select: { email: true } });
  const actief = new Set(gevonden.map((g) => g.email));
  const regels = Object.entries(DEMO_ACCOUNTS)
    .filter(([, a]) => actief.has(a.email))
    .map(([rol, a]) => `  ${rol.padEnd(13)} ${a.email.padEnd(36)} (${a.naam})`);
  return regels.length
    ? [...regels, `  wachtwoord    ${DEMO_PASSWORD}`, "  code uit app  npm run demo:code -- <e-mailadres>   (demo: bekend geheim, niet voor echte accounts)"]
    : [];
}
