import type { Readable } from "node:stream";

/**
 * The storage port: where the bytes of uploaded files live. The database keeps only the key and the
 * file's facts (StoredFile); local disk is the default, S3-compatible storage when S3_* is configured.
 */
export interface FileStorage {
  /** Writes the object whole: a reader never sees half a file under `key`. */
  put(key: string, body: Uint8Array | Readable, contentType: string): Promise<void>;
  /** The object's bytes as a stream and its size, or null when there is no such object. */
  get(key: string): Promise<StoredObject | null>;
  /** Removes the object; removing one that is not there is not an error. */
  delete(key: string): Promise<void>;
}

export type StoredObject = { stream: ReadableStream<Uint8Array>; size: number };

/**
 * Keys are ours (never a user's file name), but an adapter still refuses anything that could leave its
 * directory or bucket prefix: only latin letters, digits, `._-` and `/` between non-empty segments.
 */
export function assertStorageKey(key: string): void {
  const ok = key.length > 0 && key.length <= 512 && /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/.test(key) && !key.split("/").some((s) => s === "." || s === "..");
  if (!ok) throw new Error(`invalid storage key: ${JSON.stringify(key)}`);
}

/** Reads a Node stream into one buffer (for adapters that need the length up front). */
export async function collect(body: Uint8Array | Readable): Promise<Uint8Array> {
  if (body instanceof Uint8Array) return body;
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}
