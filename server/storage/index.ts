import os from "node:os";
import path from "node:path";
import type { Env } from "../env";
import { env } from "../env";
import type { FileStorage } from "./file-storage";
import { LocalDiskStorage } from "./local-disk-storage";
import { S3Storage } from "./s3-storage";

export type { FileStorage, StoredObject } from "./file-storage";

type StorageEnv = Pick<Env, "NODE_ENV" | "FILE_STORAGE_DIR" | "S3_BUCKET" | "S3_REGION" | "S3_ENDPOINT" | "S3_ACCESS_KEY_ID" | "S3_SECRET_ACCESS_KEY" | "S3_FORCE_PATH_STYLE">;

/**
 * The adapter the configuration asks for: S3 when S3_BUCKET is set, else the local disk under
 * FILE_STORAGE_DIR (relative paths are taken from the working directory, the project root under
 * `npm start`). Tests that set neither get a directory of their own under the system's temp dir, so a
 * test run never writes into the project's `.data`.
 */
export function createFileStorage(e: StorageEnv): FileStorage {
  if (e.S3_BUCKET) {
    return new S3Storage({
      bucket: e.S3_BUCKET,
      region: e.S3_REGION,
      endpoint: e.S3_ENDPOINT,
      accessKeyId: e.S3_ACCESS_KEY_ID,
      secretAccessKey: e.S3_SECRET_ACCESS_KEY,
      forcePathStyle: e.S3_FORCE_PATH_STYLE,
    });
  }
  const dir = e.FILE_STORAGE_DIR ?? (e.NODE_ENV === "test" ? path.join(os.tmpdir(), `switchboard-test-files-${process.pid}`) : ".data/files");
  return new LocalDiskStorage(path.resolve(dir));
}

const globalForStorage = globalThis as unknown as { switchboardStorage?: FileStorage };

/** The process's storage adapter, made once from the environment. */
export function fileStorage(): FileStorage {
  globalForStorage.switchboardStorage ??= createFileStorage(env());
  return globalForStorage.switchboardStorage;
}
