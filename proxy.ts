import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { env } from "./server/env";
import { contentSecurityPolicy, newNonce, securityHeaders } from "./server/security/headers";
import { secureCookies, sessionCookieName } from "./server/security/session-cookie";

/** Pages behind sign-in (the only paths the redirect applies to; the headers apply everywhere). */
const SIGNED_IN_ONLY = [/^\/a(\/|$)/, /^\/portal(\/|$)/, /^\/new-agency(\/|$)/];

/**
 * Every response gets the security headers and a CSP with a fresh nonce. The nonce reaches Next on the
 * request (x-nonce and the request's own Content-Security-Policy header, which Next reads to put the nonce
 * on its inline and bootstrap scripts); every page is dynamic already (the root layout reads the locale
 * cookie), as nonces require.
 *
 * Pages behind sign-in answer a real redirect (307) to /signin before anything renders, when the session
 * cookie is missing, forged or expired. Membership and role are still checked by every procedure; this
 * only saves a signed-out visitor a rendered page.
 */
export async function proxy(req: NextRequest) {
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const headers = { "Content-Security-Policy": csp, ...securityHeaders({ https: env().PUBLIC_URL.startsWith("https://") }) };

  let res: NextResponse;
  if (SIGNED_IN_ONLY.some((re) => re.test(req.nextUrl.pathname)) && !(await signedIn(req))) {
    const url = req.nextUrl.clone();
    url.pathname = "/signin";
    url.search = `?callbackUrl=${encodeURIComponent(req.nextUrl.pathname + req.nextUrl.search)}`;
    res = NextResponse.redirect(url);
  } else {
    const requestHeaders = new Headers(req.headers);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", csp);
    res = NextResponse.next({ request: { headers: requestHeaders } });
  }
  for (const [name, value] of Object.entries(headers)) res.headers.set(name, value);
  return res;
}

async function signedIn(req: NextRequest): Promise<boolean> {
  const token = await getToken({ req, secret: env().NEXTAUTH_SECRET, secureCookie: secureCookies(), cookieName: sessionCookieName() });
  return typeof token?.uid === "string";
}

export const config = {
  // Everything but Next's hashed static files and the image optimizer (no HTML there, and hot paths).
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
