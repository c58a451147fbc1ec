import http from "node:http";
import type { AddressInfo } from "node:net";
import twilio from "twilio";

/**
 * A tiny stand-in for the app's webhooks (node:http), for the carrier emulator's tests: answers scripted
 * TwiML per path, records every request and checks its signature with the twilio package.
 */
export type FakeRequest = { method: string; path: string; query: URLSearchParams; params: Record<string, string>; signatureValid: boolean; at: number };
export type FakeAnswer = string | { status?: number; type?: string; body: string };
export type FakeRoute = (request: FakeRequest, count: number) => FakeAnswer;

export type FakeApp = {
  url: string;
  requests: FakeRequest[];
  /** Resolves with the first request to `path` (matching `predicate`) — already received or still to come. */
  waitFor(path: string, predicate?: (r: FakeRequest) => boolean, timeoutMs?: number): Promise<FakeRequest>;
  stop(): Promise<void>;
};

export async function startFakeApp(authToken: string, routes: Record<string, FakeRoute>): Promise<FakeApp> {
  const requests: FakeRequest[] = [];
  const counts = new Map<string, number>();
  const waiters: { path: string; predicate: (r: FakeRequest) => boolean; resolve: (r: FakeRequest) => void }[] = [];
  let base = "";
  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", base);
      const params = req.method === "POST" ? Object.fromEntries(new URLSearchParams(raw)) : {};
      const signatureValid = twilio.validateRequest(authToken, String(req.headers["x-twilio-signature"] ?? ""), url.toString(), params);
      const request: FakeRequest = { method: req.method ?? "GET", path: url.pathname, query: url.searchParams, params, signatureValid, at: Date.now() };
      requests.push(request);
      const count = (counts.get(url.pathname) ?? 0) + 1;
      counts.set(url.pathname, count);
      const route = routes[url.pathname];
      const answer: FakeAnswer = route ? route(request, count) : { status: 404, type: "text/plain", body: "not found" };
      const { status = 200, type = "text/xml", body } = typeof answer === "string" ? { body: answer } : answer;
      res.writeHead(status, { "content-type": type });
      res.end(body);
      for (const w of waiters.splice(0)) {
        if (w.path === request.path && w.predicate(request)) w.resolve(request);
        else waiters.push(w);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    requests,
    waitFor(path, predicate = () => true, timeoutMs = 5000) {
      const seen = requests.find((r) => r.path === path && predicate(r));
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no request to ${path} within ${timeoutMs} ms; got ${requests.map((r) => r.path).join(", ")}`)), timeoutMs);
        waiters.push({ path, predicate, resolve: (r) => (clearTimeout(timer), resolve(r)) });
      });
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** TwiML from a list of verbs. */
export const twiml = (...verbs: string[]) => `<?xml version="1.0" encoding="UTF-8"?><Response>${verbs.join("")}</Response>`;
