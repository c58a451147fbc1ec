import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { FileRefused } from "@/server/documents/file-errors";
import { handleDownload, handleUpload, UPLOAD_BODY_LIMIT } from "@/server/documents/file-http";
import { deleteUnattachedFiles, storeFile } from "@/server/documents/files";
import { MAX_FILE_BYTES } from "@/server/documents/upload-limits";
import { makeClient } from "./cross-tenant/world";
import { documentInput, uploaded, useTempFileStorage } from "../support/documents";
import { oversizePdf, sampleGif, sampleJpeg, samplePdf, sampleText } from "../support/file-samples";
import { makeTenant } from "../support/tenants";

const { storage, files } = useTempFileStorage();
const deps = { db, storage };

function uploadRequest(fields: Record<string, string>, file?: { bytes: Uint8Array; name: string; type?: string }, headers: Record<string, string> = {}) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  // The browser's claimed type is deliberately wrong at times: only the bytes count.
  if (file) form.append("file", new Blob([new Uint8Array(file.bytes)], { type: file.type ?? "application/pdf" }), file.name);
  return new Request("http://localhost/api/files/upload", { method: "POST", body: form, headers });
}
const downloadRequest = (id: string, query = "") => new Request(`http://localhost/api/files/${id}${query}`);

async function world(label: string) {
  const t = await makeTenant(label);
  const client = await makeClient(t.agency.id, `${label}-client`);
  const sibling = await makeClient(t.agency.id, `${label}-sibling`);
  return { t, client, sibling };
}

