import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { config, proxy } from "@/proxy";

const BASE = "http://localhost:3999";
const get = (path: string, cookie?: string) => proxy(new NextRequest(`${BASE}${path}`, { headers: cookie ? { cookie } : {} }));

function nonceOf(csp: string | null): string {
  const m = /'nonce-([^']+)'/.exec(csp ?? "");
  expect(m).not.toBeNull();
  return m![1]!;
}

describe("proxy.ts: security headers on every response", () => {
  it("a public page gets the headers, a fresh CSP nonce, and the nonce handed to Next on the request", async () => {
    const a = await get("/signin");
    const b = await get("/signin");
    expect(a.headers.get("location")).toBeNull();
    for (const res of [a, b]) {
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(res.headers.get("permissions-policy")).toContain("camera=()");
      expect(res.headers.get("strict-transport-security")).toBeNull(); // PUBLIC_URL is http here
      expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    }
    const nonce = nonceOf(a.headers.get("content-security-policy"));
    expect(nonce).not.toBe(nonceOf(b.headers.get("content-security-policy")));
    // NextResponse.next({ request: { headers } }) carries overridden request headers this way.
    expect(a.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(a.headers.get("x-middleware-request-content-security-policy")).toBe(a.headers.get("content-security-policy"));
  });

  it("redirects to sign-in only where it did before (/a, /portal, /new-agency), with the headers on the redirect too", async () => {
    for (const path of ["/a/acme/desk", "/portal/c1", "/new-agency"]) {
      const res = await get(path);
      expect(res.status).toBe(307);
      expect(new URL(res.headers.get("location")!).pathname).toBe("/signin");
      expect(res.headers.get("content-security-policy")).toContain("script-src");
    }
    for (const path of ["/", "/signin", "/signup", "/invite/abc", "/api/health", "/about"]) {
      expect((await get(path)).headers.get("location"), path).toBeNull();
    }
    // A forged cookie is no session.
    expect((await get("/a/acme", "next-auth.session-token=forged.not.jwt")).status).toBe(307);
  });

  it("lets a signed-in visitor through to the page", async () => {
    const token = await encode({ token: { uid: "u1", sub: "u1" }, secret: process.env.NEXTAUTH_SECRET! });
    const res = await get("/a/acme/desk", `next-auth.session-token=${token}`);
    expect(res.headers.get("location")).toBeNull();
    expect(res.headers.get("x-middleware-request-x-nonce")).toBeTruthy();
  });

  it("the matcher covers every page but Next's static files", () => {
    const source = (config.matcher[0] as { source: string }).source;
    const re = new RegExp(`^${source}$`);
    for (const p of ["/", "/signin", "/a/x/desk", "/portal/x", "/api/trpc/x"]) expect(re.test(p), p).toBe(true);
    for (const p of ["/_next/static/chunks/a.js", "/_next/image", "/favicon.ico"]) expect(re.test(p), p).toBe(false);
  });
});
