/**
 * Row-level security, the second wall (migration 20261126030000_row_level_security).
 *
 * Work done for one agency runs inside `withTenant(agencyId, fn)` (the tRPC agency/client procedures, the voice
 * webhook once its number is resolved). Every database transaction started inside it runs as the role
 * `switchboard_app` — no BYPASSRLS, owns nothing — with the agency set for that transaction only:
 *
 *   BEGIN; SET LOCAL ROLE switchboard_app; SET LOCAL app.agency_id = '<id>'
 *
 * so the policies let it read and write that agency's rows and nothing else. Outside `withTenant` (webhooks
 * before the tenant is known, jobs, the ACD loop) queries run as the connecting role, which owns the tables.
 *
 * How it reaches every query without touching the queries: `TenantPool` is the pg pool under Prisma's adapter.
 * A statement outside a transaction becomes BEGIN/SET …/statement/COMMIT on one connection; a transaction Prisma
 * opens gets the SET … in the same round trip as its BEGIN. `SET LOCAL` (not `SELECT set_config`) so that a
 * following `SET TRANSACTION ISOLATION LEVEL` is still allowed. The tenant is read from AsyncLocalStorage when
 * the connection is taken; `scopePrismaBatching` keeps Prisma's findUnique batching (which runs a tick's queries
 * in whichever context came first) from mixing tenants.
 *
 * DATABASE_RLS=off turns the wall off (the benchmarks measure its cost with it).
 */
import { AsyncLocalStorage } from "node:async_hooks";
import pg from "pg";

type TenantStore = { agencyId: string };
const storage = new AsyncLocalStorage<TenantStore>();
const AGENCY_ID = /^[A-Za-z0-9_-]{1,64}$/;

export const TENANT_ROLE = "switchboard_app";

/**
 * Runs `fn` with every database transaction inside it scoped to the agency. Awaited inside the scope: a Prisma
 * query is lazy and runs where it is awaited, so returning one unawaited would run it outside.
 */
export function withTenant<T>(agencyId: string, fn: () => T | PromiseLike<T>): Promise<T> {
  if (!AGENCY_ID.test(agencyId)) return Promise.reject(new Error("withTenant: not an agency id"));
  return storage.run({ agencyId }, async () => await fn());
}

/** Runs `fn` as system work (no tenant), even when called from inside withTenant. */
export function withoutTenant<T>(fn: () => T | PromiseLike<T>): Promise<T> {
  return storage.exit(async () => await fn());
}

export function currentTenant(): string | undefined {
  return storage.getStore()?.agencyId;
}

const rlsOff = new AsyncLocalStorage<true>();

export function rlsEnabled(): boolean {
  return process.env.DATABASE_RLS !== "off" && !rlsOff.getStore();
}

/** Runs `fn` with the wall off: only for the benchmarks that print its cost next to its absence. */
export function withRlsOff<T>(fn: () => T | PromiseLike<T>): Promise<T> {
  return rlsOff.run(true, async () => await fn());
}

function activeTenant(): string | undefined {
  return rlsEnabled() ? storage.getStore()?.agencyId : undefined;
}

/** The statements that open a tenant transaction (the id is checked by withTenant, and again here). */
export function tenantBeginSql(agencyId: string): string {
  if (!AGENCY_ID.test(agencyId)) throw new Error("not an agency id");
  return `BEGIN; SET LOCAL ROLE ${TENANT_ROLE}; SET LOCAL app.agency_id = '${agencyId}'`;
}

const SCOPE = Symbol("switchboard.tenant");
const ORIGINAL_QUERY = Symbol("switchboard.query");
type ScopedClient = pg.PoolClient & { [SCOPE]?: string; [ORIGINAL_QUERY]?: pg.PoolClient["query"] };
type QueryArg = string | { text?: string };

function isBegin(arg: unknown): boolean {
  const text = typeof arg === "string" ? arg : (arg as { text?: string } | null)?.text;
  return typeof text === "string" && text.trim().toUpperCase() === "BEGIN";
}

