import { ALLOWED_FILE_TYPES, type AllowedContentType } from "./upload-limits";

const MAX_NAME = 150;

/**
 * The name a file is kept and downloaded under: the last path segment of what the browser sent, without
 * control or reserved characters, at most 150 characters, and ending in the extension of the type the
 * bytes really are (a PDF sent as `scan.docx` downloads as `scan.docx.pdf`).
 */
export function safeFilename(raw: string, type: AllowedContentType): string {
  const { ext, alsoExt } = ALLOWED_FILE_TYPES[type];
  const name = (raw.split(/[/\\]/).pop() ?? "")
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "");
  const dot = name.lastIndexOf(".");
  const current = dot > 0 ? name.slice(dot + 1) : "";
  const keepsExt = current.toLowerCase() === ext || alsoExt.includes(current.toLowerCase());
  const extension = keepsExt ? current : ext;
  const stem = (keepsExt ? name.slice(0, dot) : name).trim() || "document";
  // Cut by characters (not UTF-16 units), keeping the extension.
  return `${Array.from(stem).slice(0, MAX_NAME - extension.length - 1).join("").trimEnd()}.${extension}`;
}

/**
 * A Content-Disposition value: an ASCII `filename` for old clients and the exact name as RFC 5987
 * `filename*` (UTF-8, percent-encoded), which every current browser prefers, so Cyrillic names survive.
 */
export function contentDisposition(filename: string, disposition: "attachment" | "inline" = "attachment"): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
