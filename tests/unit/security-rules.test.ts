import { describe, expect, it } from "vitest";
import { clientIp, isLoopback } from "@/server/security/client-ip";
import { isCrossSiteRequest } from "@/server/security/csrf";
import { contentSecurityPolicy, newNonce, securityHeaders } from "@/server/security/headers";
import { verdict, windowStart } from "@/server/security/rate-limit";

const PUBLIC = "https://app.example.com";
const h = (init: Record<string, string>) => new Headers(init);

describe("content security policy", () => {
  it("allows scripts only from us or with this request's nonce, and forbids framing, plugins and base rewriting", () => {
    const csp = contentSecurityPolicy("abc123", { dev: false });
    const directives = Object.fromEntries(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]));
    expect(directives["script-src"]).toBe("'self' 'nonce-abc123' 'strict-dynamic'");
    expect(directives["frame-ancestors"]).toBe("'none'");
    expect(directives["object-src"]).toBe("'none'");
    expect(directives["base-uri"]).toBe("'self'");
    expect(csp).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy("n", { dev: true })).toContain("'unsafe-eval'");
  });

  it("a nonce is fresh each time and long enough not to be guessed", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(Buffer.from(n, "base64").length).toBe(16);
  });

  it("sends HSTS only over https", () => {
    expect(securityHeaders({ https: true })["Strict-Transport-Security"]).toMatch(/^max-age=\d{8}/);
    expect(securityHeaders({ https: false })).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders({ https: false })).toMatchObject({ "X-Content-Type-Options": "nosniff", "Referrer-Policy": "strict-origin-when-cross-origin" });
  });
});

describe("CSRF: cross-site requests", () => {
  it("refuses what the browser marks cross-site or same-site, or an Origin that is not ours", () => {
    expect(isCrossSiteRequest(h({ "sec-fetch-site": "cross-site" }), PUBLIC)).toBe(true);
    expect(isCrossSiteRequest(h({ "sec-fetch-site": "same-site" }), PUBLIC)).toBe(true);
    expect(isCrossSiteRequest(h({ origin: "https://evil.example" }), PUBLIC)).toBe(true);
    expect(isCrossSiteRequest(h({ origin: "null" }), PUBLIC)).toBe(true);
    expect(isCrossSiteRequest(h({ origin: "https://app.example.com.evil.example" }), PUBLIC)).toBe(true);
    // Sec-Fetch-Site wins over an Origin that looks right.
    expect(isCrossSiteRequest(h({ "sec-fetch-site": "cross-site", origin: PUBLIC }), PUBLIC)).toBe(true);
  });

  it("lets our own pages and non-browser clients through", () => {
    expect(isCrossSiteRequest(h({ "sec-fetch-site": "same-origin" }), PUBLIC)).toBe(false);
    expect(isCrossSiteRequest(h({ origin: PUBLIC }), PUBLIC)).toBe(false);
    expect(isCrossSiteRequest(h({}), PUBLIC)).toBe(false);
    // Reached by another name for the same host (127.0.0.1 vs localhost in dev).
    expect(isCrossSiteRequest(h({ origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }), "http://localhost:3000")).toBe(false);
  });
});

describe("rate-limit windows", () => {
  const rule = { name: "t", limit: 3, windowMs: 60_000 };
  it("counts within a fixed window and says when it ends", () => {
    const now = new Date("2026-01-01T10:00:45Z");
    expect(windowStart(now, 60_000).toISOString()).toBe("2026-01-01T10:00:00.000Z");
    expect(verdict(3, rule, now)).toEqual({ ok: true, hits: 3 });
    expect(verdict(4, rule, now)).toEqual({ ok: false, hits: 4, retryAfterSeconds: 15 });
  });

  it("takes the client address the nearest proxy appended, not what the client claims", () => {
    expect(clientIp(h({ "x-forwarded-for": "1.1.1.1, 203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientIp(h({ "x-real-ip": "198.51.100.2" }))).toBe("198.51.100.2");
    expect(clientIp(h({}))).toBe("unknown");
    for (const ip of ["127.0.0.1", "127.1.2.3", "::1", "::ffff:127.0.0.1"]) expect(isLoopback(ip), ip).toBe(true);
    for (const ip of ["10.0.0.1", "203.0.113.9", "unknown", "::2", "128.0.0.1"]) expect(isLoopback(ip), ip).toBe(false);
  });
});