/** Rewrites this checkout's BEGIN into the tenant's BEGIN; undone when the connection goes back to the pool. */
function scopeClient(client: ScopedClient, agencyId: string): pg.PoolClient {
  if (!client[ORIGINAL_QUERY]) {
    const original = client.query;
    client[ORIGINAL_QUERY] = original;
    client.query = function (this: ScopedClient, ...args: unknown[]) {
      const scope = this[SCOPE];
      if (scope && args.length === 1 && isBegin(args[0])) {
        return (original as (q: string) => Promise<pg.QueryResult[]>).call(this, tenantBeginSql(scope)).then((results) => results[0]!);
      }
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as pg.PoolClient["query"];
  }
  client[SCOPE] = agencyId;
  const release = client.release;
  client.release = (err?: Error | boolean) => {
    client[SCOPE] = undefined;
    client.release = release;
    return release.call(client, err);
  };
  return client;
}

/** The pg pool under Prisma's adapter: applies the tenant of the calling context to each transaction. */
export class TenantPool extends pg.Pool {}

const poolConnect = pg.Pool.prototype.connect;
const poolQuery = pg.Pool.prototype.query;

Object.assign(TenantPool.prototype, {
  connect(this: pg.Pool, ...args: unknown[]) {
    if (args.length > 0) return (poolConnect as (...a: unknown[]) => unknown).apply(this, args);
    const agencyId = activeTenant();
    const connecting = (poolConnect as () => Promise<pg.PoolClient>).call(this);
    return agencyId ? connecting.then((client) => scopeClient(client as ScopedClient, agencyId)) : connecting;
  },
  query(this: pg.Pool, ...args: unknown[]) {
    const agencyId = activeTenant();
    if (!agencyId || typeof args.at(-1) === "function") return (poolQuery as (...a: unknown[]) => unknown).apply(this, args);
    return tenantStatement(this, agencyId, args as [QueryArg, ...unknown[]]);
  },
});

/** One statement outside a transaction, in a transaction of its own as the tenant. */
async function tenantStatement(pool: pg.Pool, agencyId: string, args: [QueryArg, ...unknown[]]) {
  const client = await (poolConnect as () => Promise<pg.PoolClient>).call(pool);
  let broken: Error | undefined;
  try {
    await client.query(tenantBeginSql(agencyId));
    try {
      const result = await (client.query as (...a: unknown[]) => Promise<pg.QueryResult>)(...args);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch((e: Error) => (broken = e));
      throw error;
    }
  } catch (error) {
    broken ??= isConnectionError(error) ? (error as Error) : undefined;
    throw error;
  } finally {
    client.release(broken);
  }
}

function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return !code || code.startsWith("08") || code === "57P01";
}

type Loader = {
  options: {
    batchBy: (req: object) => string | undefined;
    singleLoader: (req: object) => Promise<unknown>;
    batchLoader: (reqs: object[]) => Promise<unknown>;
  };
};

/**
 * Prisma batches the findUnique calls made in one tick and runs them — and any other batched request of that
 * tick — in the async context of the first caller. Keyed and run per tenant here instead, so each request's
 * queries carry its own tenant (tests/integration/row-level-security.test.ts runs two tenants in one tick).
 */
export function scopePrismaBatching(prisma: object): void {
  const loader = (prisma as { _requestHandler?: { dataloader?: Loader } })._requestHandler?.dataloader;
  if (!loader?.options?.batchBy || !loader.options.singleLoader || !loader.options.batchLoader) {
    throw new Error("Prisma's request batching changed: row-level security cannot scope it (server/tenant-db.ts)");
  }
  const { batchBy, singleLoader, batchLoader } = loader.options;
  const tenantOf = new WeakMap<object, TenantStore | undefined>();
  const inContext = <T>(store: TenantStore | undefined, fn: () => T): T => (store ? storage.run(store, fn) : storage.exit(fn));
  loader.options.batchBy = (req) => {
    const store = storage.getStore();
    tenantOf.set(req, store);
    const key = batchBy(req);
    return key && store ? `${key}@${store.agencyId}` : key;
  };
  loader.options.singleLoader = (req) => inContext(tenantOf.get(req), () => singleLoader(req));
  loader.options.batchLoader = (reqs) => inContext(reqs[0] ? tenantOf.get(reqs[0]) : undefined, () => batchLoader(reqs));
}
