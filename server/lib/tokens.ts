import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

/** A random URL-safe token (256 bits) for links sent by e-mail. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What we store instead of the token: a leaked table then opens nothing. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

function keyFrom(secret: string): Buffer {
  return createHash("sha256").update(`switchboard-outbox:${secret}`).digest();
}

/** AES-256-GCM, for the short time a secret (an invitation link) waits in the outbox to be e-mailed. */
export function seal(plain: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(secret), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString("base64url")).join(".");
}

export function unseal(sealed: string, secret: string): string {
  const [iv, tag, body] = sealed.split(".").map((p) => Buffer.from(p, "base64url"));
  if (!iv || !tag || !body) throw new Error("malformed sealed value");
  const decipher = createDecipheriv("aes-256-gcm", keyFrom(secret), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
}
