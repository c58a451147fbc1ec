import { db as defaultDb, type Db } from "./db";

/** The database's state for GET /api/health, with a short timeout so a hung server reads as down. */
export async function checkHealth(db: Db = defaultDb, timeoutMs = 2000): Promise<{ ok: boolean; database: "up" | "down"; latencyMs: number; error?: string }> {
  const started = performance.now();
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs).unref()),
    ]);
    return { ok: true, database: "up", latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { ok: false, database: "down", latencyMs: Math.round(performance.now() - started), error: error instanceof Error ? error.message.split("\n")[0] : "unknown" };
  }
}
