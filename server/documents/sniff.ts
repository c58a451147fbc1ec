import { isAllowedContentType, type AllowedContentType } from "./upload-limits";

/**
 * The type of a file from its bytes (file-type reads the signatures), never from its name or the
 * browser's claim. Null for anything but PDF, PNG and JPEG. file-type is ESM-only, hence the dynamic import.
 */
export async function sniffContentType(bytes: Uint8Array): Promise<AllowedContentType | null> {
  if (bytes.byteLength === 0) return null;
  const { fileTypeFromBuffer } = await import("file-type");
  const found = await fileTypeFromBuffer(bytes);
  return found && isAllowedContentType(found.mime) ? found.mime : null;
}
