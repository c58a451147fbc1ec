/**
 * `npm run fake-stripe -- [--port 3012] [--host 127.0.0.1] [--webhook-url http://localhost:3000/api/stripe/webhook]
 * [--state .data/fake-stripe.json] [--memory]`: the fake Stripe on its own, for an app started separately with
 * FAKE_STRIPE_URL pointing here, STRIPE_SECRET_KEY unset and the same STRIPE_WEBHOOK_SECRET (from the
 * environment, or from .data/secrets.json as `npm start` made it). `npm start` runs one itself; do not run both
 * on the same state file.
 */
import "dotenv/config";
import path from "node:path";
import { parseArgs } from "node:util";
import { startFakeStripe } from "../server/billing/fake-stripe";
import { ensureSecrets } from "./lib/secrets";
import { ROOT } from "./lib/stack";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "3012" },
    host: { type: "string", default: "127.0.0.1" },
    "webhook-url": { type: "string", default: `${(process.env.PUBLIC_URL ?? "http://localhost:3000").replace(/\/$/, "")}/api/stripe/webhook` },
    state: { type: "string", default: path.join(ROOT, ".data", "fake-stripe.json") },
    memory: { type: "boolean", default: false },
  },
});

async function main() {
  const { STRIPE_WEBHOOK_SECRET } = ensureSecrets(path.join(ROOT, ".data"), ["STRIPE_WEBHOOK_SECRET"], { STRIPE_WEBHOOK_SECRET: "whsec_" });
  const fake = await startFakeStripe({
    port: Number(values.port),
    host: values.host,
    webhookUrl: values["webhook-url"],
    webhookSecret: STRIPE_WEBHOOK_SECRET,
    statePath: values.memory ? undefined : values.state,
    log: (line) => console.log(`[fake-stripe] ${line}`),
  });
  console.log(
    [
      "",
      `  Fake Stripe at ${fake.url}   (webhooks → ${values["webhook-url"]})`,
      `  Point the app at it: FAKE_STRIPE_URL=${fake.url}, STRIPE_SECRET_KEY unset, the same STRIPE_WEBHOOK_SECRET.`,
      `  Control API: POST ${fake.url}/_fake/failures {"rate":0.3} · POST ${fake.url}/_fake/down {"until":"<ISO>"|null}`,
      `               POST ${fake.url}/_fake/fail-payments {"on":true} · GET ${fake.url}/_fake/meter-events?account=acct_…`,
      `               GET ${fake.url}/_fake/events · POST ${fake.url}/_fake/reset`,
      "  Press Ctrl-C to stop.",
      "",
    ].join("\n"),
  );
  const stop = async () => {
    await fake.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch((error) => {
  console.error(`[fake-stripe] failed to start: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
