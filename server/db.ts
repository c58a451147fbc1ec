import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { env } from "./env";
import { scopePrismaBatching, TenantPool } from "./tenant-db";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const globalForDb = globalThis as unknown as { switchboardDb?: PrismaClient };

function create(): PrismaClient {
  // TenantPool applies the agency of the calling context to each transaction (row-level security, tenant-db.ts).
  const pool = new TenantPool({ connectionString: env().DATABASE_URL, max: 10 });
  // Two copies of @types/pg (ours, adapter-pg's) describe the same runtime class.
  const adapter = new PrismaPg(pool as unknown as ConstructorParameters<typeof PrismaPg>[0], { disposeExternalPool: true });
  const client = new PrismaClient({ adapter });
  scopePrismaBatching(client);
  return client;
}

/** One Prisma client per process (kept on globalThis so hot reload does not open a pool each time). */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    globalForDb.switchboardDb ??= create();
    const value = Reflect.get(globalForDb.switchboardDb, prop);
    return typeof value === "function" ? value.bind(globalForDb.switchboardDb) : value;
  },
});

export async function disconnectDb(): Promise<void> {
  await globalForDb.switchboardDb?.$disconnect();
  globalForDb.switchboardDb = undefined;
}
