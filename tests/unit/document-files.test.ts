import { describe, expect, it } from "vitest";
import { contentDisposition, safeFilename } from "@/server/documents/file-names";
import { scopeOfKey, storageKeyFor } from "@/server/documents/file-scope";
import { sniffContentType } from "@/server/documents/sniff";
import { signatureType } from "@/server/documents/upload-limits";
import { assertStorageKey } from "@/server/storage/file-storage";
import { sampleGif, sampleJpeg, samplePdf, samplePng, sampleText } from "../support/file-samples";

describe("file type from the bytes", () => {
  it("recognises real PDF, PNG and JPEG files", async () => {
    expect(await sniffContentType(samplePdf())).toBe("application/pdf");
    expect(await sniffContentType(samplePng())).toBe("image/png");
    expect(await sniffContentType(sampleJpeg())).toBe("image/jpeg");
  });
  it("refuses other files however they are named (the name is never looked at)", async () => {
    expect(await sniffContentType(sampleGif())).toBeNull();
    expect(await sniffContentType(sampleText())).toBeNull();
    expect(await sniffContentType(new Uint8Array())).toBeNull();
  });
  it("the browser's quick check agrees with the server on the same bytes", async () => {
    for (const bytes of [samplePdf(), samplePng(), sampleJpeg(), sampleGif(), sampleText()]) {
      expect(signatureType(bytes.subarray(0, 16))).toBe(await sniffContentType(bytes));
    }
  });
});

describe("file names", () => {
  it("keeps a good name, Cyrillic included", () => {
    expect(safeFilename("Лицензия связи 2025.pdf", "application/pdf")).toBe("Лицензия связи 2025.pdf");
    expect(safeFilename("scan.JPEG", "image/jpeg")).toBe("scan.JPEG");
  });
  it("gives the extension of the real type, and drops paths and control characters", () => {
    expect(safeFilename("contract.docx", "application/pdf")).toBe("contract.docx.pdf");
    expect(safeFilename("C:\\Users\\olga\\scan", "image/png")).toBe("scan.png");
    expect(safeFilename("../../etc/pass\u0000wd\r\n.pdf", "application/pdf")).toBe("passwd.pdf");
    expect(safeFilename("", "image/jpeg")).toBe("document.jpg");
    expect(safeFilename("   .pdf", "application/pdf")).toBe("pdf.pdf");
  });
  it("cuts a long name to 150 characters, keeping the extension", () => {
    const name = safeFilename(`${"Договор".repeat(40)}.pdf`, "application/pdf");
    expect(Array.from(name)).toHaveLength(150);
    expect(name.endsWith(".pdf")).toBe(true);
  });
});

describe("Content-Disposition", () => {
  it("gives an ASCII fallback and the exact UTF-8 name (RFC 5987) for Cyrillic names", () => {
    expect(contentDisposition("Договор №5.pdf")).toBe(
      `attachment; filename="_______ _5.pdf"; filename*=UTF-8''%D0%94%D0%BE%D0%B3%D0%BE%D0%B2%D0%BE%D1%80%20%E2%84%965.pdf`,
    );
  });
  it("cannot be broken out of by quotes, and decodes back to the name", () => {
    const header = contentDisposition(`a"b\\c'(1).png`, "inline");
    expect(header.startsWith(`inline; filename="a_b_c'(1).png"; filename*=UTF-8''`)).toBe(true);
    expect(decodeURIComponent(header.split("UTF-8''")[1]!)).toBe(`a"b\\c'(1).png`);
    expect(header.split("UTF-8''")[1]).not.toMatch(/['()"]/);
  });
});

describe("storage keys", () => {
  it("carry the scope of the file, and nothing else parses as one", () => {
    expect(scopeOfKey(storageKeyFor({ agencyId: "ag1", clientId: null }, "f-1"))).toEqual({ agencyId: "ag1", clientId: null });
    expect(scopeOfKey(storageKeyFor({ agencyId: "ag1", clientId: "cl2" }, "f-1"))).toEqual({ agencyId: "ag1", clientId: "cl2" });
    expect(scopeOfKey("agencies/ag1/clients/cl2/../x")).toBeNull();
    expect(() => storageKeyFor({ agencyId: "../x", clientId: null }, "f")).toThrow();
  });
  it("cannot leave the storage directory", () => {
    for (const bad of ["../x", "a/../../x", "/etc/passwd", "a//b", "a/./b", "a\\b", ""]) expect(() => assertStorageKey(bad)).toThrow();
    expect(() => assertStorageKey("agencies/a1/agency/3f2c-1.pdf")).not.toThrow();
  });
});
