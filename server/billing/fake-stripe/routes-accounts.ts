import type { Req, Route } from "./context";
import { nowSec } from "./context";
import { invalid, missingParam, StripeFail } from "./errors";
import { str } from "./form";
import { applyMetadata } from "./objects";
import { accountObj } from "./shapes";
import { newId } from "./store";

/**
 * Connect: accounts, onboarding links (served by the fake itself at /_fake/connect/<acct>: visiting it
 * completes onboarding and redirects to return_url) and country specs for the currencies an account can charge.
 */
const CURRENCIES = ["usd", "eur", "gbp", "rub", "kzt", "byn", "uah", "pln", "czk", "chf", "sek", "nok", "dkk", "try", "aed", "cad", "aud", "jpy", "krw", "inr", "brl", "mxn"];
const DEFAULT_CURRENCY: Record<string, string> = { US: "usd", GB: "gbp", DE: "eur", FR: "eur", NL: "eur", IE: "eur", RU: "rub", KZ: "kzt", PL: "pln", CZ: "czk", CH: "chf", SE: "sek", JP: "jpy", CA: "cad", AU: "aud", AE: "aed", TR: "try" };

function account(req: Req, id: string) {
  const found = req.fake.store.accounts.get(id);
  // A connected account sees only itself.
  if (!found || (req.account && req.account !== id)) throw new StripeFail(404, "invalid_request_error", `No such account: '${id}'`, "resource_missing", "account");
  return found;
}

export const accountRoutes: Route[] = [
  ["POST", /^\/v1\/accounts$/, (req) => {
    const p = req.params;
    const country = (str(p.country) ?? "US").toUpperCase();
    if (!DEFAULT_CURRENCY[country]) throw invalid(`Country '${country}' is unknown or not supported.`, "country");
    const created = accountObj(newId("acct", 16), nowSec());
    Object.assign(created, { country, default_currency: str(p.default_currency)?.toLowerCase() ?? DEFAULT_CURRENCY[country], email: str(p.email) ?? null, type: str(p.type) ?? (p.controller ? "none" : "standard") });
    const profile = p.business_profile && typeof p.business_profile === "object" ? (p.business_profile as Record<string, unknown>) : {};
    if (str(profile.name)) created.business_profile = { ...created.business_profile, name: str(profile.name) };
    if (p.controller && typeof p.controller === "object") created.controller = { type: "application", ...(p.controller as object) };
    if (str(p.business_type)) created.business_type = str(p.business_type);
    applyMetadata(created, p);
    req.fake.store.accounts.set(created.id, created);
    return created;
  }],
  ["GET", /^\/v1\/accounts\/(acct_\w+)$/, (req) => account(req, req.match[0]!)],
  ["POST", /^\/v1\/accounts\/(acct_\w+)$/, (req) => {
    const found = account(req, req.match[0]!);
    applyMetadata(found, req.params);
    if (str(req.params.email)) found.email = str(req.params.email);
    return found;
  }],
  // The key's own account (a restricted key's validation call); the platform gets a platform account object.
  ["GET", /^\/v1\/account$/, (req) => (req.account ? account(req, req.account) : { ...accountObj("acct_1FakeStripePlatform", 0), type: "standard", charges_enabled: true, details_submitted: true })],
  ["POST", /^\/v1\/account_links$/, (req) => {
    const id = str(req.params.account);
    if (!id) throw missingParam("account");
    account(req, id);
    const returnUrl = str(req.params.return_url);
    const refreshUrl = str(req.params.refresh_url);
    if (!returnUrl) throw missingParam("return_url");
    const link = new URL(`${req.fake.baseUrl()}/_fake/connect/${id}`);
    link.searchParams.set("return_url", returnUrl);
    if (refreshUrl) link.searchParams.set("refresh_url", refreshUrl);
    return { object: "account_link", created: nowSec(), expires_at: nowSec() + 300, url: link.toString() };
  }],
  ["GET", /^\/v1\/country_specs\/([A-Za-z]{2})$/, (req) => {
    const id = req.match[0]!.toUpperCase();
    if (!DEFAULT_CURRENCY[id]) throw new StripeFail(404, "invalid_request_error", `No such country_spec: '${id}'`, "resource_missing", "id");
    return {
      id, object: "country_spec", default_currency: DEFAULT_CURRENCY[id], supported_bank_account_currencies: { [DEFAULT_CURRENCY[id]!]: [id] },
      supported_payment_currencies: CURRENCIES, supported_payment_methods: ["card", "stripe"], supported_transfer_countries: Object.keys(DEFAULT_CURRENCY),
      verification_fields: { company: { additional: [], minimum: [] }, individual: { additional: [], minimum: [] } },
    };
  }],
];

/** Completes onboarding of an account (what the hosted onboarding page does). */
export function completeOnboarding(acct: Record<string, any>) {
  Object.assign(acct, {
    charges_enabled: true, payouts_enabled: true, details_submitted: true, capabilities: { card_payments: "active", transfers: "active" },
    requirements: { ...acct.requirements, currently_due: [], eventually_due: [], past_due: [], disabled_reason: null },
    tos_acceptance: { date: nowSec(), ip: "127.0.0.1", user_agent: null },
  });
}
