/**
 * A TCP port that forwards to another (the mail sink's SMTP port) and can be closed and reopened on the same
 * port: "the SMTP server is down" as the app sees it — connections refused, sessions in progress cut — while
 * the sink behind it keeps every message it accepted, so nothing is lost from the count by the fault itself.
 */
import net from "node:net";

export type TcpGate = { port: number; isOpen(): boolean; close(): Promise<void>; open(): Promise<void>; stop(): Promise<void> };

export async function startTcpGate(targetPort: number, port = 0): Promise<TcpGate> {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  let bound = port;

  const open = async () => {
    if (server) return;
    const s = net.createServer((client) => {
      const upstream = net.connect(targetPort, "127.0.0.1");
      for (const sock of [client, upstream]) {
        sockets.add(sock);
        sock.on("close", () => sockets.delete(sock));
        sock.on("error", () => undefined);
      }
      client.pipe(upstream).pipe(client);
      client.on("close", () => upstream.destroy());
      upstream.on("close", () => client.destroy());
    });
    await new Promise<void>((resolve, reject) => {
      s.once("error", reject);
      s.listen({ port: bound, host: "127.0.0.1", exclusive: true }, () => resolve());
    });
    bound = (s.address() as net.AddressInfo).port;
    server = s;
  };

  const close = async () => {
    const s = server;
    server = null;
    if (!s) return;
    for (const sock of sockets) sock.destroy();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  };

  await open();
  return { port: bound, isOpen: () => server !== null, close, open, stop: close };
}
