import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFileStorage, type FileStorage } from "@/server/storage";
import { LocalDiskStorage } from "@/server/storage/local-disk-storage";
import { S3Storage } from "@/server/storage/s3-storage";
import { startFakeS3 } from "../support/fake-s3";
import { samplePdf, samplePng } from "../support/file-samples";

const read = async (stream: ReadableStream<Uint8Array>) => Buffer.from(await new Response(stream).arrayBuffer());

/** What every adapter must do, run against each of them. */
function behavesLikeStorage(name: string, make: () => FileStorage) {
  describe(name, () => {
    it("gives back the bytes it was given, with their size, from bytes or a stream", async () => {
      const storage = make();
      const pdf = samplePdf("Лицензия");
      await storage.put("agencies/a1/agency/doc-1", pdf, "application/pdf");
      await storage.put("agencies/a1/clients/c1/doc-2", Readable.from([samplePng().subarray(0, 10), samplePng().subarray(10)]), "image/png");
      const one = await storage.get("agencies/a1/agency/doc-1");
      expect(one?.size).toBe(pdf.length);
      expect(await read(one!.stream)).toEqual(pdf);
      expect(await read((await storage.get("agencies/a1/clients/c1/doc-2"))!.stream)).toEqual(samplePng());
    });

    it("replaces an object written again under the same key", async () => {
      const storage = make();
      await storage.put("agencies/a1/agency/doc-3", samplePdf("one"), "application/pdf");
      await storage.put("agencies/a1/agency/doc-3", samplePdf("two"), "application/pdf");
      expect(await read((await storage.get("agencies/a1/agency/doc-3"))!.stream)).toEqual(samplePdf("two"));
    });

    it("answers null for a missing object, and deleting twice is fine", async () => {
      const storage = make();
      await storage.put("agencies/a1/agency/doc-4", samplePdf(), "application/pdf");
      await storage.delete("agencies/a1/agency/doc-4");
      await storage.delete("agencies/a1/agency/doc-4");
      expect(await storage.get("agencies/a1/agency/doc-4")).toBeNull();
      expect(await storage.get("agencies/a1/agency/never-written")).toBeNull();
    });

    it("refuses keys that could escape its place", async () => {
      const storage = make();
      await expect(storage.put("../outside", samplePdf(), "application/pdf")).rejects.toThrow(/invalid storage key/);
      await expect(storage.get("a/../../etc/passwd")).rejects.toThrow(/invalid storage key/);
    });
  });
}

let dir: string;
let s3: Awaited<ReturnType<typeof startFakeS3>>;
const s3Config = () => ({ bucket: "switchboard-files", region: "eu-central-1", endpoint: s3.endpoint, accessKeyId: "AKIAFAKE", secretAccessKey: "fake-secret", forcePathStyle: true });

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "switchboard-storage-"));
  s3 = await startFakeS3({ bucket: "switchboard-files", accessKeyId: "AKIAFAKE" });
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
  await s3.stop();
});

behavesLikeStorage("local disk", () => new LocalDiskStorage(dir));
behavesLikeStorage("S3 (real AWS SDK against a local S3 over HTTP)", () => new S3Storage(s3Config()));

describe("local disk", () => {
  it("keeps files under its base directory only, with no half-written leftovers", async () => {
    await new LocalDiskStorage(dir).put("agencies/a9/agency/f1", samplePdf(), "application/pdf");
    expect(await fs.readFile(path.join(dir, "agencies", "a9", "agency", "f1"))).toEqual(samplePdf());
    expect(await fs.readdir(path.join(dir, "agencies", "a9", "agency"))).toEqual(["f1"]);
  });
});

describe("S3", () => {
  it("puts the object in the bucket with its content type", async () => {
    await new S3Storage(s3Config()).put("agencies/a1/agency/typed", samplePng(), "image/png");
    expect(s3.objects.get("agencies/a1/agency/typed")).toEqual({ body: samplePng(), contentType: "image/png" });
  });
  it("fails loudly with the wrong credentials instead of losing the file", async () => {
    const storage = new S3Storage({ ...s3Config(), accessKeyId: "AKIAWRONG" });
    await expect(storage.put("agencies/a1/agency/x", samplePdf(), "application/pdf")).rejects.toThrow();
    expect(s3.objects.has("agencies/a1/agency/x")).toBe(false);
  });
});

describe("choosing the adapter from the configuration", () => {
  const base = { NODE_ENV: "test" as const, S3_REGION: "us-east-1", S3_FORCE_PATH_STYLE: false };
  it("uses S3 when S3_BUCKET is set, the local disk otherwise", async () => {
    expect(createFileStorage({ ...base, S3_BUCKET: "b" })).toBeInstanceOf(S3Storage);
    expect(createFileStorage({ ...base, FILE_STORAGE_DIR: dir })).toBeInstanceOf(LocalDiskStorage);
  });
  it("S3 from the variables reaches the configured endpoint", async () => {
    const storage = createFileStorage({
      ...base,
      S3_BUCKET: "switchboard-files",
      S3_ENDPOINT: s3.endpoint,
      S3_ACCESS_KEY_ID: "AKIAFAKE",
      S3_SECRET_ACCESS_KEY: "fake-secret",
      S3_FORCE_PATH_STYLE: true,
    });
    await storage.put("agencies/a1/agency/from-env", samplePdf(), "application/pdf");
    expect(s3.objects.has("agencies/a1/agency/from-env")).toBe(true);
  });
});
