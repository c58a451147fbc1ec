import http from "node:http";
import type { AddressInfo } from "node:net";
import { clockRoutes } from "./clocks";
import type { FakeState, Route } from "./context";
import { handleControlHttp, makeControl, type FakeControl } from "./control";
import { Idempotency } from "./idempotency";
import { invoiceItemRoutes } from "./invoice-items";
import { accountRoutes } from "./routes-accounts";
import { catalogRoutes } from "./routes-catalog";
import { invoiceRoutes } from "./routes-invoices";
import { meterRoutes } from "./routes-meters";
import { subscriptionRoutes } from "./routes-subscriptions";
import { handleApi } from "./server";
import { Store } from "./store";
import { WebhookQueue } from "./webhooks";

/**
 * The local fake Stripe: a standalone node:http server (no Next) speaking the part of Stripe's v1 API that
 * Switchboard uses, driven by the real `stripe` package (host/port/protocol options). Used when
 * STRIPE_SECRET_KEY is unset: by `npm start` (scripts/lib/stack.ts), `npm run fake-stripe` and the tests.
 */
export type FakeStripeOptions = {
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /** Where signed events are POSTed (e.g. PUBLIC_URL/api/stripe/webhook); unset = events are only recorded. */
  webhookUrl?: string;
  webhookSecret?: string;
  /** Queue webhooks until control.releaseWebhooks() (the stack starts the fake before the app is listening). */
  holdWebhooks?: boolean;
  /** JSON file the state is kept in across restarts (unset = memory only). */
  statePath?: string;
  log?: (line: string) => void;
  /** The key that acts as the platform (Connect); any other well-formed key is its own standalone account. */
  platformKey?: string;
};

export type FakeStripe = { url: string; port: number; stop(): Promise<void>; control: FakeControl };

/** Same value as FAKE_STRIPE_KEY in server/billing/stripe/client.ts (kept here so the fake imports no app code). */
export const FAKE_PLATFORM_KEY = "sk_test_switchboard_fake_stripe";

const ROUTES: Route[] = [...accountRoutes, ...catalogRoutes, ...meterRoutes, ...subscriptionRoutes, ...invoiceItemRoutes, ...invoiceRoutes, ...clockRoutes];

export async function startFakeStripe(options: FakeStripeOptions): Promise<FakeStripe> {
  const host = options.host ?? "127.0.0.1";
  const log = options.log ?? (() => {});
  let baseUrl = "";
  const fake: FakeState = {
    store: new Store(options.statePath), baseUrl: () => baseUrl, log,
    webhooks: new WebhookQueue(options.webhookUrl, options.webhookSecret, log, options.holdWebhooks),
    failureRate: 0, downUntil: 0, failPayments: false, inFlight: new Set(), meterStats: new Map(),
  };
  const idem = new Idempotency();
  const control = makeControl(fake, idem);
  const platformKey = options.platformKey ?? FAKE_PLATFORM_KEY;

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      const url = new URL(req.url ?? "/", "http://fake-stripe");
      if (url.pathname.startsWith("/_fake/")) return controlRequest(req, res, url, raw);
      if (fake.downUntil > Date.now()) return void req.socket.destroy();
      void handleApi(fake, ROUTES, idem, platformKey, req, res, url, raw);
    });
  });
  server.keepAliveTimeout = 65_000;

  function controlRequest(req: http.IncomingMessage, res: http.ServerResponse, url: URL, raw: string) {
    let body: Record<string, any> = {};
    try {
      body = raw.trim() ? JSON.parse(raw) : {};
    } catch {
      return void res.writeHead(400, { "content-type": "application/json" }).end('{"error":"the body is not JSON"}');
    }
    const reply = handleControlHttp(fake, control, req.method ?? "GET", url, body);
    if (reply.redirect) return void res.writeHead(302, { location: reply.redirect }).end();
    if (reply.html !== undefined) return void res.writeHead(reply.status, { "content-type": "text/html; charset=utf-8" }).end(reply.html);
    res.writeHead(reply.status, { "content-type": "application/json" }).end(JSON.stringify(reply.body ?? {}));
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  baseUrl = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  log(`fake Stripe listening at ${baseUrl}${options.statePath ? ` (state in ${options.statePath})` : ""}`);
  return {
    url: baseUrl, port, control,
    stop: async () => {
      fake.webhooks.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await fake.store.flush();
    },
  };
}

export { signatureHeader } from "./webhooks";
export type { FakeControl } from "./control";
