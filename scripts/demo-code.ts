/**
 * DEMO ONLY: prints the current code from the "authenticator app" of a seeded
 * demo account, whose secret is public (lib/seed/demo-tweestaps.ts).
 *
 *   npm run demo:code -- begeleider@denhaag.wegwijs.test
 *   npm run demo:code -- begeleider@denhaag.wegwijs.test --geheim   (the key, to add to your own app)
 *
 * It works for demo accounts only: a real account's secret is random and
 * stored encrypted; this script knows nothing of it.
 */
import { DEMO_ACCOUNTS } from "../lib/seed/accounts";
import { demoTweestapsCode, demoTweestapsGeheim } from "../lib/seed/demo-tweestaps";

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
if (process.argv.includes("--geheim")) {
  console.log(`${demoTweestapsGeheim(email)}   (DEMO: openbare sleutel van ${email}; zet hem in je app als "sleutel invoeren")`);
  process.exit(0);
}
const seconden = 30 - (Math.floor(Date.now() / 1000) % 30);
console.log(`${demoTweestapsCode(email)}   (nog ${seconden} seconden geldig; demo-account ${email})`);
