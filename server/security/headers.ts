/**
 * The security headers every response carries (set by proxy.ts). Pure, so the policy is unit-tested
 * without a server.
 */

/** A fresh nonce per request: 16 random bytes, base64 (what a CSP nonce-source accepts). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The Content-Security-Policy. Scripts: only ours and those carrying this request's nonce; 'strict-dynamic'
 * lets Next's nonced bootstrap load its chunks. Dev adds 'unsafe-eval' (React's dev tools and fast refresh
 * evaluate code) and the HMR websocket. Styles keep 'unsafe-inline': recharts and our components set
 * style attributes, which a nonce cannot cover, and inline styles cannot run code.
 */
export function contentSecurityPolicy(nonce: string, opts: { dev: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    // The desk's live stream is same-origin SSE; dev adds the HMR websocket. The Twilio Voice SDK talks to Twilio.
    `connect-src 'self'${opts.dev ? " ws: wss:" : ""} https://*.twilio.com wss://*.twilio.com`,
    "media-src 'self' blob: data: https://*.twilio.com",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  return directives.join("; ");
}

/** The other headers: no sniffing, no framing, no full referrer to other sites, no powerful features. */
export function securityHeaders(opts: { https: boolean }): Record<string, string> {
  const headers: Record<string, string> = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    // The desk's browser phone needs the microphone on our own origin; nothing else is used.
    "Permissions-Policy": "camera=(), microphone=(self), geolocation=(), payment=(), usb=(), interest-cohort=()",
  };
  // HSTS over plain http would be ignored at best and, on localhost, pin other dev servers to https.
  if (opts.https) headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains";
  return headers;
}
