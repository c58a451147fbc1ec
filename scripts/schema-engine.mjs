#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, which the Prisma CLI downloads on first use of
// `migrate`/`db` and so cannot get offline, on CI or on an air-gapped server. prisma.config.ts points
// PRISMA_SCHEMA_ENGINE_BINARY here; this runs the same engine compiled to wasm
// (@prisma/schema-engine-wasm) over a @prisma/adapter-pg connection and speaks the binary's protocol:
//   schema-engine --version
//   schema-engine --datasource '{"url":…}' cli can-connect-to-database|create-database|drop-database
//   schema-engine [--datamodels <file>]… --datasource '{"url":…}'   then JSON-RPC 2.0, one message a line
// PostgreSQL only, `public` schema only.
import fs from "node:fs";
import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";

const CHAR_OID = 18; // PostgreSQL's internal one-byte "char" (pg_class.relkind and the like)
const TEXT_OID = 25;
const ENGINE_PACKAGE = "@prisma/schema-engine-wasm/schema_engine_bg";
const NOT_RPC = new Set(["constructor", "free", "__destroy_into_raw"]);
let SchemaEngine; // the wasm module's class, once loaded
let panicMessage; // set by the wasm module just before it panics
let connection = {}; // pg connection fields from --datasource

/** The CLI's short commands: exit 0, or 1 with the error as a JSON log line on stderr. */
async function runOneShot(command) {
  const name = pg.Client.prototype.escapeIdentifier(connection.database);
  try {
    if (command === "can-connect-to-database") await query(connection, "SELECT 1");
    else if (command === "create-database") await queryAsAdmin(`CREATE DATABASE ${name}`);
    else if (command === "drop-database") await queryAsAdmin(`DROP DATABASE ${name}`);
    else throw new Error(`Unknown command: cli ${command}`);
  } catch (e) {
    fail(e);
  }
  process.exit(0);
}

async function serveJsonRpc(datamodelPaths) {
  const factory = new MigrationAdapterFactory(connection);
  const engine = await loadEngine(datamodelPaths, factory);
  const pending = new Set();

  // A Rust panic aborts the wasm call from inside a callback, so it surfaces here, not as a rejection.
  const panic = (e) => {
    const message = panicMessage ?? (e instanceof Error ? e.message : String(e));
    logError({ message, backtrace: e instanceof Error ? e.stack : undefined });
    for (const id of pending) send({ id, error: rpcError({ message, is_panic: true }) });
    process.stdout.write("", () => process.exit(101));
  };
  process.on("uncaughtException", panic);
  process.on("unhandledRejection", panic);

  const dispatch = async ({ id, method, params }) => {
    pending.add(id);
    let reply;
    try {
      let result;
      if (method === "getDatabaseVersion") result = await engine.version(params);
      else if (method === "createDatabase") result = await createDatabase(params);
      else if (method === "diff") {
        // The native binary prints the diff itself by asking the CLI to `print` it.
        const { exitCode, stdout } = await engine.diff(params);
        if (stdout != null) send({ id: `print-${id}`, method: "print", params: { content: stdout } });
        result = { exitCode };
      } else if (typeof SchemaEngine.prototype[method] === "function" && !NOT_RPC.has(method)) {
        result = await engine[method](params);
      } else throw new Error(`The wasm schema engine does not support "${method}".`);
      reply = { id, result: result ?? null }; // the CLI rejects a reply without `result`
    } catch (e) {
      if (e instanceof WebAssembly.RuntimeError) return panic(e);
      reply = { id, error: rpcError(userFacingError(e)) };
    }
    await factory.dropShadowDatabases(); // the CLI may kill us as soon as it has the last reply
    pending.delete(id);
    send(reply);
  };

  // Lines without a method are the CLI's replies to our `print` requests.
  createInterface({ input: process.stdin, crlfDelay: Infinity }).on("line", (line) => {
    if (!line.trim()) return;
    const message = JSON.parse(line);
    if (message.method) dispatch(message);
  });
  process.stdin.on("end", async () => {
    await factory.dropShadowDatabases();
    process.exit(0);
  });
}

