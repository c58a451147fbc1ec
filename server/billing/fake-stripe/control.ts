import type { FakeState } from "./context";
import { nowSec } from "./context";
import { emit } from "./events";
import type { Idempotency } from "./idempotency";
import { completeOnboarding } from "./routes-accounts";
import { PLATFORM, type Obj } from "./store";
import type { Delivery } from "./webhooks";

/**
 * The fake's own switches, for tests (in process: `control`) and for people (HTTP under /_fake):
 * injected failures, an outage, payment failures, meter event counts, recent events, reset.
 */
export type FakeControl = {
  /** Share (0..1) of API requests answered with a random 500 or 429 before doing anything. */
  setFailureRate(rate: number): void;
  /** Every API request loses its connection until this time (Date or ms); null ends the outage. */
  setDown(until: Date | number | null): void;
  /** Every invoice payment fails (besides customers with metadata fail_payments=true). */
  setFailPayments(on: boolean): void;
  /**
   * Meter events stored for an account (acct_… or null = platform): count = distinct identifiers, their summed
   * values per event name (integer part), and since start: requests accepted, refused as duplicates, rate limited.
   */
  meterEvents(account?: string | null): { count: number; distinct: number; cancelled: number; value: Record<string, string>; accepted: number; duplicates: number; rateLimited: number };
  /** Recent events (newest last), as delivered to the webhook. */
  events(type?: string): Obj[];
  /** Webhook deliveries (newest last): event, HTTP status or error, attempts. */
  deliveries(): Delivery[];
  /** Resolves when every queued webhook was delivered or gave up. */
  webhooksIdle(): Promise<void>;
  setWebhookUrl(url: string | undefined): void;
  /** Sends the webhooks held since start (holdWebhooks), in order. */
  releaseWebhooks(): void;
  reset(): void;
};

export function makeControl(fake: FakeState, idem: Idempotency): FakeControl {
  return {
    setFailureRate: (rate) => void (fake.failureRate = Math.min(1, Math.max(0, Number(rate) || 0))),
    setDown: (until) => void (fake.downUntil = until === null ? 0 : typeof until === "number" ? until : until.getTime()),
    setFailPayments: (on) => void (fake.failPayments = on),
    meterEvents: (account) => {
      const scope = fake.store.scopes.get(account ?? PLATFORM);
      const value: Record<string, bigint> = {};
      let cancelled = 0;
      for (const e of scope?.meterEvents.values() ?? []) {
        if (e.x) cancelled++;
        else value[e.e] = (value[e.e] ?? 0n) + BigInt(e.v.split(".")[0]!);
      }
      const n = scope?.meterEvents.size ?? 0;
      const stats = fake.meterStats.get(account ?? PLATFORM) ?? { accepted: 0, duplicates: 0, rateLimited: 0 };
      return { count: n, distinct: n, cancelled, value: Object.fromEntries(Object.entries(value).map(([k, v]) => [k, v.toString()])), ...stats };
    },
    events: (type) => fake.webhooks.events.filter((e) => !type || e.type === type),
    webhooksIdle: () => fake.webhooks.idle(),
    deliveries: () => [...fake.webhooks.deliveries],
    setWebhookUrl: (url) => void (fake.webhooks.url = url),
    releaseWebhooks: () => fake.webhooks.release(),
    reset: () => {
      fake.store.reset();
      fake.webhooks.events.length = 0;
      idem.clear();
      fake.failureRate = 0;
      fake.downUntil = 0;
      fake.failPayments = false;
      fake.meterStats.clear();
    },
  };
}

type Reply = { status: number; body?: unknown; html?: string; redirect?: string };

export function handleControlHttp(fake: FakeState, control: FakeControl, method: string, url: URL, body: Obj): Reply {
  const path = url.pathname;
  if (method === "GET" && path === "/_fake/health") return { status: 200, body: { ok: true } };
  if (method === "POST" && path === "/_fake/failures") return control.setFailureRate(body.rate), { status: 200, body: { rate: fake.failureRate } };
  if (method === "POST" && path === "/_fake/down") {
    const until = body.until === null || body.until === undefined ? null : typeof body.until === "number" ? body.until : new Date(body.until).getTime();
    if (until !== null && Number.isNaN(until)) return { status: 400, body: { error: "until must be an ISO date, epoch ms or null" } };
    control.setDown(until);
    return { status: 200, body: { downUntil: fake.downUntil ? new Date(fake.downUntil).toISOString() : null } };
  }
  if (method === "POST" && path === "/_fake/fail-payments") return control.setFailPayments(!!body.on), { status: 200, body: { failPayments: fake.failPayments } };
  if (method === "GET" && path === "/_fake/meter-events") return { status: 200, body: control.meterEvents(url.searchParams.get("account")) };
  if (method === "GET" && path === "/_fake/events") return { status: 200, body: { data: control.events(url.searchParams.get("type") ?? undefined).slice(-200) } };
  if (method === "GET" && path === "/_fake/webhooks") return { status: 200, body: { data: control.deliveries().slice(-200) } };
  if (method === "POST" && path === "/_fake/reset") return control.reset(), { status: 200, body: { ok: true } };
  const connect = /^\/_fake\/connect\/(acct_\w+)$/.exec(path);
  if (method === "GET" && connect) {
    const account = fake.store.accounts.get(connect[1]!);
    if (!account) return { status: 404, html: "<h1>No such account</h1>" };
    completeOnboarding(account);
    fake.store.changed();
    emit({ fake, scope: fake.store.scope(account.id), account: account.id }, "account.updated", account);
    const back = url.searchParams.get("return_url");
    return back ? { status: 302, redirect: back } : { status: 200, html: `<h1>Account ${account.id} is connected</h1>` };
  }
  const invoicePage = /^\/_fake\/invoices\/(in_\w+)(\/pdf)?$/.exec(path);
  if (method === "GET" && invoicePage) {
    for (const scope of fake.store.scopes.values()) {
      const invoice = scope.objects.invoices.get(invoicePage[1]!);
      if (invoice) return { status: 200, html: invoiceHtml(invoice) };
    }
    return { status: 404, html: "<h1>No such invoice</h1>" };
  }
  return { status: 404, body: { error: `unknown control route ${method} ${path}` } };
}

const esc = (s: unknown) => String(s ?? "").replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const money = (minor: number, currency: string) => `${(minor / 100).toFixed(2)} ${currency.toUpperCase()}`;

/** The hosted invoice page (and its "PDF": the same page; the fake renders no PDFs). */
function invoiceHtml(invoice: Obj): string {
  const rows = invoice.lines.data.map((l: Obj) => `<tr><td>${esc(l.description)}</td><td style="text-align:right">${esc(money(l.amount, invoice.currency))}</td></tr>`).join("");
  return `<!doctype html><meta charset="utf-8"><title>Invoice ${esc(invoice.number)}</title><body style="font-family:sans-serif;max-width:40rem;margin:2rem auto">
<p>Fake Stripe · test mode · generated ${new Date(nowSec() * 1000).toISOString()}</p><h1>Invoice ${esc(invoice.number)}</h1><p>Status: <b>${esc(invoice.status)}</b></p>
<table style="width:100%">${rows}<tr><th style="text-align:left">Total</th><th style="text-align:right">${esc(money(invoice.total, invoice.currency))}</th></tr></table></body>`;
}
