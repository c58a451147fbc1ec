import { createHash } from "node:crypto";
import type http from "node:http";
import type { FakeState, Req, Route } from "./context";
import { StripeFail } from "./errors";
import { parseStripeForm } from "./form";
import { Idempotency } from "./idempotency";
import { expand } from "./objects";
import { completeOnboarding } from "./routes-accounts";
import { accountObj } from "./shapes";
import { newId, PLATFORM } from "./store";

/**
 * One API request: authentication (any well-formed sk_/rk_ key; the platform key sees the platform, any
 * other key is its own account, as a restricted key of a standalone account is), `Stripe-Account` scoping,
 * injected failures, Idempotency-Key replay, then the route's handler. Errors in Stripe's shape.
 */
const KEY = /^(sk|rk)_(test|live)_\w+$/;

export function keyAccountId(key: string) {
  return `acct_1${createHash("sha256").update(key).digest("base64url").replace(/[-_]/g, "").slice(0, 15)}`;
}

export async function handleApi(fake: FakeState, routes: Route[], idem: Idempotency, platformKey: string, req: http.IncomingMessage, res: http.ServerResponse, url: URL, raw: string) {
  const requestId = newId("req", 14);
  const send = (status: number, body: unknown, extra: Record<string, string> = {}) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { "content-type": "application/json", "request-id": requestId, "content-length": Buffer.byteLength(text), ...extra });
    res.end(text);
  };
  try {
    const key = bearer(req);
    if (!key || !KEY.test(key) || key.includes("invalid"))
      throw new StripeFail(401, "authentication_error", key ? `Invalid API Key provided: ${key.slice(0, 8)}****` : "You did not provide an API key.", key ? "api_key_invalid" : undefined);
    let account: string | null = null;
    if (key !== platformKey) {
      account = keyAccountId(key);
      if (!fake.store.accounts.has(account)) {
        // A standalone account, onboarded long ago: its key is the agency's own restricted key.
        const own = accountObj(account, Math.floor(Date.now() / 1000));
        completeOnboarding(own);
        fake.store.accounts.set(account, { ...own, type: "standard", controller: { type: "account" } });
        fake.store.changed();
      }
    }
    const header = req.headers["stripe-account"];
    if (typeof header === "string" && header) {
      if (!fake.store.accounts.has(header) || (account && header !== account))
        throw new StripeFail(403, "permission_error", `The provided key '${key.slice(0, 8)}****' does not have access to account '${header}' (or that account does not exist). Application access may have been revoked.`, "account_invalid");
      account = header;
    }
    if (fake.failureRate > 0 && Math.random() < fake.failureRate) {
      if (Math.random() < 0.5) throw new StripeFail(429, "rate_limit_error", "Too many requests hit the API too quickly.", "rate_limit");
      throw new StripeFail(500, "api_error", "An unknown error occurred (injected by the fake Stripe).");
    }
    const method = req.method ?? "GET";
    const params = parseStripeForm(method === "POST" ? raw : url.search.slice(1));
    const route = routes.find(([m, pattern]) => m === method && pattern.test(url.pathname));
    if (!route) throw new StripeFail(404, "invalid_request_error", `Unrecognized request URL (${method}: ${url.pathname}).`);
    const idemHeader = req.headers["idempotency-key"];
    const idempotencyKey = method === "POST" && typeof idemHeader === "string" && idemHeader ? idemHeader : null;
    const scopeKey = `${key}|${account ?? PLATFORM}`;
    if (idempotencyKey) {
      const replay = idem.begin(scopeKey, idempotencyKey, `${url.pathname}?${raw}`);
      if (replay) return send(replay.status, replay.body, { "idempotent-replayed": "true" });
    }
    const ctx: Req = { fake, scope: fake.store.scope(account ?? PLATFORM), account, params, match: route[1].exec(url.pathname)!.slice(1), requestId, idempotencyKey };
    let status = 200;
    let body: unknown;
    try {
      body = expand(ctx, await route[2](ctx));
      if (method !== "GET") fake.store.changed();
    } catch (error) {
      if (!(error instanceof StripeFail)) {
        if (idempotencyKey) idem.finish(scopeKey, idempotencyKey, null);
        throw error;
      }
      status = error.status;
      body = error.body(requestId);
      if (idempotencyKey) idem.finish(scopeKey, idempotencyKey, error.status === 429 || error.status === 409 ? null : { status, body });
      return send(status, body, error.status === 429 ? { "stripe-should-retry": "true" } : {});
    }
    if (idempotencyKey) idem.finish(scopeKey, idempotencyKey, { status, body });
    send(status, body);
  } catch (error) {
    if (error instanceof StripeFail) return send(error.status, error.body(requestId), error.status === 429 ? { "stripe-should-retry": "true" } : {});
    fake.log(`fake stripe error: ${(error as Error)?.stack ?? error}`);
    send(500, new StripeFail(500, "api_error", "An unknown error occurred").body(requestId));
  }
}

function bearer(req: http.IncomingMessage): string | null {
  const header = req.headers.authorization ?? "";
  if (header.startsWith("Bearer ")) return header.slice(7).trim();
  if (header.startsWith("Basic ")) return Buffer.from(header.slice(6), "base64").toString("utf8").split(":")[0] ?? null;
  return null;
}
