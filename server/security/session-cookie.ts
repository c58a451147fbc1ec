import { env } from "../env";

/**
 * Behind https (PUBLIC_URL, not the request's scheme: a TLS-terminating proxy hands us http) the session
 * cookie is Secure and __Secure- prefixed. proxy.ts reads it with the same rule.
 */
export function secureCookies(): boolean {
  return env().PUBLIC_URL.startsWith("https://");
}

export function sessionCookieName(): string {
  return `${secureCookies() ? "__Secure-" : ""}next-auth.session-token`;
}

/** Not readable by scripts; Lax keeps it off cross-site POSTs (CSRF) while links from e-mails still sign in. */
export function sessionCookieOptions() {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", secure: secureCookies() };
}
