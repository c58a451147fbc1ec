import type { NextAuthOptions } from "next-auth";
import { getServerSession } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { cookies } from "next/headers";
import { authenticate } from "./auth/credentials";
import { db } from "./db";
import { env } from "./env";
import { LOCALE_COOKIE } from "./i18n/locale";
import { clientIp } from "./security/client-ip";
import { secureCookies, sessionCookieName, sessionCookieOptions } from "./security/session-cookie";
import { hitPerIp, LIMITS } from "./security/rate-limit";

/** Error code the sign-in page reads: `LOCKED:<ISO time the lock ends>`. */
export const LOCKED_PREFIX = "LOCKED:";

/** next-auth v4 hands `authorize` the request headers as a plain object. */
type HeaderBag = Record<string, string | string[] | undefined>;
function headersOf(req: { headers?: HeaderBag } | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req?.headers ?? {})) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(", ") : String(v);
  return out;
}

/** next-auth with the credentials provider and JWT sessions (credentials cannot use database sessions). */
export function authOptions(): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    useSecureCookies: secureCookies(),
    cookies: { sessionToken: { name: sessionCookieName(), options: sessionCookieOptions() } },
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      CredentialsProvider({
        name: "E-mail",
        credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          // Per IP before the password is looked at; the sign-in page shows it like a lockout, with its end.
          const limited = await hitPerIp(db, LIMITS.signInPerIp, clientIp(new Headers(headersOf(req))));
          if (!limited.ok) throw new Error(`${LOCKED_PREFIX}${new Date(Date.now() + limited.retryAfterSeconds * 1000).toISOString()}`);
          const result = await authenticate(db, credentials?.email, credentials?.password);
          if (!result.ok) {
            if (result.reason === "locked") throw new Error(`${LOCKED_PREFIX}${result.until.toISOString()}`);
            return null;
          }
          // The user's own language setting wins over the browser's from now on.
          if (result.user.locale) {
            try {
              (await cookies()).set(LOCALE_COOKIE, result.user.locale, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 3600 });
            } catch {
              // Not in a request scope (tests calling authorize directly): nothing to set.
            }
          }
          return { id: result.user.id, email: result.user.email, name: result.user.name };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) token.uid = user.id;
        return token;
      },
      session({ session, token }) {
        if (session.user && typeof token.uid === "string") session.user.id = token.uid;
        return session;
      },
    },
  };
}

export type SessionUser = { id: string; email: string; name: string };

/** The signed-in user's id from the session cookie, or null (no cookie, forged, or expired). */
export async function getSessionUserId(): Promise<string | null> {
  const session = await getServerSession(authOptions());
  const id = session?.user?.id;
  return typeof id === "string" ? id : null;
}
