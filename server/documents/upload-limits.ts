/**
 * What may be uploaded as a compliance document's file. Used by the server (which decides from the bytes,
 * with file-type) and by the upload dialog (which checks the same limits before sending anything).
 */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export const ALLOWED_FILE_TYPES: Record<"application/pdf" | "image/png" | "image/jpeg", { ext: string; alsoExt: readonly string[] }> = {
  "application/pdf": { ext: "pdf", alsoExt: [] },
  "image/png": { ext: "png", alsoExt: [] },
  "image/jpeg": { ext: "jpg", alsoExt: ["jpeg", "jpe"] },
};
export type AllowedContentType = keyof typeof ALLOWED_FILE_TYPES;

export function isAllowedContentType(mime: string): mime is AllowedContentType {
  return Object.hasOwn(ALLOWED_FILE_TYPES, mime);
}

/** For the file picker: a hint to the browser, not a check. */
export const FILE_INPUT_ACCEPT = "application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg";

/**
 * The browser's quick check from a file's first bytes (PDF, PNG and JPEG signatures), so a wrong file is
 * refused before it is sent. The server sniffs again with file-type and has the last word.
 */
export function signatureType(head: Uint8Array): AllowedContentType | null {
  const starts = (sig: number[]) => sig.every((b, i) => head[i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return "application/pdf"; // %PDF-
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (starts([0xff, 0xd8, 0xff])) return "image/jpeg";
  return null;
}
