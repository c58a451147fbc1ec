import { WebhookRefusal } from "./refusal";

/** Carrier webhooks are a few hundred bytes; anything near this is not Twilio. */
export const WEBHOOK_BODY_LIMIT = 64 * 1024;

/**
 * The form-encoded body as Twilio's signature sees it (name -> value), read with a byte limit: past it
 * the stream is cut and the request refused with 413, whatever Content-Length claimed.
 */
export async function readWebhookForm(req: Request, limit = WEBHOOK_BODY_LIMIT): Promise<Record<string, string>> {
  const type = (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded") throw new WebhookRefusal(400, "expected an application/x-www-form-urlencoded body");
  const declared = Number(req.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw new WebhookRefusal(413, "body too large");
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (req.body) {
    const reader = req.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        throw new WebhookRefusal(413, "body too large");
      }
      chunks.push(value);
    }
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new WebhookRefusal(400, "body is not UTF-8");
  }
  const params: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(text)) {
    // Twilio never repeats a parameter; a repeated one would be signed differently than we read it.
    if (name in params) throw new WebhookRefusal(400, `parameter ${name} is repeated`);
    // PostgreSQL text cannot hold U+0000 (storing it was a 500); the carrier never sends one.
    if (name.includes("\0") || value.includes("\0")) throw new WebhookRefusal(400, "parameter contains a NUL character");
    params[name] = value;
  }
  return params;
}

/** The signed URL's query (state we put there). A NUL in it reached PostgreSQL lookups (a 500): refused. */
export function readWebhookQuery(req: Request): URLSearchParams {
  const query = new URL(req.url).searchParams;
  for (const [name, value] of query) if (name.includes("\0") || value.includes("\0")) throw new WebhookRefusal(400, "query contains a NUL character");
  return query;
}
