import http from "node:http";
import type { AddressInfo } from "node:net";
import { ROUTES, type WebhookName } from "./telephony";

/**
 * Our real telephony route handlers behind a plain node:http server (no Next), so that a carrier over
 * HTTP (the emulator) can call them. Listens first, so the caller can set PUBLIC_URL to it before any
 * server code reads the environment.
 */
export async function startWebhookServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const name = /^\/api\/telephony\/twilio\/([a-z-]+)/.exec(req.url ?? "")?.[1] as WebhookName | undefined;
    const route = name && ROUTES[name];
    if (!route || req.method !== "POST") {
      res.writeHead(404).end();
      return;
    }
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
    const answer = await route(new Request(`http://internal${req.url}`, { method: "POST", headers, body: Buffer.concat(chunks) }));
    res.writeHead(answer.status, { "content-type": answer.headers.get("content-type") ?? "text/plain" });
    res.end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
