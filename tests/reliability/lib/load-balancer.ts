/**
 * A small HTTP load balancer in front of N app instances, behaving like nginx/HAProxy with active health
 * checks: round robin over the instances whose `/api/health/live` answered lately; a request whose
 * connection is REFUSED (it never reached the app) goes to the next instance, as `proxy_next_upstream error`
 * does even for POSTs; a request cut after it was sent (the instance died mid-request) gets a 502, never a
 * replay, because the app may already have acted on it. Responses stream (SSE passes through).
 * It appends the client's address to X-Forwarded-For (the app's per-IP limits read the right-most entry).
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

export type Backend = { name: string; port: number; healthy: boolean; served: number; cut: number };

export type LoadBalancer = {
  url: string;
  port: number;
  backends: Backend[];
  /** Route only to this backend (by name) while set: to put one call on one instance. null = round robin. */
  pin(name: string | null): void;
  /** Requests answered 502/503 by the balancer itself (cut mid-request, or no healthy instance). */
  stats(): { refusedRetries: number; cut: number; noBackend: number };
  /** Re-checks every backend now (after a restart, instead of waiting for the next round). */
  checkNow(): Promise<void>;
  stop(): Promise<void>;
};

const CHECK_MS = 500;
const CHECK_TIMEOUT_MS = 1000;
const MAX_BODY = 5_000_000;

export async function startLoadBalancer(backends: { name: string; port: number }[], port = 0): Promise<LoadBalancer> {
  const pool: Backend[] = backends.map((b) => ({ ...b, healthy: false, served: 0, cut: 0 }));
  let next = 0;
  let pinned: string | null = null;
  const stats = { refusedRetries: 0, cut: 0, noBackend: 0 };

  const check = async (b: Backend) => {
    try {
      const res = await fetch(`http://127.0.0.1:${b.port}/api/health/live`, { signal: AbortSignal.timeout(CHECK_TIMEOUT_MS) });
      await res.arrayBuffer();
      b.healthy = res.ok;
    } catch {
      b.healthy = false;
    }
  };
  const checkAll = () => Promise.all(pool.map(check)).then(() => undefined);
  const timer = setInterval(() => void checkAll(), CHECK_MS);

  /** Healthy backends in round-robin order, starting after the last one used. */
  const candidates = (): Backend[] => {
    const live = pool.filter((b) => b.healthy && (pinned === null || b.name === pinned));
    if (live.length === 0) return [];
    const start = next++ % live.length;
    return [...live.slice(start), ...live.slice(0, start)];
  };

  const forward = (b: Backend, req: http.IncomingMessage, body: Buffer, res: http.ServerResponse) =>
    new Promise<"done" | "refused">((resolve) => {
      const remote = req.socket.remoteAddress ?? "127.0.0.1";
      const headers: http.OutgoingHttpHeaders = { ...req.headers, "x-forwarded-for": req.headers["x-forwarded-for"] ? `${req.headers["x-forwarded-for"]}, ${remote}` : remote };
      // Hop-by-hop headers are the balancer's own; the body is buffered, so its length is known.
      for (const h of ["connection", "keep-alive", "transfer-encoding", "proxy-connection", "upgrade"]) delete headers[h];
      if (body.length > 0 || req.headers["content-length"] !== undefined) headers["content-length"] = String(body.length);
      const upstream = http.request({ host: "127.0.0.1", port: b.port, method: req.method, path: req.url, headers, agent: false }, (up) => {
        b.served++;
        const out = { ...up.headers };
        for (const h of ["connection", "keep-alive"]) delete out[h];
        res.writeHead(up.statusCode ?? 502, out);
        up.pipe(res);
        up.on("error", () => res.destroy());
        up.on("end", () => resolve("done"));
      });
      upstream.on("error", (error: NodeJS.ErrnoException) => {
        if (error.code === "ECONNREFUSED" && !res.headersSent) {
          b.healthy = false; // learnt before the next check: do not send the next request there either
          return resolve("refused");
        }
        if (!res.writableEnded) {
          b.cut++;
          stats.cut++;
        }
        if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" }).end("Bad gateway: the instance closed the connection");
        else res.destroy();
        resolve("done");
      });
      // The client went away (a closed stream): let go of the instance's side too.
      res.on("close", () => {
        if (!res.writableFinished) upstream.destroy();
        resolve("done");
      });
      upstream.end(body);
    });

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) req.destroy();
      else chunks.push(c);
    });
    req.on("end", () => {
      void (async () => {
        const body = Buffer.concat(chunks);
        for (const b of candidates()) {
          if ((await forward(b, req, body, res)) === "done") return;
          stats.refusedRetries++;
        }
        stats.noBackend++;
        res.writeHead(503, { "content-type": "text/plain", "retry-after": "1" }).end("No healthy instance");
      })();
    });
  });
  await checkAll();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const bound = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${bound}`,
    port: bound,
    backends: pool,
    pin: (name) => void (pinned = name),
    stats: () => ({ ...stats }),
    checkNow: checkAll,
    stop: async () => {
      clearInterval(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
