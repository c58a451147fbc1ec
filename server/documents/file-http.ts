import { db as defaultDb, type Db } from "../db";
import type { AppErrorCode } from "../lib/app-error";
import { AppError } from "../lib/app-error";
import { translate } from "../i18n/messages";
import { LOCALE_COOKIE, resolveLocale, type AppLocale } from "../i18n/locale";
import { logger } from "../logger";
import { fileStorage, type FileStorage } from "../storage";
import { FileRefused } from "./file-errors";
import { contentDisposition } from "./file-names";
import { openFileFor, resolveUploadTarget, storeFile } from "./files";
import { readLimitedFormData } from "./limited-form-data";
import { MAX_FILE_BYTES } from "./upload-limits";

/**
 * The upload and download routes (app/api/files/**), as functions of the request and the session's user
 * id, so they are tested with real Requests; the route files only read the session and call these.
 */
type Deps = { db: Db; storage: FileStorage };
const defaults = (): Deps => ({ db: defaultDb, storage: fileStorage() });

/** Room for the form's other fields and the multipart framing around a file of the maximum size. */
export const UPLOAD_BODY_LIMIT = MAX_FILE_BYTES + 64 * 1024;

const statusOf: Record<AppErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PRECONDITION_FAILED: 412,
  TOO_MANY_REQUESTS: 429,
};

function localeOf(req: Request): AppLocale {
  const cookie = (req.headers.get("cookie") ?? "")
    .split(";")
    .map((p) => p.trim().split("="))
    .find(([k]) => k === LOCALE_COOKIE)?.[1];
  return resolveLocale(cookie, req.headers.get("accept-language"));
}

/** Refusals as JSON `{ error, message }`, the message in the person's language. */
function refusal(error: unknown, locale: AppLocale): Response {
  let status = 500;
  let key = "internal";
  if (error instanceof FileRefused) [status, key] = [error.status, error.key];
  else if (error instanceof AppError) [status, key] = [statusOf[error.code], error.key];
  else logger.error({ err: error }, "file route failed");
  const message = translate(locale, `errors.${key}`, { max: MAX_FILE_BYTES / 1024 / 1024 }) ?? key;
  return Response.json({ error: key, message }, { status, headers: { "cache-control": "no-store" } });
}

const field = (value: FormDataEntryValue | null) => (typeof value === "string" && value.trim() ? value.trim() : null);

/** POST /api/files/upload: multipart with `file` and `agencySlug` (+ `clientSlug`), or `clientSlug` alone from the portal. */
export async function handleUpload(req: Request, userId: string | null, deps: Deps = defaults()): Promise<Response> {
  const locale = localeOf(req);
  try {
    if (!userId) throw new AppError("UNAUTHORIZED", "unauthorized");
    const form = await readLimitedFormData(req, UPLOAD_BODY_LIMIT);
    const target = await resolveUploadTarget(deps.db, userId, { agencySlug: field(form.get("agencySlug")), clientSlug: field(form.get("clientSlug")) });
    const file = form.get("file");
    if (!(file instanceof File)) throw new FileRefused(400, "fileMissing");
    const stored = await storeFile(deps.db, deps.storage, target, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    return Response.json(stored, { status: 201, headers: { "cache-control": "no-store" } });
  } catch (error) {
    return refusal(error, locale);
  }
}

/** GET /api/files/<id>: the bytes, to whoever may read them; `?inline=1` lets the browser show it. */
export async function handleDownload(req: Request, userId: string | null, fileId: string, deps: Deps = defaults()): Promise<Response> {
  const locale = localeOf(req);
  try {
    const { file, object } = await openFileFor(deps.db, deps.storage, userId, fileId);
    const inline = new URL(req.url).searchParams.get("inline") === "1";
    return new Response(object.stream, {
      status: 200,
      headers: {
        "content-type": file.contentType,
        "content-length": String(object.size),
        "content-disposition": contentDisposition(file.filename, inline ? "inline" : "attachment"),
        "x-content-type-options": "nosniff",
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    return refusal(error, locale);
  }
}
