import { createHmac } from "node:crypto";
import type { Obj } from "./store";

/**
 * Signed webhook delivery, first attempts one event at a time in order of creation (Stripe does not promise order; the app
 * must cope anyway, and tests can reorder with `control.events()` + their own POSTs). Header as Stripe signs:
 * `Stripe-Signature: t=<unix>,v1=<HMAC-SHA256(secret, "<t>.<raw body>")>` (= stripe.webhooks.generateTestHeaderString).
 */
export function signatureHeader(payload: string, secret: string, timestamp = Math.floor(Date.now() / 1000)): string {
  const v1 = createHmac("sha256", secret).update(`${timestamp}.${payload}`, "utf8").digest("hex");
  return `t=${timestamp},v1=${v1}`;
}

export type Delivery = { eventId: string; type: string; status: number | null; error: string | null; attempts: number };

/** Stripe retries for days; the fake retries for about two minutes (covers a dev server restarting). */
const RETRY_DELAYS_MS = [500, 2000, 5000, 15_000, 30_000, 60_000];

export class WebhookQueue {
  /** Every event, newest last (what GET /_fake/events and control.events() show); capped to keep memory flat. */
  readonly events: Obj[] = [];
  readonly deliveries: Delivery[] = [];
  private chain: Promise<void> = Promise.resolve();
  private pending = 0;
  /** While held (the app is not up yet), events wait in `waiting` and go out in order on release(). */
  private held: boolean;
  private waiting: Obj[] = [];
  private retrying = new Set<Promise<void>>();
  private stopped = false;

  constructor(
    public url: string | undefined,
    private readonly secret: string | undefined,
    private readonly log: (line: string) => void,
    hold = false,
  ) {
    this.held = hold;
  }

  release() {
    this.held = false;
    for (const event of this.waiting.splice(0)) this.send(event);
  }

  enqueue(event: Obj) {
    this.events.push(event);
    if (this.events.length > 5000) this.events.splice(0, this.events.length - 5000);
    if (!this.url || !this.secret) return;
    if (this.held) return void this.waiting.push(event);
    this.send(event);
  }

  private send(event: Obj) {
    this.pending++;
    this.chain = this.chain.then(() => this.deliver(event)).finally(() => this.pending--);
  }

  /** Resolves when every queued event had its first attempt (what a test clock waits for before "ready"). */
  async firstAttempts() {
    while (this.pending > 0) await this.chain;
  }

  /** Resolves when every queued event was delivered or gave up, retries included. */
  async idle() {
    while (this.pending > 0 || this.retrying.size > 0) await Promise.all([this.chain, ...this.retrying]);
  }

  stop() {
    this.stopped = true;
  }

  /** First attempt in order; a failed event is retried on its own schedule so it does not hold up the others. */
  private async deliver(event: Obj) {
    const payload = JSON.stringify(event, null, 2);
    const record: Delivery = { eventId: event.id, type: event.type, status: null, error: null, attempts: 0 };
    this.deliveries.push(record);
    if (this.deliveries.length > 5000) this.deliveries.splice(0, this.deliveries.length - 5000);
    if (await this.attempt(event, payload, record)) return;
    const retry = (async () => {
      for (const delay of RETRY_DELAYS_MS) {
        await new Promise((r) => setTimeout(r, delay).unref());
        if (this.stopped || (await this.attempt(event, payload, record))) return;
      }
    })();
    this.retrying.add(retry);
    void retry.finally(() => this.retrying.delete(retry));
  }

  private async attempt(event: Obj, payload: string, record: Delivery): Promise<boolean> {
    record.attempts++;
    try {
      const response = await fetch(this.url!, {
        method: "POST",
        headers: { "content-type": "application/json; charset=utf-8", "stripe-signature": signatureHeader(payload, this.secret!), "user-agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)" },
        body: payload,
        signal: AbortSignal.timeout(30_000), // generous: a dev server compiles the route on its first hit
      });
      await response.arrayBuffer();
      record.status = response.status;
      record.error = null;
      if (response.ok) return true;
      this.log(`webhook ${event.type} ${event.id} → ${response.status}`);
    } catch (error) {
      record.error = (error as Error).message;
      this.log(`webhook ${event.type} ${event.id} failed: ${record.error}`);
    }
    return false;
  }
}
