/** What the upload route answers for a stored file. */
export type UploadedFile = { id: string; filename: string; contentType: string; size: number };

export class UploadFailed extends Error {
  /** `message` is the server's translated reason, or null when the connection failed. */
  constructor(readonly serverMessage: string | null) {
    super(serverMessage ?? "network");
  }
}

/**
 * Sends one file to POST /api/files/upload with XMLHttpRequest, because fetch cannot report upload
 * progress. The scope fields go before the file. Rejects with UploadFailed, or an AbortError on abort().
 */
export function uploadFile(file: File, fields: Record<string, string>, onProgress: (fraction: number) => void) {
  const xhr = new XMLHttpRequest();
  const promise = new Promise<UploadedFile>((resolve, reject) => {
    xhr.open("POST", "/api/files/upload");
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      if (xhr.status === 201) return resolve(xhr.response as UploadedFile);
      const body = xhr.response as { message?: unknown } | null;
      reject(new UploadFailed(typeof body?.message === "string" ? body.message : null));
    };
    xhr.onerror = () => reject(new UploadFailed(null));
    xhr.onabort = () => reject(new DOMException("aborted", "AbortError"));
    const body = new FormData();
    for (const [k, v] of Object.entries(fields)) body.append(k, v);
    body.append("file", file);
    xhr.send(body);
  });
  return { promise, abort: () => xhr.abort() };
}
