/**
 * The product scaled out on this machine: one embedded PostgreSQL (its own data directory and port), N web
 * instances of the production build (`next start`, OUTBOX_WORKER=off) behind a load balancer that is the
 * PUBLIC_URL, one worker (`scripts/worker.ts`: outbox, ACD, scheduled jobs), the carrier emulator, the fake
 * Stripe and the mail sink (behind a TCP gate). The pieces are the ones `npm start` uses (scripts/lib/*,
 * the emulator, the fake Stripe); what is added is control: SIGKILL and restart an instance, stop and start
 * PostgreSQL on the same data and port, take the fake Stripe or the SMTP server down and back.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startFakeStripe, type FakeStripe } from "../../../server/billing/fake-stripe";
import { startCarrierEmulator, type CarrierEmulator } from "../../../server/telephony/emulator";
import { startEmbeddedPostgres, type EmbeddedDb } from "../../../scripts/lib/embedded-db";
import { freePort, startMailSink, type MailSink } from "../../../scripts/lib/mail-sink";
import { migrateDeploy } from "../../../scripts/lib/migrate";
import { ROOT, run } from "../../../scripts/lib/stack";
import { startLoadBalancer, type LoadBalancer } from "./load-balancer";
import { startTcpGate, type TcpGate } from "./tcp-gate";

const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);

export type ClusterOptions = {
  instances?: number;
  /** The production build to start (default `.next`; the e2e run has `.next-e2e`). */
  distDir?: string;
  /** The emulator's clock: 0.25 plays calls four times faster than real time. */
  timeScale?: number;
  log?: (line: string) => void;
};

export type Tenant = { agencyId: string; agencySlug: string; clientId: string; number: string; stripeAccountId: string | null };

type Proc = { name: string; port?: number; child: ChildProcess | null; output: string[]; stopping: boolean };

export type Cluster = {
  url: string;
  env: NodeJS.ProcessEnv;
  databaseUrl: () => string;
  tenant: Tenant;
  emulator: CarrierEmulator;
  fakeStripe: FakeStripe;
  mail: MailSink;
  lb: LoadBalancer;
  instances: Proc[];
  instanceUrl(name: string): string;
  killInstance(name: string): void;
  startInstance(name: string): Promise<void>;
  stopPostgres(): Promise<void>;
  startPostgres(): Promise<void>;
  smtpDown(): Promise<void>;
  smtpUp(): Promise<void>;
  stripeDown(ms: number): void;
  stripeUp(): void;
  /** The last lines a process printed (for a failure message). */
  tail(name: string): string;
  /** Processes that exited without being told to since the last call (name and exit code or signal), restarted. */
  takeCrashes(): Promise<string[]>;
  stop(): Promise<void>;
};

/** Every cluster still running in this process, for a Ctrl-C handler (stopRunningClusters). */
const running = new Set<() => Promise<void>>();

export async function stopRunningClusters(): Promise<void> {
  await Promise.allSettled([...running].map((stop) => stop()));
}

