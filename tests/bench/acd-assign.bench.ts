/**
 * The ACD's assignment throughput: 10,000 queued calls onto 1,000 operators, assigned by 2 worker processes
 * (tsx children running assignWaitingCalls in a loop, tests/bench/lib/acd-assign-worker.ts) on one
 * PostgreSQL — a database of its own on the bench stack's server, so the app's own ACD loop stays out of
 * it. Prints assignments/s (target ≥ 1,000/s) and double assignments (calls offered more than once, or an
 * operator with two offers at once: must be 0).
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import type { BenchContext, BenchRow } from "./lib/types";

const CALLS = 10_000;
const OPERATORS = 1_000;
const WORKERS = 2;
const ROOT = path.resolve(__dirname, "../..");

/** A fresh database on the bench stack's server with every migration applied (also used by reports.bench.ts). */
export async function createBenchDatabase(stackUrl: string): Promise<string> {
  const name = `acd_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: stackUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(stackUrl);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  const dir = path.join(ROOT, "prisma/migrations");
  for (const migration of fs.readdirSync(dir).filter((d) => fs.existsSync(path.join(dir, d, "migration.sql"))).sort()) {
    await client.query(fs.readFileSync(path.join(dir, migration, "migration.sql"), "utf8"));
  }
  await client.end();
  return url.toString();
}

async function seed(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`INSERT INTO "Agency" (id, slug, name, "updatedAt") VALUES ('ag', 'bench', 'Bench', now())`);
  await client.query(`INSERT INTO "Client" (id, "agencyId", slug, name, status, "updatedAt") VALUES ('cl', 'ag', 'bench', 'Bench', 'ACTIVE', now())`);
  // Four lines of different priorities, so the ordering does real work.
  await client.query(`INSERT INTO "Hotline" (id, "agencyId", "clientId", name, priority, "updatedAt") SELECT 'h' || i, 'ag', 'cl', 'Line ' || i, i * 2, now() FROM generate_series(1, 4) i`);
  await client.query(
    `INSERT INTO "Call" (id, "agencyId", "clientId", "hotlineId", provider, "providerCallId", "fromNumber", "toNumber", language, status, route, "startedAt", "queuedAt", "updatedAt")
     SELECT 'call' || i, 'ag', 'cl', 'h' || (1 + i % 4), 'EMULATOR', 'CA' || i, '+79160000000', '+74950000000', 'ru', 'QUEUED', 'QUEUE',
       now() - interval '1 hour', now() - make_interval(secs => 3000 - i * 0.25), now() FROM generate_series(1, ${CALLS}) i`,
  );
  await client.query(
    `INSERT INTO "OperatorProfile" (id, "agencyId", "userId", languages, presence, "idleSince", "lastHeartbeatAt", "updatedAt")
     SELECT 'op' || i, 'ag', 'user' || i, ARRAY['ru'], 'AVAILABLE', now() - make_interval(secs => i), now(), now() FROM generate_series(1, ${OPERATORS}) i`,
  );
  await client.query(`INSERT INTO "OperatorSkill" (id, "agencyId", "operatorProfileId", "clientId", level) SELECT 'sk' || i, 'ag', 'op' || i, 'cl', 1 + i % 5 FROM generate_series(1, ${OPERATORS}) i`);
  await client.query(`ANALYZE`);
  await client.end();
}

function startWorker(databaseUrl: string) {
  const child = spawn(path.join(ROOT, "node_modules/.bin/tsx"), [path.join(__dirname, "lib/acd-assign-worker.ts")], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-secret-bench-secret", LOG_LEVEL: "warn" },
    stdio: ["pipe", "pipe", "inherit"],
  });
  let out = "";
  const ready = new Promise<void>((resolve) => child.stdout.on("data", (d: Buffer) => ((out += d.toString()), out.includes("ready\n") && resolve())));
  const done = new Promise<{ offers: number; ms: number }>((resolve, reject) =>
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out.trim().split("\n").at(-1)!)) : reject(new Error(`assigner exited with ${code}`)))),
  );
  return { ready, done, go: () => child.stdin.write("go\n") };
}

export async function bench(ctx: Pick<BenchContext, "log"> & { stack: { databaseUrl: string } }): Promise<BenchRow[]> {
  ctx.log(`acd-assign: own database, ${CALLS} queued calls, ${OPERATORS} operators …`);
  const databaseUrl = await createBenchDatabase(ctx.stack.databaseUrl);
  await seed(databaseUrl);
  const workers = Array.from({ length: WORKERS }, () => startWorker(databaseUrl));
  await Promise.all(workers.map((w) => w.ready));
  const started = performance.now();
  workers.forEach((w) => w.go());
  const results = await Promise.all(workers.map((w) => w.done));
  const seconds = (performance.now() - started) / 1000;

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ offers: string; calls: string; doubled: string; unassigned: string }>(
    `SELECT (SELECT count(*) FROM "CallOffer") AS offers, (SELECT count(DISTINCT "callId") FROM "CallOffer") AS calls,
       (SELECT count(*) FROM (SELECT "callId" FROM "CallOffer" GROUP BY "callId" HAVING count(*) > 1) d) AS doubled,
       (SELECT count(*) FROM "Call" WHERE "operatorUserId" IS NULL) AS unassigned`,
  );
  await client.end();
  const r = rows[0]!;
  const perWorker = results.map((x) => x.offers).join(" + ");
  ctx.log(`acd-assign: ${r.offers} offers (${perWorker}) for ${r.calls} calls in ${seconds.toFixed(2)} s; unassigned ${r.unassigned}`);
  return [
    { name: "ACD assignments/s (2 processes)", figure: Math.round(Number(r.offers) / seconds), unit: "assign/s", baselineName: "target", baseline: 1000, ratio: Number(r.offers) / seconds / 1000, note: `${r.offers} offers by ${perWorker}` },
    { name: "ACD double assignments", figure: Number(r.doubled), unit: "calls", note: "must be 0" },
  ];
}
