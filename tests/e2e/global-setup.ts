import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../../scripts/lib/mail-sink";
import { startStack } from "../../scripts/lib/stack";

/** Starts the product once for the e2e run; Playwright calls the returned function at the end. */
export default async function globalSetup() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "switchboard-e2e-"));
  fs.chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as `postgres` and must pass through to dataDir/pg
  const port = await freePort(0);
  const stack = await startStack({
    dataDir,
    port,
    secret: randomBytes(32).toString("base64url"),
    quiet: true,
    randomMailPorts: true,
    distDir: ".next-e2e",
    // Its own emulator on any free port, playing calls five times faster than real time.
    emulatorPort: 0,
    emulatorTimeScale: 0.2,
    log: (line) => console.log(`[e2e] ${line}`),
  });
  // Workers start after this and inherit these.
  process.env.E2E_BASE_URL = stack.publicUrl; // the host the app puts in its links and cookies
  process.env.E2E_MAIL_URL = stack.mail!.webUrl;
  process.env.E2E_DATABASE_URL = stack.databaseUrl;
  // The server-only secrets of this run, for security.spec.ts to look for in what browsers download.
  const secretNames = ["NEXTAUTH_SECRET", "TWILIO_AUTH_TOKEN", "TWILIO_API_KEY_SECRET", "STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "DATABASE_URL", "S3_SECRET_ACCESS_KEY"];
  process.env.E2E_SERVER_SECRETS = JSON.stringify(Object.fromEntries(secretNames.map((n) => [n, stack.env[n]]).filter(([, v]) => v)));
  return async () => {
    await stack.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
