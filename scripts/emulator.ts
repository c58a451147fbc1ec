/**
 * `npm run emulator -- [--port 3010] [--time-scale 1] [--host 127.0.0.1]`: the carrier emulator on its own,
 * for an app started separately with CARRIER_EMULATOR_URL pointing here and the same TWILIO_AUTH_TOKEN
 * (taken from the environment, or from .data/secrets.json as `npm start` made it). It starts with no
 * numbers: start the app (or run `tsx scripts/reconcile-numbers.ts` with its DATABASE_URL) to register them.
 */
import "dotenv/config";
import path from "node:path";
import { parseArgs } from "node:util";
import { startCarrierEmulator } from "../server/telephony/emulator";
import { ensureSecrets } from "./lib/secrets";
import { ROOT } from "./lib/stack";

const { values } = parseArgs({
  options: { port: { type: "string", default: "3010" }, host: { type: "string", default: "127.0.0.1" }, "time-scale": { type: "string", default: "1" } },
});

async function main() {
  const { TWILIO_AUTH_TOKEN } = ensureSecrets(path.join(ROOT, ".data"), ["TWILIO_AUTH_TOKEN"]);
  const emulator = await startCarrierEmulator({
    port: Number(values.port),
    host: values.host,
    timeScale: Number(values["time-scale"]),
    authToken: TWILIO_AUTH_TOKEN,
    log: (line) => console.log(`[emulator] ${line}`),
  });
  console.log(
    [
      "",
      `  Carrier emulator at ${emulator.url}   (account ${emulator.accountSid}, time scale ${emulator.timeScale})`,
      `  Point the app at it: CARRIER_EMULATOR_URL=${emulator.url} and the same TWILIO_AUTH_TOKEN.`,
      `  Control API: POST ${emulator.url}/emulator/calls · GET ${emulator.url}/emulator/calls/<CallSid> · POST ${emulator.url}/emulator/traffic`,
      "  Press Ctrl-C to stop.",
      "",
    ].join("\n"),
  );
  const stop = async () => {
    await emulator.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch((error) => {
  console.error(`[emulator] failed to start: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
