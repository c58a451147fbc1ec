import type { Req, Route } from "./context";
import { nowSec } from "./context";
import { isDecimal } from "./decimal";
import { invalid, missingParam, noSuch, StripeFail } from "./errors";
import { obj, str } from "./form";
import { applyStrings, find, int, listOf } from "./objects";
import { meterObj } from "./shapes";
import { newId, type Obj, type Scope } from "./store";

/**
 * Billing meters and v1 meter events with Stripe's rules: identifier unique per account (a duplicate is a
 * 400 `duplicate_meter_event`), timestamp at most 35 days old and 5 minutes ahead of the customer's time
 * (its test clock's when it has one; see below for the future bound), one request at a time per customer and meter (else 429).
 */
const MAX_AGE_S = 35 * 86400;
const MAX_AHEAD_S = 300;

export function customerNow(scope: Scope, customer: Obj): number {
  const clock = customer.test_clock ? scope.objects.clocks.get(customer.test_clock) : undefined;
  return clock ? clock.frozen_time : nowSec();
}

function meterByEvent(scope: Scope, eventName: string): Obj | undefined {
  for (const meter of scope.objects.meters.values()) if (meter.event_name === eventName && meter.status === "active") return meter;
  return undefined;
}

function createMeter(req: Req): Obj {
  const p = req.params;
  const displayName = str(p.display_name);
  const eventName = str(p.event_name);
  const formula = str(obj(p.default_aggregation)?.formula);
  if (!displayName) throw missingParam("display_name");
  if (!eventName) throw missingParam("event_name");
  if (!formula) throw missingParam("default_aggregation[formula]");
  if (!["sum", "count", "last"].includes(formula)) throw invalid("default_aggregation[formula] must be sum, count or last.", "default_aggregation[formula]");
  if (meterByEvent(req.scope, eventName)) throw invalid(`An active meter with event_name '${eventName}' already exists.`, "event_name", "resource_already_exists");
  const meter = meterObj(nowSec());
  Object.assign(meter, { display_name: displayName, event_name: eventName, default_aggregation: { formula } });
  const mapping = obj(p.customer_mapping);
  if (mapping) meter.customer_mapping = { type: str(mapping.type) ?? "by_id", event_payload_key: str(mapping.event_payload_key) ?? "stripe_customer_id" };
  const value = obj(p.value_settings);
  if (value) meter.value_settings = { event_payload_key: str(value.event_payload_key) ?? "value" };
  req.scope.objects.meters.set(meter.id, meter);
  return meter;
}

async function createMeterEvent(req: Req): Promise<Obj> {
  const p = req.params;
  const eventName = str(p.event_name);
  if (!eventName) throw missingParam("event_name");
  const payload = obj(p.payload);
  if (!payload) throw missingParam("payload");
  const meter = meterByEvent(req.scope, eventName);
  if (!meter) throw invalid(`No active meter was found for event_name '${eventName}'.`, "event_name", "resource_missing");
  const customerKey: string = meter.customer_mapping.event_payload_key;
  const valueKey: string = meter.value_settings.event_payload_key;
  const customerId = str(payload[customerKey]);
  if (!customerId) throw missingParam(`payload[${customerKey}]`);
  const customer = req.scope.objects.customers.get(customerId);
  if (!customer) throw noSuch("customer", customerId, `payload[${customerKey}]`);
  let value = str(payload[valueKey]);
  if (value === undefined && meter.default_aggregation.formula === "count") value = "1";
  if (value === undefined) throw missingParam(`payload[${valueKey}]`);
  if (!isDecimal(value)) throw invalid(`payload[${valueKey}] must be a number, got '${value}'.`, `payload[${valueKey}]`);
  const identifier = str(p.identifier) ?? newId("mev", 20);
  if (identifier.length > 100) throw invalid("identifier must be at most 100 characters.", "identifier");
  const now = customerNow(req.scope, customer);
  const timestamp = int(p.timestamp, "timestamp") ?? now;
  if (timestamp < now - MAX_AGE_S) throw invalid(`Timestamp ${timestamp} must be within the past 35 days.`, "timestamp", "timestamp_too_far_in_past");
  // Ahead of the clock but not of the wall clock is accepted: the demo's clock starts at the month's start while
  // its calls happen now (Stripe's exact rule for clocks is unverified); the past bound follows the clock.
  if (timestamp > Math.max(now, nowSec()) + MAX_AHEAD_S) throw invalid(`Timestamp ${timestamp} must not be more than 5 minutes in the future.`, "timestamp", "timestamp_in_future");

  const lock = `${req.scope.id}|${customerId}|${eventName}`;
  let stats = req.fake.meterStats.get(req.scope.id);
  if (!stats) req.fake.meterStats.set(req.scope.id, (stats = { accepted: 0, duplicates: 0, rateLimited: 0 }));
  if (req.fake.inFlight.has(lock) && ++stats.rateLimited)
    throw new StripeFail(429, "rate_limit_error", `Only one concurrent meter event request per customer and meter is allowed (customer ${customerId}, event_name ${eventName}).`, "rate_limit");
  req.fake.inFlight.add(lock);
  try {
    // Hold the request ~1 ms (no CPU) so concurrent requests for the same customer and meter collide, as at Stripe.
    await new Promise((resolve) => setTimeout(resolve, 1));
    if (req.scope.meterEvents.has(identifier) && ++stats.duplicates)
      throw invalid(`An event already exists with identifier ${identifier}.`, "identifier", "duplicate_meter_event");
    req.scope.meterEvents.set(identifier, { e: eventName, c: customerId, v: value, t: timestamp });
    stats.accepted++;
  } finally {
    req.fake.inFlight.delete(lock);
  }
  return { object: "billing.meter_event", created: nowSec(), event_name: eventName, identifier, livemode: false, payload, timestamp };
}

export const meterRoutes: Route[] = [
  ["POST", /^\/v1\/billing\/meters$/, createMeter],
  ["GET", /^\/v1\/billing\/meters$/, (req) => listOf(req, "meters", "/v1/billing/meters", (m) => !req.params.status || m.status === req.params.status)],
  ["GET", /^\/v1\/billing\/meters\/(mtr_\w+)$/, (req) => find(req.scope, "meters", req.match[0])],
  ["POST", /^\/v1\/billing\/meters\/(mtr_\w+)$/, (req) => {
    const meter = find(req.scope, "meters", req.match[0]);
    applyStrings(meter, req.params, ["display_name"]);
    meter.updated = nowSec();
    return meter;
  }],
  ["POST", /^\/v1\/billing\/meter_events$/, createMeterEvent],
  ["POST", /^\/v1\/billing\/meter_event_adjustments$/, (req) => {
    const eventName = str(req.params.event_name);
    if (!eventName) throw missingParam("event_name");
    if ((str(req.params.type) ?? "cancel") !== "cancel") throw invalid("Only type cancel is supported.", "type");
    const identifier = str(obj(req.params.cancel)?.identifier);
    if (!identifier) throw missingParam("cancel[identifier]");
    const event = req.scope.meterEvents.get(identifier);
    if (!event || event.e !== eventName) throw invalid(`No meter event with identifier ${identifier} for event_name ${eventName}.`, "cancel[identifier]", "resource_missing");
    event.x = 1;
    return { object: "billing.meter_event_adjustment", cancel: { identifier }, event_name: eventName, livemode: false, status: "complete", type: "cancel" };
  }],
];
