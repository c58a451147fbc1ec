import type { FakeState } from "./context";
import { nowSec } from "./context";
import { eventObj } from "./shapes";
import type { Obj, Scope } from "./store";

/** Where billing work happens: the fake, the account scope and the connected account id for events' `account`. */
export type BillingCtx = { fake: FakeState; scope: Scope; account: string | null };

/** Records an event (a snapshot of the object: later changes must not leak into it) and queues its webhook. */
export function emit(ctx: BillingCtx, type: string, object: Obj, previous?: Obj) {
  ctx.fake.webhooks.enqueue(eventObj(type, structuredClone(object), ctx.account, nowSec(), previous));
}