async function loadEngine(datamodelPaths, factory) {
  globalThis.PRISMA_WASM_PANIC_REGISTRY = { set_message: (message) => (panicMessage = message) };
  const runtime = await import(ENGINE_PACKAGE);
  const wasm = fs.readFileSync(fileURLToPath(new URL("schema_engine_bg.wasm", import.meta.resolve(ENGINE_PACKAGE))));
  const { instance } = await WebAssembly.instantiate(wasm, { "./schema_engine_bg.js": runtime });
  runtime.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  SchemaEngine = runtime.SchemaEngine;
  // `datamodels: []` panics: commands such as `migrate diff` pass no schema and need `undefined`.
  const datamodels = datamodelPaths.length ? datamodelPaths.map((p) => [p, fs.readFileSync(p, "utf8")]) : undefined;
  const log = (line) => process.stderr.write(line.trimEnd() + "\n"); // JSON lines, as the CLI expects
  return SchemaEngine.new({ datamodels }, log, bindMigrationAwareSqlAdapterFactory(factory));
}

/**
 * PrismaPg with the fixes the schema engine needs. It is built from discrete fields, never from a
 * connection string: adapter-pg derives the shadow database's pool as `{ ...config, database }`, and a
 * connection string in there would win and point the "shadow" pool at the main database.
 */
class MigrationAdapterFactory extends PrismaPg {
  #shadowDatabases = new Set();

  async connect() {
    return patchAdapter(await super.connect());
  }

  // Upstream drops the shadow database while its own pool is still connected, which fails and leaks
  // it; here the pool ends first.
  async connectToShadowDb() {
    const database = `prisma_migrate_shadow_db_${randomUUID()}`;
    await queryAsAdmin(`CREATE DATABASE "${database}"`);
    this.#shadowDatabases.add(database);
    const adapter = patchAdapter(await new PrismaPg({ ...this.config, database }).connect());
    const endPool = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await endPool();
      await this.dropShadowDatabases();
    };
    return adapter;
  }

  async dropShadowDatabases() {
    for (const database of this.#shadowDatabases) {
      await queryAsAdmin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      this.#shadowDatabases.delete(database);
    }
  }
}

function patchAdapter(adapter) {
  mapCharColumns(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...a) => mapCharColumns(await startTransaction(...a));
  // Upstream splits scripts on ";", which breaks any migration with a function body, a DO block or a
  // ";" in a string. The simple query protocol runs the whole file in one implicit transaction, as the
  // native engine does.
  adapter.executeScript = async (script) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (e) {
      adapter.onError(e);
    }
  };
  return adapter;
}

/**
 * adapter-pg cannot type "char" columns, which the engine's catalog queries return, and fails the
 * query. The engine wants them as Character (as Text it panics). The rows are read as text, then the
 * column type is corrected.
 */
function mapCharColumns(queryable) {
  const queryRaw = queryable.queryRaw;
  queryable.queryRaw = async function (q) {
    const result = await this.performIO(q);
    const charColumns = [];
    result.fields = result.fields.map((f, i) =>
      f.dataTypeID === CHAR_OID ? (charColumns.push(i), { ...f, dataTypeID: TEXT_OID }) : f,
    );
    // Let upstream convert the rows it has, without querying again.
    const typed = await queryRaw.call(Object.create(this, { performIO: { value: async () => result } }), q);
    for (const i of charColumns) typed.columnTypes[i] = ColumnTypeEnum.Character;
    return typed;
  };
  return queryable;
}

async function createDatabase(params) {
  const { database } = params?.datasource?.url ? connectionConfig(params.datasource.url) : connection;
  await queryAsAdmin(`CREATE DATABASE ${pg.Client.prototype.escapeIdentifier(database)}`);
  return { databaseName: database };
}

function rpcError({ message, error_code = null, is_panic = false }) {
  return { code: 4466, message, data: { is_panic, message, error_code, meta: {} } };
}

