import type { FormObject } from "./form";
import type { Obj, Scope, Store } from "./store";
import type { WebhookQueue } from "./webhooks";

/** What every handler sees: the store, the account scope of the request, its parameters and the fake's switches. */
export type FakeState = {
  store: Store;
  baseUrl: () => string;
  log: (line: string) => void;
  webhooks: WebhookQueue;
  /** Share of API requests answered with a random 500 or 429 (0..1). */
  failureRate: number;
  /** Until this time (ms) every API request loses its connection. */
  downUntil: number;
  /** Every invoice payment fails (besides customers with metadata fail_payments=true). */
  failPayments: boolean;
  /** Customers × meters with a meter event request in flight (Stripe allows one at a time → 429). */
  inFlight: Set<string>;
  /** Per account scope: meter event requests accepted and refused as duplicates (since start, not persisted). */
  meterStats: Map<string, { accepted: number; duplicates: number; rateLimited: number }>;
};

export type Req = {
  fake: FakeState;
  scope: Scope;
  /** The connected account the request acts on (`Stripe-Account`, or the restricted key's own account); null = platform. */
  account: string | null;
  params: FormObject;
  match: string[];
  requestId: string;
  idempotencyKey: string | null;
};

export type Handler = (req: Req) => Obj | Promise<Obj>;
export type Route = [method: string, pattern: RegExp, handler: Handler];

export const nowSec = () => Math.floor(Date.now() / 1000);
