import { createHash, randomUUID } from "node:crypto";
import type { Db } from "../db";
import { hasAgencyRole, hasClientRole } from "../auth/roles";
import { AppError } from "../lib/app-error";
import { logger } from "../logger";
import type { FileStorage, StoredObject } from "../storage/file-storage";
import { FileRefused } from "./file-errors";
import { safeFilename } from "./file-names";
import { scopePrefix, storageKeyFor, type FileScope } from "./file-scope";
import { sniffContentType } from "./sniff";
import { MAX_FILE_BYTES } from "./upload-limits";
import { unusableLookup } from "../lib/lookup-param";

export type UploadTarget = FileScope & { userId: string };
const fileSelect = { id: true, filename: true, contentType: true, size: true } as const;

/**
 * Who may upload where. With `agencySlug`: an agency ADMIN or OWNER, for the agency's own documents or
 * (with `clientSlug`) one of its clients'. With `clientSlug` alone (the portal): that client's
 * CLIENT_ADMIN. Refusals as in the procedures: signed out 401, not a member 404, a lower role 403.
 */
export async function resolveUploadTarget(
  db: Db,
  userId: string | null,
  input: { agencySlug?: string | null; clientSlug?: string | null },
): Promise<UploadTarget> {
  if (!userId || !(await db.user.findUnique({ where: { id: userId }, select: { id: true } }))) throw new AppError("UNAUTHORIZED", "unauthorized");
  if (input.agencySlug) {
    const member = await db.agencyMember.findFirst({ where: { userId, agency: { slug: input.agencySlug } }, select: { role: true, agencyId: true } });
    if (!member) throw new AppError("NOT_FOUND", "agencyNotFound");
    if (!hasAgencyRole(member.role, "ADMIN")) throw new AppError("FORBIDDEN", "forbidden");
    if (!input.clientSlug) return { userId, agencyId: member.agencyId, clientId: null };
    const client = await db.client.findFirst({ where: { slug: input.clientSlug, agencyId: member.agencyId }, select: { id: true } });
    if (!client) throw new AppError("NOT_FOUND", "clientNotFound");
    return { userId, agencyId: member.agencyId, clientId: client.id };
  }
  if (input.clientSlug) {
    const member = await db.clientMember.findFirst({ where: { userId, client: { slug: input.clientSlug } }, select: { role: true, agencyId: true, clientId: true } });
    if (!member) throw new AppError("NOT_FOUND", "clientNotFound");
    if (!hasClientRole(member.role, "CLIENT_ADMIN")) throw new AppError("FORBIDDEN", "forbidden");
    return { userId, agencyId: member.agencyId, clientId: member.clientId };
  }
  throw new AppError("BAD_REQUEST", "uploadNoTarget");
}

/**
 * Keeps an uploaded file: refuses an empty, over-size or non PDF/PNG/JPEG one (by its bytes) before
 * anything is written, then writes the bytes and the StoredFile row. The file is unattached until a
 * document takes it (see documents.ts); unattached files are cleaned up after a day.
 */
export async function storeFile(db: Db, storage: FileStorage, target: UploadTarget, upload: { name: string; bytes: Uint8Array }) {
  if (upload.bytes.byteLength === 0) throw new FileRefused(400, "fileEmpty");
  if (upload.bytes.byteLength > MAX_FILE_BYTES) throw new FileRefused(413, "fileTooLarge");
  const contentType = await sniffContentType(upload.bytes);
  if (!contentType) throw new FileRefused(415, "fileTypeNotAllowed");
  const storageKey = storageKeyFor(target, randomUUID());
  await storage.put(storageKey, upload.bytes, contentType);
  try {
    return await db.storedFile.create({
      data: {
        agencyId: target.agencyId,
        storageKey,
        filename: safeFilename(upload.name, contentType),
        contentType,
        size: upload.bytes.byteLength,
        sha256: createHash("sha256").update(upload.bytes).digest("hex"),
      },
      select: fileSelect,
    });
  } catch (error) {
    await discardObjects(storage, [storageKey]);
    throw error;
  }
}

/**
 * A file the caller may read, with its bytes: agency members read every file of their agency, client
 * users the files of their own client. Anything else, including another tenant's file, is NOT_FOUND.
 */
export async function openFileFor(db: Db, storage: FileStorage, userId: string | null, fileId: string): Promise<{ file: { filename: string; contentType: string; size: number }; object: StoredObject }> {
  if (!userId) throw new AppError("UNAUTHORIZED", "unauthorized");
  if (unusableLookup(fileId)) throw new AppError("NOT_FOUND", "fileNotFound");
  const [agencies, clients] = await Promise.all([
    db.agencyMember.findMany({ where: { userId }, select: { agencyId: true } }),
    db.clientMember.findMany({ where: { userId }, select: { agencyId: true, clientId: true } }),
  ]);
  const file = await db.storedFile.findFirst({
    where: {
      id: fileId,
      OR: [{ agencyId: { in: agencies.map((a) => a.agencyId) } }, ...clients.map((c) => ({ agencyId: c.agencyId, storageKey: { startsWith: scopePrefix(c) } }))],
    },
    select: { ...fileSelect, storageKey: true },
  });
  if (!file) throw new AppError("NOT_FOUND", "fileNotFound");
  const object = await storage.get(file.storageKey);
  if (!object) {
    logger.error({ fileId: file.id, storageKey: file.storageKey }, "stored file has no bytes in storage");
    throw new AppError("NOT_FOUND", "fileNotFound");
  }
  return { file, object };
}

/** Removes objects from storage after their rows are gone; a failure leaves a stray object, logged, never an error for the person. */
export async function discardObjects(storage: FileStorage, keys: string[]): Promise<void> {
  for (const key of keys) {
    await storage.delete(key).catch((err: unknown) => logger.warn({ err, storageKey: key }, "could not remove a file from storage"));
  }
}

/** Uploads never attached to a document (a closed dialog, a failed form) are removed after a day. */
export async function deleteUnattachedFiles(db: Db, storage: FileStorage, now: Date, olderThanMs = 24 * 3600_000): Promise<number> {
  const stale = await db.storedFile.findMany({
    where: { document: { is: null }, createdAt: { lt: new Date(now.getTime() - olderThanMs) } },
    select: { id: true, storageKey: true },
    take: 500,
  });
  let removed = 0;
  for (const file of stale) {
    // The row goes first (and only while still unattached), so a document never points at missing bytes.
    const { count } = await db.storedFile.deleteMany({ where: { id: file.id, document: { is: null } } });
    if (count === 0) continue;
    await discardObjects(storage, [file.storageKey]);
    removed++;
  }
  return removed;
}
