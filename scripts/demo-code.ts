/**
 * DEMO ONLY: prints the current code from the "authenticator app" of a seeded
 * demo account, whose secret is public (lib/seed/demo-tweestaps.ts).
 *
 *   npm run demo:code -- begeleider@denhaag.wegwijs.test
 *
 * It works for demo accounts only: a real account's secret is random and
 * stored encrypted; this script knows nothing of it.
 */
import { DEMO_ACCOUNTS } from "../lib/seed/accounts";
import { demoTweestapsCode } from "../lib/seed/demo-tweestaps";

const email = (process.argv[2] ?? "").trim().toLowerCase();
if (!email) {
  console.error("Geef het e-mailadres van een demo-account: npm run demo:code -- begeleider@denhaag.wegwijs.test");
  console.error(`Demo-accounts: ${Object.values(DEMO_ACCOUNTS).map((a) => a.email).join(", ")}`);
  process.exit(1);
}
if (!email.endsWith(".wegwijs.test")) {
  console.error("Dit werkt alleen voor demo-accounts (…@….wegwijs.test).");
  process.exit(1);
}
const seconden = 30 - (Math.floor(Date.now() / 1000) % 30);
console.log(`${demoTweestapsCode(email)}   (nog ${seconden} seconden geldig; demo-account ${email})`);
