/**
 * CSRF on cookie-authenticated POSTs. The session cookie is SameSite=Lax, which already keeps it off
 * cross-site POSTs in current browsers; this is the second lock for older browsers and same-site
 * subdomains. A browser always sends Sec-Fetch-Site or Origin on a POST: a request with neither is not
 * from a browser (curl, tests, server-to-server) and carries no victim's cookie, so it passes.
 */
export function isCrossSiteRequest(headers: Headers, publicUrl: string): boolean {
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite) return fetchSite !== "same-origin" && fetchSite !== "none";
  const origin = headers.get("origin");
  if (!origin) return false;
  if (origin === "null") return true; // sandboxed frames, data: URLs
  try {
    return new URL(origin).origin !== new URL(publicUrl).origin && !sameHost(origin, headers.get("host"));
  } catch {
    return true;
  }
}

/** The Host the browser used (when PUBLIC_URL is not how this visitor reached us, e.g. 127.0.0.1 vs localhost). */
function sameHost(origin: string, host: string | null): boolean {
  return host !== null && new URL(origin).host === host;
}

export function csrfRefusal(): Response {
  return Response.json({ error: { code: "FORBIDDEN", message: "Cross-site request refused" } }, { status: 403 });
}
