import { FileRefused } from "./file-errors";

/**
 * Parses a multipart body while counting its bytes: past `limit` the stream is cut (the rest is never
 * read) and the upload refused as too large. So memory is bounded by the limit however much is sent,
 * whatever Content-Length claimed or when it is absent (chunked).
 */
export async function readLimitedFormData(req: Request, limit: number): Promise<FormData> {
  const contentType = req.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data;/i.test(contentType) || !req.body) throw new FileRefused(400, "uploadMalformed");
  const declared = Number(req.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw new FileRefused(413, "fileTooLarge");
  let seen = 0;
  let tooLarge = false;
  const limited = req.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > limit) {
          tooLarge = true;
          controller.error(new FileRefused(413, "fileTooLarge"));
          return;
        }
        controller.enqueue(chunk);
      },
    }),
  );
  try {
    const init = { method: "POST", headers: { "content-type": contentType }, body: limited, duplex: "half" };
    return await new Request("http://upload.invalid/", init as RequestInit).formData();
  } catch {
    throw tooLarge ? new FileRefused(413, "fileTooLarge") : new FileRefused(400, "uploadMalformed");
  }
}
