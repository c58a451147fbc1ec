import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { env } from "./server/env";

/**
 * Pages behind sign-in answer a real redirect (307) to /signin before anything renders, when the session
 * cookie is missing, forged or expired. Membership and role are still checked by every procedure; this
 * only saves a signed-out visitor a rendered page.
 */
export async function proxy(req: NextRequest) {
  const token = await getToken({ req, secret: env().NEXTAUTH_SECRET });
  if (token?.uid) return NextResponse.next();
  const url = req.nextUrl.clone();
  url.pathname = "/signin";
  url.search = `?callbackUrl=${encodeURIComponent(req.nextUrl.pathname + req.nextUrl.search)}`;
  return NextResponse.redirect(url);
}

export const config = { matcher: ["/a/:path*", "/portal/:path*", "/new-agency"] };
