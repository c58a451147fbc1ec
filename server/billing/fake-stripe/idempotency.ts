import { StripeFail } from "./errors";

/**
 * Idempotency-Key replay as Stripe does it: the first result for a key (per API key + account) is answered
 * again for the same request; other parameters with the same key are a 400 idempotency_error; a key still
 * executing is a 409. Kept in memory (24 h, capped): a restart of the fake forgets keys, not objects.
 */
type Entry = { request: string; result: { status: number; body: unknown } | null; at: number };
const TTL_MS = 24 * 3600_000;
const MAX_ENTRIES = 500_000;

export class Idempotency {
  private entries = new Map<string, Entry>();

  /** Returns the stored response to replay, or null when the request should run (now marked in flight). */
  begin(scopeKey: string, key: string, request: string): { status: number; body: unknown } | null {
    const id = `${scopeKey}|${key}`;
    const entry = this.entries.get(id);
    if (entry && Date.now() - entry.at < TTL_MS) {
      if (entry.request !== request)
        throw new StripeFail(400, "idempotency_error", `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`, "idempotency_key_in_use");
      if (!entry.result) throw new StripeFail(409, "idempotency_error", `There is currently another in-progress request using this Idempotency-Key ('${key}'). Try again later.`, "idempotency_key_in_use");
      return entry.result;
    }
    this.entries.set(id, { request, result: null, at: Date.now() });
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    return null;
  }

  /** Stores the result (null = forget the key, e.g. after a 429 Stripe does not keep). */
  finish(scopeKey: string, key: string, result: { status: number; body: unknown } | null) {
    const id = `${scopeKey}|${key}`;
    if (!result) this.entries.delete(id);
    else this.entries.set(id, { ...this.entries.get(id)!, result });
  }

  clear() {
    this.entries.clear();
  }
}
