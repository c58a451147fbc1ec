/**
 * The address a request came from, for per-IP limits. The right-most X-Forwarded-For entry is the one
 * the nearest proxy (ours, or Next's own server) appended; entries to its left are whatever the client
 * sent and could be forged to dodge a limit. (Without a proxy in front, Next sets the header only when
 * absent, so deployments should run behind one that overwrites it; see README.)
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").map((s) => s.trim()).filter(Boolean).at(-1);
  return last || headers.get("x-real-ip")?.trim() || "unknown";
}

/**
 * Whether an address is this machine. Per-IP limits skip it: local traffic is the carrier emulator, the
 * benchmarks (hundreds of webhooks a second from 127.0.0.1) and the end-to-end tests. A deployment behind a
 * proxy that overwrites X-Forwarded-For never sees a visitor as loopback.
 */
export function isLoopback(ip: string): boolean {
  return /^127\./.test(ip) || ip === "::1" || ip === "::ffff:127.0.0.1" || /^::ffff:127\./.test(ip);
}
