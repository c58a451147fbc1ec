/**
 * `npm start` (production build) and `npm run dev` (next dev): everything a new user needs, in one command.
 * See scripts/lib/stack.ts for what starts; this file reads the configuration, prints where everything
 * is, and stops it all on Ctrl-C.
 */
import "dotenv/config";
import path from "node:path";
import { DEMO_PASSWORD, DEMO_USERS } from "../server/seed/demo-users";
import { ensureSecrets } from "./lib/secrets";
import { ROOT, startStack, type Stack } from "./lib/stack";

const dev = process.argv.includes("--dev");
const say = (line: string) => console.log(`[switchboard] ${line}`);

let stack: Stack | undefined;
let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  say("stopping …");
  await stack?.stop();
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));

async function main() {
  const started = Date.now();
  const dataDir = path.join(ROOT, ".data");
  const port = Number(process.env.PORT || 3000);
  const { NEXTAUTH_SECRET } = ensureSecrets(dataDir, ["NEXTAUTH_SECRET"]);
  if (process.env.DATABASE_URL) say("using the PostgreSQL server at DATABASE_URL");

  stack = await startStack({
    dataDir,
    port,
    publicUrl: process.env.PUBLIC_URL,
    emulatorPort: process.env.CARRIER_EMULATOR_PORT ? Number(process.env.CARRIER_EMULATOR_PORT) : undefined,
    emulatorTimeScale: process.env.CARRIER_EMULATOR_TIME_SCALE ? Number(process.env.CARRIER_EMULATOR_TIME_SCALE) : undefined,
    fakeStripePort: process.env.FAKE_STRIPE_URL ? Number(new URL(process.env.FAKE_STRIPE_URL).port || 80) : undefined,
    databaseUrl: process.env.DATABASE_URL,
    smtpUrl: process.env.SMTP_URL,
    secret: NEXTAUTH_SECRET,
    dev,
    log: say,
  });
  stack.next.on("exit", (code) => {
    if (!stopping) {
      say(`Next.js exited (${code})`);
      void stop(code ?? 1);
    }
  });

  console.log(
    [
      "",
      `  Switchboard is ready at ${stack.publicUrl}   (${((Date.now() - started) / 1000).toFixed(1)} s)`,
      "",
      `  Demo logins (password: ${DEMO_PASSWORD})`,
      ...DEMO_USERS.map((u) => `    ${u.role.padEnd(11)} ${u.email}`),
      "",
      stack.mail ? `  E-mail inbox (local sink): ${stack.mail.webUrl}` : "  E-mail is sent through SMTP_URL",
      stack.embeddedDatabase ? "  Database: embedded PostgreSQL, data kept in .data/pg" : "  Database: DATABASE_URL",
      ...telephonyLines(stack),
      stack.fakeStripe
        ? `  Billing: fake Stripe at ${stack.fakeStripe.url} (STRIPE_SECRET_KEY is not set; state in .data/fake-stripe.json)`
        : "  Billing: Stripe (STRIPE_SECRET_KEY)",
      "",
      "  Press Ctrl-C to stop.",
      "",
    ].join("\n"),
  );
}

/** Where calls come from: Twilio, or the carrier emulator with the numbers it now owns and how to ring them. */
function telephonyLines(s: Stack): string[] {
  if (!s.emulator) return ["  Telephony: Twilio (TWILIO_ACCOUNT_SID)"];
  const numbers = s.emulator.numbers();
  const example = numbers[0]?.e164 ?? "+74955550101";
  return [
    `  Telephony: carrier emulator at ${s.emulator.url} (Twilio is not configured)`,
    ...numbers.map((n) => `    ${n.e164.padEnd(14)} ${n.friendlyName}`),
    `    Ring a number:    curl -X POST ${s.emulator.url}/emulator/calls -H 'content-type: application/json' \\`,
    `                        -d '{"to":"${example}","from":"+79161234567","digits":"1"}'`,
    `    Generate traffic: npm run traffic -- --url ${s.emulator.url} --rate 10 --count 50`,
  ];
}

main().catch(async (error) => {
  console.error(`[switchboard] failed to start: ${error instanceof Error ? error.message : error}`);
  await stop(1);
});