/** Maps connection failures to the P1xxx codes the CLI knows (it creates the database on P1003). */
function userFacingError(e) {
  const { host, port, user, database } = connection;
  const server = `the database server at \`${host}:${port}\``;
  const known = {
    "3D000": ["P1003", `Database \`${database}\` does not exist on ${server}.`],
    "28P01": ["P1000", `Authentication failed against ${server}: the credentials for \`${user}\` are not valid.`],
    "42P04": ["P1009", `Database \`${database}\` already exists on ${server}.`],
    "42501": ["P1010", `User \`${user}\` was denied access on the database \`${database}\`.`],
    ECONNREFUSED: ["P1001", `Can't reach ${server}.`],
    ENOTFOUND: ["P1001", `Can't reach ${server}.`],
  }[e?.code];
  return known ? { error_code: known[0], message: known[1] } : { error_code: null, message: e?.message ?? String(e) };
}

function connectionConfig(url) {
  if (!url) throw new Error("No datasource URL: set DATABASE_URL.");
  const u = new URL(url);
  if (u.protocol !== "postgres:" && u.protocol !== "postgresql:") {
    throw new Error(`Only PostgreSQL is supported (the URL starts with ${u.protocol}).`);
  }
  const schema = u.searchParams.get("schema");
  if (schema && schema !== "public") {
    // The wasm engine ignores it and would put the tables in public.
    throw new Error(`?schema=${schema}: only the public schema is supported by the wasm schema engine.`);
  }
  const sslmode = u.searchParams.get("sslmode");
  return {
    host: u.searchParams.get("host") ?? (decodeURIComponent(u.hostname.replace(/^\[|\]$/g, "")) || "localhost"),
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username) || undefined,
    password: decodeURIComponent(u.password) || undefined,
    database: decodeURIComponent(u.pathname.slice(1)) || "postgres",
    ssl: !sslmode || sslmode === "disable" || sslmode === "prefer" ? false : { rejectUnauthorized: sslmode.startsWith("verify") },
  };
}

async function query(config, sql) {
  const client = new pg.Client(config);
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Runs SQL that cannot run inside the target database (CREATE/DROP DATABASE). */
async function queryAsAdmin(sql) {
  try {
    return await query({ ...connection, database: "postgres" }, sql);
  } catch (e) {
    if (e.code !== "3D000") throw e; // no `postgres` database on this server
    return await query({ ...connection, database: "template1" }, sql);
  }
}

function parseArgs(argv) {
  const parsed = { datamodels: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--version" || arg === "-V") parsed.version = true;
    else if (arg === "--datamodels") parsed.datamodels.push(argv[++i]);
    else if (arg === "--datasource") parsed.datasource = argv[++i];
    else if (arg === "cli") parsed.cli = argv[++i];
    else if (arg === "--enabled-preview-features" || arg === "--extension-types") i++; // not for the wasm engine
  }
  return parsed;
}

function send(message) {
  process.stdout.write(JSON.stringify({ jsonrpc: "2.0", ...message }) + "\n");
}

/** A log line as the native engine writes them: the CLI shows the last ERROR's message when we exit. */
function logError(fields) {
  process.stderr.write(JSON.stringify({ level: "ERROR", target: "schema_engine::logger", fields }) + "\n");
}

/** Fatal error: a summary line (the CLI skips the first line of a one-shot's stderr), then the log line. */
function fail(e) {
  const { message, error_code } = userFacingError(e);
  process.stderr.write(`schema-engine: ${message}\n`);
  logError({ message, error_code });
  process.exit(1);
}

// Last, so that every class and constant above is initialised when it runs.
const args = parseArgs(process.argv.slice(2));
if (args.version) {
  const { version } = JSON.parse(fs.readFileSync(new URL("package.json", import.meta.resolve(ENGINE_PACKAGE)), "utf8"));
  console.log(`schema-engine-cli ${version.split(".").pop()} (wasm stand-in, ${version})`);
  process.exit(0);
}
try {
  connection = connectionConfig(JSON.parse(args.datasource ?? "{}").url);
  if (args.cli) await runOneShot(args.cli);
  else await serveJsonRpc(args.datamodels);
} catch (e) {
  fail(e);
}