export async function startCluster(opts: ClusterOptions = {}): Promise<Cluster> {
  const log = opts.log ?? (() => {});
  const cleanups: (() => Promise<unknown>)[] = [];
  const stopAll = async () => {
    running.delete(stopAll);
    const steps = cleanups.splice(0).reverse();
    for (const c of steps) await c().catch((e) => log(`cleanup: ${e}`));
  };
  running.add(stopAll);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "switchboard-rel-"));
  fs.chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as `postgres` and must pass through to dataDir/pg
  cleanups.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
  try {
    let pg: EmbeddedDb = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg") });
    const pgPort = pg.port;
    cleanups.push(() => pg.stop());
    const databaseUrl = pg.url;
    await migrateDeploy(databaseUrl);
    log(`PostgreSQL on port ${pgPort}, migrated`);

    const mail = await startMailSink({ smtpPort: await freePort(0), webPort: await freePort(0) });
    cleanups.push(() => mail.stop());
    const smtpGate: TcpGate = await startTcpGate(mail.smtpPort);
    cleanups.push(() => smtpGate.stop());

    const authToken = randomBytes(24).toString("base64url");
    const webhookSecret = `whsec_${randomBytes(24).toString("base64url")}`;
    const emulator = await startCarrierEmulator({ port: 0, authToken, timeScale: opts.timeScale ?? 0.25 });
    cleanups.push(() => emulator.stop());

    // Instances' ports are fixed now so that the balancer (the public URL) exists before anything calls it.
    const count = opts.instances ?? 2;
    const instances: Proc[] = [];
    for (let i = 1; i <= count; i++) instances.push({ name: `web${i}`, port: await freePort(0), child: null, output: [], stopping: false });
    const lb = await startLoadBalancer(instances.map((p) => ({ name: p.name, port: p.port! })));
    cleanups.push(() => lb.stop());

    const fakeStripe = await startFakeStripe({
      port: 0, webhookUrl: `${lb.url}/api/stripe/webhook`, webhookSecret, holdWebhooks: true, statePath: path.join(dataDir, "fake-stripe.json"),
    });
    cleanups.push(() => fakeStripe.stop());

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
      DATABASE_URL: databaseUrl,
      PUBLIC_URL: lb.url,
      NEXTAUTH_URL: lb.url,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      SMTP_URL: `smtp://127.0.0.1:${smtpGate.port}`,
      FILE_STORAGE_DIR: path.join(dataDir, "files"), // shared by every instance, as the README asks
      TWILIO_AUTH_TOKEN: authToken,
      CARRIER_EMULATOR_URL: emulator.url,
      FAKE_STRIPE_URL: fakeStripe.url,
      STRIPE_WEBHOOK_SECRET: webhookSecret,
      NEXT_DIST_DIR: opts.distDir ?? ".next",
    };
    for (const k of ["TWILIO_ACCOUNT_SID", "STRIPE_SECRET_KEY", "PORT", "BENCH_ROUTES"]) delete env[k];

    await run(bin("tsx"), [path.join(ROOT, "prisma/seed.ts")], env, true);
    await run(bin("tsx"), [path.join(ROOT, "scripts/reconcile-numbers.ts")], env, true);
    const tenant = await prepareTenant(env);
    log(`seeded; reliability line ${tenant.number}`);

    const spawnProc = (p: Proc) => {
      const isWorker = p.port === undefined;
      const child = isWorker
        ? // `node --import tsx`, not the tsx wrapper: a signal reaches the worker itself, with no middle process.
          spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/worker.ts")], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] })
        : spawn(bin("next"), ["start", "-p", String(p.port)], { cwd: ROOT, env: { ...env, PORT: String(p.port), OUTBOX_WORKER: "off" }, stdio: ["ignore", "pipe", "pipe"] });
      const keep = (d: Buffer) => {
        p.output.push(...d.toString().split("\n").filter(Boolean));
        if (p.output.length > 200) p.output.splice(0, p.output.length - 200);
      };
      child.stdout?.on("data", keep);
      child.stderr?.on("data", keep);
      child.on("exit", (code, signal) => {
        if (!p.stopping) crashes.push(`${p.name} exited by itself (${signal ?? code})`);
      });
      p.stopping = false;
      p.child = child;
    };
    const stopProc = async (p: Proc) => {
      const child = p.child;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      p.stopping = true;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 8000);
      await exited;
      clearTimeout(timer);
    };
    const waitHealthy = async (p: Proc, timeoutMs = 60_000) => {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        if (p.child?.exitCode !== null) throw new Error(`${p.name} exited (${p.child?.exitCode}):\n${p.output.slice(-30).join("\n")}`);
        const ok = await fetch(`http://127.0.0.1:${p.port}/api/health`).then((r) => r.ok, () => false);
        if (ok) return;
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error(`${p.name} did not answer /api/health within ${timeoutMs / 1000} s`);
    };

    const crashes: string[] = [];
    const worker: Proc = { name: "worker", child: null, output: [], stopping: false };
    spawnProc(worker);
    cleanups.push(() => stopProc(worker));
    for (const p of instances) {
      spawnProc(p);
      cleanups.push(() => stopProc(p));
    }
    await Promise.all(instances.map((p) => waitHealthy(p)));
    await lb.checkNow();
    fakeStripe.control.releaseWebhooks();
    log(`${instances.length} instances and a worker up behind ${lb.url}`);

    const byName = (name: string) => {
      const p = [...instances, worker].find((x) => x.name === name);
      if (!p) throw new Error(`no process ${name}`);
      return p;
    };

    return {
      url: lb.url, env, databaseUrl: () => databaseUrl, tenant, emulator, fakeStripe, mail, lb, instances,
      instanceUrl: (name) => `http://127.0.0.1:${byName(name).port}`,
      killInstance: (name) => {
        const p = byName(name);
        p.stopping = true;
        p.child?.kill("SIGKILL");
      },
      startInstance: async (name) => {
        const p = byName(name);
        spawnProc(p);
        if (p.port !== undefined) {
          await waitHealthy(p);
          await lb.checkNow();
        }
      },
      stopPostgres: async () => {
        await pg.stop();
      },
      startPostgres: async () => {
        pg = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), port: pgPort });
      },
      smtpDown: () => smtpGate.close(),
      smtpUp: () => smtpGate.open(),
      stripeDown: (ms) => fakeStripe.control.setDown(Date.now() + ms),
      stripeUp: () => fakeStripe.control.setDown(null),
      tail: (name) => byName(name).output.slice(-40).join("\n"),
      takeCrashes: async () => {
        const found = crashes.splice(0);
        for (const p of [...instances, worker]) {
          if (p.child && (p.child.exitCode !== null || p.child.signalCode !== null)) {
            spawnProc(p);
            if (p.port !== undefined) await waitHealthy(p);
          }
        }
        await lb.checkNow();
        return found;
      },
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

async function prepareTenant(env: NodeJS.ProcessEnv): Promise<Tenant> {
  const child = spawn(bin("tsx"), [path.join(__dirname, "prepare-tenant.ts")], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (err += d));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  const line = out.trim().split("\n").filter((l) => l.startsWith("{")).at(-1);
  if (code !== 0 || !line) throw new Error(`prepare-tenant failed (${code}):\n${err.slice(-3000)}${out.slice(-1000)}`);
  return JSON.parse(line) as Tenant;
}