describe("storing an upload", () => {
  it("refuses an over-size file and a file that is not PDF/PNG/JPEG by its bytes, storing nothing", async () => {
    const { t } = await world("refuse");
    const target = { agencyId: t.agency.id, clientId: null, userId: t.users.ADMIN.id };
    const before = files();
    const refusal = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e);
    expect(await refusal(storeFile(db, storage, target, { name: "big.pdf", bytes: oversizePdf(MAX_FILE_BYTES) }))).toMatchObject({ status: 413, key: "fileTooLarge" });
    expect(await refusal(storeFile(db, storage, target, { name: "notes.pdf", bytes: sampleText() }))).toMatchObject({ status: 415, key: "fileTypeNotAllowed" });
    expect(await refusal(storeFile(db, storage, target, { name: "anim.pdf", bytes: sampleGif() }))).toBeInstanceOf(FileRefused);
    expect(await refusal(storeFile(db, storage, target, { name: "empty.pdf", bytes: new Uint8Array() }))).toMatchObject({ status: 400, key: "fileEmpty" });
    expect(await db.storedFile.count({ where: { agencyId: t.agency.id } })).toBe(0);
    expect(files()).toEqual(before);
  });

  it("accepts a file of exactly the maximum size, keeping its hash and the type of its bytes", async () => {
    const { t } = await world("max");
    const bytes = oversizePdf(MAX_FILE_BYTES - 1);
    const stored = await storeFile(db, storage, { agencyId: t.agency.id, clientId: null, userId: t.users.ADMIN.id }, { name: "scan.jpg", bytes });
    expect(stored).toMatchObject({ size: MAX_FILE_BYTES, contentType: "application/pdf", filename: "scan.jpg.pdf" });
    expect((await db.storedFile.findUniqueOrThrow({ where: { id: stored.id } })).sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("POST /api/files/upload", () => {
  it("an agency admin uploads; the answer names the stored file", async () => {
    const { t } = await world("up");
    const res = await handleUpload(uploadRequest({ agencySlug: t.agency.slug }, { bytes: sampleJpeg(), name: "Лицензия.jpeg", type: "application/pdf" }), t.users.ADMIN.id, deps);
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string };
    expect(body).toEqual({ id: expect.any(String), filename: "Лицензия.jpeg", contentType: "image/jpeg", size: sampleJpeg().length });
    const row = await db.storedFile.findUniqueOrThrow({ where: { id: body.id } });
    expect(row.storageKey.startsWith(`agencies/${t.agency.id}/agency/`)).toBe(true);
  });

  it("answers 413 and 415 with a translated JSON message, storing nothing", async () => {
    const { t } = await world("up-bad");
    const before = files();
    const tooBig = await handleUpload(uploadRequest({ agencySlug: t.agency.slug }, { bytes: oversizePdf(MAX_FILE_BYTES), name: "big.pdf" }), t.users.ADMIN.id, deps);
    expect(tooBig.status).toBe(413);
    expect(await tooBig.json()).toEqual({ error: "fileTooLarge", message: "The file is larger than 20 MB." });
    const wrong = await handleUpload(
      uploadRequest({ agencySlug: t.agency.slug }, { bytes: sampleText(), name: "contract.pdf" }, { cookie: "NEXT_LOCALE=ru" }),
      t.users.ADMIN.id,
      deps,
    );
    expect(wrong.status).toBe(415);
    expect(await wrong.json()).toMatchObject({ error: "fileTypeNotAllowed", message: expect.stringMatching(/^Можно загружать только/) });
    expect(await db.storedFile.count({ where: { agencyId: t.agency.id } })).toBe(0);
    expect(files()).toEqual(before);
  });

  it("cuts a body that grows past the limit while streaming, without reading the rest", async () => {
    const { t } = await world("stream");
    const boundary = "----switchboard";
    const head = new TextEncoder().encode(
      `--${boundary}\r\nContent-Disposition: form-data; name="agencySlug"\r\n\r\n${t.agency.slug}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="endless.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`,
    );
    let sent = 0;
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        // 200 MB if read to the end, with no Content-Length to go by.
        if (sent > 200 * 1024 * 1024) return controller.close();
        const next = sent === 0 ? head : chunk;
        sent += next.byteLength;
        controller.enqueue(next);
      },
    });
    const req = new Request("http://localhost/api/files/upload", {
      method: "POST",
      body: endless,
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
      duplex: "half",
    } as RequestInit);
    const res = await handleUpload(req, t.users.ADMIN.id, deps);
    expect(res.status).toBe(413);
    expect(sent).toBeLessThan(UPLOAD_BODY_LIMIT + 4 * chunk.byteLength);
    expect(await db.storedFile.count({ where: { agencyId: t.agency.id } })).toBe(0);
  });

  it("refuses by the session: signed out 401, below ADMIN 403, another agency or client 404", async () => {
    const { t, client } = await world("up-rights");
    const other = await makeTenant("up-rights-other");
    const pdf = { bytes: samplePdf(), name: "a.pdf" };
    const status = async (userId: string | null, fields: Record<string, string>) => (await handleUpload(uploadRequest(fields, pdf), userId, deps)).status;
    expect(await status(null, { agencySlug: t.agency.slug })).toBe(401);
    expect(await status(t.users.OPERATOR.id, { agencySlug: t.agency.slug })).toBe(403);
    expect(await status(other.users.OWNER.id, { agencySlug: t.agency.slug })).toBe(404);
    expect(await status(other.users.OWNER.id, { agencySlug: other.agency.slug, clientSlug: client.slug })).toBe(404);
    expect(await status(client.users.CLIENT_ADMIN.id, { agencySlug: t.agency.slug })).toBe(404);
    expect(await status(client.users.CLIENT_VIEWER.id, { clientSlug: client.slug })).toBe(403);
    expect(await status(t.users.OWNER.id, {})).toBe(400);
    expect(await db.storedFile.count({ where: { agencyId: t.agency.id } })).toBe(0);
  });

  it("a client admin uploads from the portal for its own client", async () => {
    const { t, client } = await world("up-portal");
    const res = await handleUpload(uploadRequest({ clientSlug: client.slug }, { bytes: samplePdf(), name: "consent.pdf" }), client.users.CLIENT_ADMIN.id, deps);
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const row = await db.storedFile.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ agencyId: t.agency.id, storageKey: expect.stringMatching(`^agencies/${t.agency.id}/clients/${client.id}/`) });
  });
});

