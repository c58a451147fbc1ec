/**
 * The whole product as processes: PostgreSQL (embedded unless a URL is given), migrations, the demo seed,
 * a mail sink (unless an SMTP URL is given), a production build when stale, and Next.js. Used by
 * `npm start`/`npm run dev`, the end-to-end tests and the benchmarks, so they all run the same thing.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { startFakeStripe, type FakeStripe } from "../../server/billing/fake-stripe";
import { startCarrierEmulator, type CarrierEmulator } from "../../server/telephony/emulator";
import { buildIsStale } from "./build-freshness";
import { startEmbeddedPostgres } from "./embedded-db";
import { freePort, startMailSink, type MailSink } from "./mail-sink";
import { migrateDeploy } from "./migrate";
import { ensureSecrets } from "./secrets";

export const ROOT = path.resolve(__dirname, "..", "..");
const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);

export type StackOptions = {
  dataDir: string;
  port: number;
  publicUrl?: string;
  databaseUrl?: string;
  smtpUrl?: string;
  secret: string;
  dev?: boolean;
  /** Pass Next.js output through (npm start) or keep it quiet (tests). */
  quiet?: boolean;
  log?: (line: string) => void;
  extraEnv?: Record<string, string | undefined>;
  /** Where the production build lives (default `.next`); tests use their own. */
  distDir?: string;
  /** Start the mail sink on random ports instead of 1025/1080. */
  randomMailPorts?: boolean;
  /**
   * The carrier emulator (started when TWILIO_ACCOUNT_SID is unset): its port (default 3010, or a free one
   * when taken; 0 = any free port) and its time scale (1 = real time).
   */
  emulatorPort?: number;
  emulatorTimeScale?: number;
  /** The fake Stripe (started when STRIPE_SECRET_KEY is unset): its port (default 3012, or a free one when taken; 0 = any). */
  fakeStripePort?: number;
};

export type Stack = {
  url: string;
  publicUrl: string;
  databaseUrl: string;
  embeddedDatabase: boolean;
  mail?: MailSink;
  /** The carrier emulator, when Twilio is not configured. */
  emulator?: CarrierEmulator;
  /** The fake Stripe, when Stripe is not configured. */
  fakeStripe?: FakeStripe;
  env: NodeJS.ProcessEnv;
  next: ChildProcess;
  stop: () => Promise<void>;
};

