import net from "node:net";

/** A local SMTP server with a web inbox (maildev), for when no SMTP_URL is configured. */
export type MailSink = { smtpUrl: string; webUrl: string; smtpPort: number; webPort: number; stop: () => Promise<void> };

export async function freePort(preferred: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | null>((resolve) => {
      const srv = net.createServer();
      srv.once("error", () => resolve(null));
      srv.listen(port, "127.0.0.1", () => {
        const got = (srv.address() as net.AddressInfo).port;
        srv.close(() => resolve(got));
      });
    });
  return (await tryPort(preferred)) ?? (await tryPort(0))!;
}

export async function startMailSink(opts: { smtpPort?: number; webPort?: number } = {}): Promise<MailSink> {
  const { MailDev } = await import("maildev");
  const smtpPort = opts.smtpPort ?? (await freePort(1025));
  const webPort = opts.webPort ?? (await freePort(1080));
  const maildev = new MailDev({ smtp: smtpPort, web: webPort, ip: "127.0.0.1", webIp: "127.0.0.1", silent: true });
  await maildev.start();
  return {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    webUrl: `http://127.0.0.1:${webPort}`,
    smtpPort,
    webPort,
    // maildev's close waits for open web connections; do not let a lingering browser tab hold up exit.
    stop: () => Promise.race([maildev.stop(), new Promise<void>((r) => setTimeout(r, 1500).unref())]),
  };
}
