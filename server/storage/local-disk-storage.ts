import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { assertStorageKey, type FileStorage, type StoredObject } from "./file-storage";

/**
 * Files on the local disk under one base directory (`.data/files` by default). Writes go to a temporary
 * name first and are renamed into place, so a crash never leaves a half-written file under a real key.
 */
export class LocalDiskStorage implements FileStorage {
  constructor(private readonly baseDir: string) {}

  private pathOf(key: string): string {
    assertStorageKey(key);
    return path.join(this.baseDir, ...key.split("/"));
  }

  async put(key: string, body: Uint8Array | Readable, _contentType: string): Promise<void> {
    const target = this.pathOf(key);
    await fs.mkdir(path.dirname(target), { recursive: true });
    const temp = `${target}.${randomUUID()}.part`;
    try {
      if (body instanceof Uint8Array) await fs.writeFile(temp, body, { flag: "wx" });
      else await pipeline(body, (await fs.open(temp, "wx")).createWriteStream());
      await fs.rename(temp, target);
    } catch (error) {
      await fs.rm(temp, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<StoredObject | null> {
    const file = this.pathOf(key);
    let size: number;
    try {
      const stat = await fs.stat(file);
      if (!stat.isFile()) return null;
      size = stat.size;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
    const stream = Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
    return { stream, size };
  }

  async delete(key: string): Promise<void> {
    await fs.rm(this.pathOf(key), { force: true });
  }
}
