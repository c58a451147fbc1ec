import { newId, type Obj } from "./store";

/**
 * Stripe objects, shaped after Stripe's own examples (vendor-specs/stripe/fixtures3.json): the fields
 * Switchboard reads are exact; the rest keep the example's neutral defaults so code that reads them works.
 */
export function list(data: Obj[], url: string, hasMore = false): Obj {
  return { object: "list", data, has_more: hasMore, url };
}

export const customerObj = (id: string, created: number): Obj => ({
  id, object: "customer", address: null, balance: 0, created, currency: null, default_source: null, delinquent: false,
  description: null, discount: null, email: null, invoice_prefix: id.slice(4, 12).toUpperCase(),
  invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
  livemode: false, metadata: {}, name: null, next_invoice_sequence: 1, phone: null, preferred_locales: [], shipping: null,
  tax_exempt: "none", test_clock: null, customer_account: null,
});

export const productObj = (id: string, created: number): Obj => ({
  id, object: "product", active: true, created, default_price: null, description: null, images: [], livemode: false,
  marketing_features: [], metadata: {}, name: "", package_dimensions: null, shippable: null, statement_descriptor: null,
  tax_code: null, unit_label: null, updated: created, url: null, type: "service",
});

export const priceObj = (created: number): Obj => ({
  id: newId("price"), object: "price", active: true, billing_scheme: "per_unit", created, currency: "usd", custom_unit_amount: null,
  livemode: false, lookup_key: null, metadata: {}, nickname: null, product: null, recurring: null, tax_behavior: "unspecified",
  tiers_mode: null, transform_quantity: null, type: "one_time", unit_amount: null, unit_amount_decimal: null,
});

export const meterObj = (created: number): Obj => ({
  id: newId("mtr"), object: "billing.meter", created, customer_mapping: { event_payload_key: "stripe_customer_id", type: "by_id" },
  default_aggregation: { formula: "sum" }, display_name: "", event_name: "", event_time_window: null, livemode: false,
  status: "active", status_transitions: { deactivated_at: null }, updated: created, value_settings: { event_payload_key: "value" },
});

export const clockObj = (created: number, frozen: number, name: string | null): Obj => ({
  id: newId("clock"), object: "test_helpers.test_clock", created, deletes_after: created + 30 * 86400, frozen_time: frozen,
  livemode: false, name, status: "ready", status_details: {},
});

export const accountObj = (id: string, created: number): Obj => ({
  id, object: "account", business_profile: { name: null, url: null, mcc: null, product_description: null, support_email: null },
  business_type: null, capabilities: { card_payments: "inactive", transfers: "inactive" }, charges_enabled: false,
  controller: { type: "application" }, country: "US", created, default_currency: "usd", details_submitted: false, email: null,
  external_accounts: { object: "list", data: [], has_more: false, url: `/v1/accounts/${id}/external_accounts` },
  metadata: {}, payouts_enabled: false,
  requirements: { alternatives: [], current_deadline: null, currently_due: ["external_account", "tos_acceptance.date"], disabled_reason: "requirements.past_due", errors: [], eventually_due: ["external_account", "tos_acceptance.date"], past_due: [], pending_verification: [] },
  settings: { dashboard: { display_name: null, timezone: "Etc/UTC" } }, tos_acceptance: { date: null, ip: null, user_agent: null }, type: "express",
});

export const subscriptionObj = (id: string, created: number): Obj => ({
  id, object: "subscription", application: null, application_fee_percent: null,
  automatic_tax: { enabled: false, liability: null, disabled_reason: null }, billing_cycle_anchor: created,
  billing_cycle_anchor_config: null, billing_mode: { type: "classic" }, cancel_at: null, cancel_at_period_end: false, canceled_at: null,
  cancellation_details: { comment: null, feedback: null, reason: null }, collection_method: "charge_automatically", created,
  currency: "usd", customer: "", customer_account: null, days_until_due: null, default_payment_method: null, default_source: null,
  default_tax_rates: [], description: null, discounts: [], ended_at: null, invoice_settings: { account_tax_ids: null, issuer: { type: "self" } },
  items: list([], `/v1/subscription_items?subscription=${id}`), latest_invoice: null, livemode: false, metadata: {},
  next_pending_invoice_item_invoice: null, on_behalf_of: null, pause_collection: null, payment_settings: null,
  pending_invoice_item_interval: null, pending_setup_intent: null, pending_update: null, schedule: null, start_date: created,
  status: "active", test_clock: null, transfer_data: null, trial_end: null, trial_settings: { end_behavior: { missing_payment_method: "create_invoice" } }, trial_start: null,
});

export const subscriptionItemObj = (subscription: string, price: Obj, created: number, start: number, end: number, quantity?: number): Obj => ({
  id: newId("si", 14), object: "subscription_item", created, discounts: [], metadata: {}, price,
  ...(price.recurring?.usage_type === "metered" ? {} : { quantity: quantity ?? 1 }),
  subscription, tax_rates: [], current_period_start: start, current_period_end: end, billing_thresholds: null,
});

export const invoiceItemObj = (created: number): Obj => ({
  id: newId("ii"), object: "invoiceitem", amount: 0, currency: "usd", customer: "", date: created, description: null,
  discountable: true, discounts: [], invoice: null, livemode: false, metadata: {}, period: { start: created, end: created },
  proration: false, quantity: 1, tax_rates: [], test_clock: null, parent: null,
  pricing: { type: "price_details", price_details: null, unit_amount_decimal: null }, net_amount: 0, customer_account: null, quantity_decimal: "1",
});

export const eventObj = (type: string, object: Obj, account: string | null, created: number, previous?: Obj): Obj => ({
  id: newId("evt"), object: "event", ...(account ? { account } : {}), api_version: "2026-10-28.endive", created,
  data: { object, ...(previous ? { previous_attributes: previous } : {}) }, livemode: false, pending_webhooks: 1,
  request: { id: null, idempotency_key: null }, type,
});
