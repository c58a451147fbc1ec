import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { db } from "@/server/db";
import type { CreateDocumentInput } from "@/server/documents/document.schema";
import { addDays, calendarDateIn, toDateString } from "@/server/documents/expiry";
import { storeFile } from "@/server/documents/files";
import { LocalDiskStorage } from "@/server/storage/local-disk-storage";
import { samplePdf } from "./file-samples";

/**
 * A storage directory of this test file's own, also made the app's (FILE_STORAGE_DIR, read once and
 * lazily), so procedures that delete files work on it too. Call at the top of a test file.
 */
export function useTempFileStorage() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "switchboard-files-"));
  process.env.FILE_STORAGE_DIR = dir;
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const storage = new LocalDiskStorage(dir);
  /** Every file under the directory, as paths relative to it. */
  const files = () => (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[]).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
  return { dir, storage, files };
}

/** An uploaded, unattached file in a scope, as the upload route would store it. */
export async function uploaded(
  storage: LocalDiskStorage,
  scope: { agencyId: string; clientId?: string | null; userId: string },
  bytes: Uint8Array = samplePdf(),
  name = "scan.pdf",
) {
  return storeFile(db, storage, { agencyId: scope.agencyId, clientId: scope.clientId ?? null, userId: scope.userId }, { name, bytes });
}

type Fields = Omit<CreateDocumentInput, "fileId">;

/** Form values of a document, as the metadata form sends them; override what a test is about. */
export function documentInput(): Fields;
export function documentInput<const T extends Partial<Fields> & { fileId?: string }>(overrides: T): Omit<Fields, keyof T> & T;
export function documentInput(overrides: Partial<Fields> & { fileId?: string } = {}) {
  const base: Fields = { kind: "TELECOM_PERMIT", title: "", number: "77-123", issuer: "Roskomnadzor", validFrom: "2024-01-01", validUntil: "2030-01-01" };
  return { ...base, ...overrides };
}

/** `YYYY-MM-DD` of the date `days` from today on the calendar of a test agency (Europe/Moscow). */
export function inDays(days: number, timeZone = "Europe/Moscow"): string {
  return toDateString(addDays(calendarDateIn(new Date(), timeZone), days));
}