export function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, quiet = false): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, env, stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit" });
    let output = "";
    child.stdout?.on("data", (d) => (output += d));
    child.stderr?.on("data", (d) => (output += d));
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(cmd)} ${args.join(" ")} exited with ${code}\n${output.slice(-4000)}`)),
    );
  });
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Next.js exited (${child.exitCode}) before it was ready`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no answer from ${url}/api/health within ${timeoutMs / 1000} s`);
}

export async function startStack(opts: StackOptions): Promise<Stack> {
  const log = opts.log ?? (() => {});
  const cleanups: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch((e) => log(`cleanup: ${e}`));
  };
  try {
    let databaseUrl = opts.databaseUrl;
    if (!databaseUrl) {
      log("starting the embedded PostgreSQL …");
      const pg = await startEmbeddedPostgres({ dataDir: path.join(opts.dataDir, "pg") });
      cleanups.push(pg.stop);
      databaseUrl = pg.url;
    }
    log("applying migrations …");
    await migrateDeploy(databaseUrl);

    let mail: MailSink | undefined;
    let smtpUrl = opts.smtpUrl;
    if (!smtpUrl) {
      mail = await startMailSink(opts.randomMailPorts ? { smtpPort: await freePort(0), webPort: await freePort(0) } : {});
      cleanups.push(mail.stop);
      smtpUrl = mail.smtpUrl;
    }

    // Telephony: Twilio when its account SID is given, else the carrier emulator, in this process. The auth
    // token signs webhooks in both modes: from the environment, or generated once under the data dir.
    const twilioSid = opts.extraEnv?.TWILIO_ACCOUNT_SID ?? process.env.TWILIO_ACCOUNT_SID;
    const twilioToken = opts.extraEnv?.TWILIO_AUTH_TOKEN || process.env.TWILIO_AUTH_TOKEN || ensureSecrets(opts.dataDir, ["TWILIO_AUTH_TOKEN"]).TWILIO_AUTH_TOKEN;
    let emulator: CarrierEmulator | undefined;
    if (!twilioSid) {
      emulator = await startCarrierEmulator({
        port: opts.emulatorPort === 0 ? 0 : await freePort(opts.emulatorPort ?? 3010),
        authToken: twilioToken,
        timeScale: opts.emulatorTimeScale ?? 1,
        log: opts.quiet ? undefined : (line) => log(`[emulator] ${line}`),
      });
      cleanups.push(emulator.stop);
      log(`carrier emulator at ${emulator.url}`);
    }

    // Billing: Stripe when its secret key is given, else the fake Stripe, in this process, started before the
    // seed (which connects the demo agency to it). Its state lives in <dataDir>/fake-stripe.json so restarts keep
    // customers, subscriptions and clocks. Webhooks go to the app over loopback (reachable whatever PUBLIC_URL
    // is) and wait until the app answers its health check.
    const stripeKey = opts.extraEnv?.STRIPE_SECRET_KEY ?? process.env.STRIPE_SECRET_KEY;
    const webhookSecret = opts.extraEnv?.STRIPE_WEBHOOK_SECRET || process.env.STRIPE_WEBHOOK_SECRET ||
      (stripeKey ? undefined : ensureSecrets(opts.dataDir, ["STRIPE_WEBHOOK_SECRET"], { STRIPE_WEBHOOK_SECRET: "whsec_" }).STRIPE_WEBHOOK_SECRET);
    let fakeStripe: FakeStripe | undefined;
    if (!stripeKey) {
      fakeStripe = await startFakeStripe({
        port: opts.fakeStripePort === 0 ? 0 : await freePort(opts.fakeStripePort ?? 3012),
        webhookUrl: `http://127.0.0.1:${opts.port}/api/stripe/webhook`,
        webhookSecret,
        holdWebhooks: true,
        statePath: path.join(opts.dataDir, "fake-stripe.json"),
        log: opts.quiet ? undefined : (line) => log(`[fake-stripe] ${line}`),
      });
      cleanups.push(fakeStripe.stop);
    }

    const publicUrl = (opts.publicUrl ?? `http://localhost:${opts.port}`).replace(/\/$/, "");
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...opts.extraEnv,
      NODE_ENV: opts.dev ? "development" : "production",
      DATABASE_URL: databaseUrl,
      PORT: String(opts.port),
      PUBLIC_URL: publicUrl,
      NEXTAUTH_URL: publicUrl,
      NEXTAUTH_SECRET: opts.secret,
      SMTP_URL: smtpUrl,
      FILE_STORAGE_DIR: process.env.FILE_STORAGE_DIR || path.join(opts.dataDir, "files"),
      TWILIO_AUTH_TOKEN: twilioToken,
      ...(emulator ? { CARRIER_EMULATOR_URL: emulator.url } : {}),
      ...(fakeStripe ? { FAKE_STRIPE_URL: fakeStripe.url } : {}),
      ...(webhookSecret ? { STRIPE_WEBHOOK_SECRET: webhookSecret } : {}),
      ...(opts.distDir ? { NEXT_DIST_DIR: opts.distDir } : {}),
    };

    await run(bin("tsx"), [path.join(ROOT, "prisma/seed.ts")], env, opts.quiet);
    // The emulator forgets its numbers on restart: give it back every emulator number the database holds.
    if (emulator) await run(bin("tsx"), [path.join(ROOT, "scripts/reconcile-numbers.ts")], env, opts.quiet);
    if (!opts.dev && buildIsStale(ROOT, opts.distDir)) {
      log("building the app (first start, or the sources changed) …");
      await run(bin("next"), ["build"], env, opts.quiet);
    }

    const next = spawn(bin("next"), [opts.dev ? "dev" : "start", "-p", String(opts.port)], {
      cwd: ROOT,
      env,
      stdio: ["ignore", opts.quiet ? "ignore" : "inherit", opts.quiet ? "ignore" : "inherit"],
    });
    cleanups.push(async () => {
      if (next.exitCode !== null) return;
      const exited = new Promise((resolve) => next.once("exit", resolve));
      next.kill("SIGTERM");
      const timer = setTimeout(() => next.kill("SIGKILL"), 8000);
      await exited;
      clearTimeout(timer);
    });
    const url = `http://127.0.0.1:${opts.port}`;
    await waitForHealth(url, next, opts.dev ? 120_000 : 60_000);
    fakeStripe?.control.releaseWebhooks();
    return { url, publicUrl, databaseUrl, embeddedDatabase: !opts.databaseUrl, mail, emulator, fakeStripe, env, next, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
