import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

type StoredObject = { body: Buffer; contentType: string };

/**
 * Just enough of S3 for the storage adapter's tests: path-style PutObject, GetObject and DeleteObject on one
 * bucket, S3's XML errors, and a check that each request is signed (SigV4) with the expected access key
 * and that the payload hash the SDK signed matches the bytes that arrived. The real AWS SDK talks to it
 * over real HTTP.
 */
export async function startFakeS3(opts: { bucket: string; accessKeyId: string }) {
  const objects = new Map<string, StoredObject>();
  const requests: { method: string; key: string }[] = [];

  const xmlError = (res: http.ServerResponse, status: number, code: string, message: string) => {
    res.writeHead(status, { "content-type": "application/xml", "x-amz-request-id": "fake" });
    res.end(`<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>fake</RequestId></Error>`);
  };

  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(req.url ?? "/", "http://fake");
    const [, bucket = "", ...rest] = url.pathname.split("/");
    const key = rest.map(decodeURIComponent).join("/");
    requests.push({ method: req.method ?? "", key });

    if (!(req.headers.authorization ?? "").startsWith(`AWS4-HMAC-SHA256 Credential=${opts.accessKeyId}/`)) {
      return xmlError(res, 403, "InvalidAccessKeyId", "The AWS access key Id you provided does not exist in our records.");
    }
    const signedHash = req.headers["x-amz-content-sha256"];
    if (typeof signedHash === "string" && /^[0-9a-f]{64}$/.test(signedHash) && signedHash !== createHash("sha256").update(body).digest("hex")) {
      return xmlError(res, 400, "XAmzContentSHA256Mismatch", "The provided 'x-amz-content-sha256' header does not match what was computed.");
    }
    if (bucket !== opts.bucket) return xmlError(res, 404, "NoSuchBucket", "The specified bucket does not exist");

    if (req.method === "PUT" && key) {
      objects.set(key, { body, contentType: req.headers["content-type"] ?? "binary/octet-stream" });
      res.writeHead(200, { etag: `"${createHash("md5").update(body).digest("hex")}"` });
      return res.end();
    }
    if (req.method === "GET" && key) {
      const object = objects.get(key);
      if (!object) return xmlError(res, 404, "NoSuchKey", "The specified key does not exist.");
      res.writeHead(200, { "content-type": object.contentType, "content-length": object.body.length, etag: '"x"' });
      return res.end(object.body);
    }
    if (req.method === "DELETE" && key) {
      objects.delete(key);
      res.writeHead(204);
      return res.end();
    }
    xmlError(res, 405, "MethodNotAllowed", "The specified method is not allowed against this resource.");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    objects,
    requests,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
