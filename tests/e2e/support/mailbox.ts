import { expect } from "@playwright/test";

type SinkMail = { id: string; subject: string; to: { address: string }[]; text: string };

/** Waits for the e-mail to `address` in the local mail sink (maildev's REST API) and returns it. */
export async function waitForMail(address: string, timeoutMs = 20_000): Promise<SinkMail> {
  let found: SinkMail | undefined;
  await expect
    .poll(
      async () => {
        const mails = (await (await fetch(`${process.env.E2E_MAIL_URL}/api/email`)).json()) as SinkMail[];
        found = mails.find((m) => m.to.some((t) => t.address.toLowerCase() === address.toLowerCase()));
        return Boolean(found);
      },
      { timeout: timeoutMs, message: `an e-mail to ${address}` },
    )
    .toBe(true);
  return found!;
}

/** The first link in `text` whose path starts with `pathPrefix`. */
export function linkIn(text: string, pathPrefix: string): string {
  const match = text.match(new RegExp(`https?://\\S+${pathPrefix}\\S+`));
  if (!match) throw new Error(`no ${pathPrefix} link in:\n${text}`);
  return match[0];
}