describe("GET /api/files/<id>", () => {
  it("agency members download; client users download their client's files; others get 404, the signed out 401", async () => {
    const { t, client, sibling } = await world("down");
    const other = await makeTenant("down-other");
    const agencyFile = await uploaded(storage, { agencyId: t.agency.id, userId: t.users.ADMIN.id }, samplePdf(), "Разрешение на связь.pdf");
    const clientFile = await uploaded(storage, { agencyId: t.agency.id, clientId: client.id, userId: t.users.ADMIN.id });
    await t.as("ADMIN").document.create({ agencySlug: t.agency.slug, ...documentInput({ fileId: agencyFile.id }) });
    await t.as("ADMIN").document.createForClient({ agencySlug: t.agency.slug, clientSlug: client.slug, ...documentInput({ fileId: clientFile.id }) });

    const status = async (userId: string | null, id: string) => (await handleDownload(downloadRequest(id), userId, id, deps)).status;
    for (const role of ["OWNER", "ADMIN", "SUPERVISOR", "OPERATOR"] as const) {
      expect(await status(t.users[role].id, agencyFile.id)).toBe(200);
      expect(await status(t.users[role].id, clientFile.id)).toBe(200);
    }
    expect(await status(client.users.CLIENT_VIEWER.id, clientFile.id)).toBe(200);
    expect(await status(client.users.CLIENT_ADMIN.id, clientFile.id)).toBe(200);
    expect(await status(client.users.CLIENT_ADMIN.id, agencyFile.id)).toBe(404); // the agency's own papers
    expect(await status(sibling.users.CLIENT_ADMIN.id, clientFile.id)).toBe(404);
    expect(await status(other.users.OWNER.id, agencyFile.id)).toBe(404);
    expect(await status(other.users.OWNER.id, clientFile.id)).toBe(404);
    expect(await status(null, agencyFile.id)).toBe(401);
    expect(await status(t.users.OWNER.id, "no-such-file")).toBe(404);
  });

  it("sends the bytes with the sniffed type, nosniff and the name (RFC 5987)", async () => {
    const { t } = await world("down-h");
    const file = await uploaded(storage, { agencyId: t.agency.id, userId: t.users.ADMIN.id }, sampleJpeg(), "Скан паспорта.jpg");
    const res = await handleDownload(downloadRequest(file.id), t.users.OPERATOR.id, file.id, deps);
    expect(Object.fromEntries(res.headers)).toMatchObject({
      "content-type": "image/jpeg",
      "content-length": String(sampleJpeg().length),
      "x-content-type-options": "nosniff",
      "content-disposition": `attachment; filename="____ ________.jpg"; filename*=UTF-8''${encodeURIComponent("Скан паспорта.jpg")}`,
    });
    expect(Buffer.from(await res.arrayBuffer())).toEqual(sampleJpeg());
    const inline = await handleDownload(downloadRequest(file.id, "?inline=1"), t.users.OPERATOR.id, file.id, deps);
    expect(inline.headers.get("content-disposition")).toMatch(/^inline; /);
    await inline.body?.cancel();
  });
});

describe("unattached uploads", () => {
  it("are removed with their bytes after a day; attached ones stay", async () => {
    const { t } = await world("orphan");
    const stray = await uploaded(storage, { agencyId: t.agency.id, userId: t.users.ADMIN.id });
    const kept = await uploaded(storage, { agencyId: t.agency.id, userId: t.users.ADMIN.id });
    await t.as("ADMIN").document.create({ agencySlug: t.agency.slug, ...documentInput({ fileId: kept.id }) });
    const strayKey = (await db.storedFile.findUniqueOrThrow({ where: { id: stray.id } })).storageKey;

    expect(await deleteUnattachedFiles(db, storage, new Date())).toBe(0); // too fresh: maybe being filled in
    const tomorrow = new Date(Date.now() + 25 * 3600_000);
    expect(await deleteUnattachedFiles(db, storage, tomorrow)).toBeGreaterThanOrEqual(1);
    expect(await db.storedFile.findUnique({ where: { id: stray.id } })).toBeNull();
    expect(await storage.get(strayKey)).toBeNull();
    expect(await db.storedFile.findUnique({ where: { id: kept.id } })).not.toBeNull();
  });
});
