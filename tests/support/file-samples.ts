import { crc32, deflateSync } from "node:zlib";

/** Small real files, made here so the tests need no fixtures: what a person would upload. */

/** A one-page PDF (the smallest structure a viewer opens). */
export function samplePdf(text = "Licence"): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n` +
      `3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R>> endobj\n` +
      `4 0 obj <</Length ${text.length + 24}>> stream\nBT /F1 12 Tf 10 50 Td (${text}) Tj ET\nendstream endobj\n` +
      `trailer <</Root 1 0 R>>\n%%EOF\n`,
    "latin1",
  );
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A 1×1 red PNG with valid chunks and checksums. */
export function samplePng(): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", ihdr),
    pngChunk("IDAT", deflateSync(Buffer.from([0, 255, 0, 0]))),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

/** A JPEG/JFIF: start of image, the JFIF APP0 segment, a comment, end of image. */
export function sampleJpeg(): Buffer {
  const jfif = Buffer.from([0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]);
  const app0 = Buffer.concat([Buffer.from([0xff, 0xe0, 0x00, jfif.length + 2]), jfif]);
  const note = Buffer.from("switchboard test", "latin1");
  const com = Buffer.concat([Buffer.from([0xff, 0xfe, 0x00, note.length + 2]), note]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, com, Buffer.from([0xff, 0xd9])]);
}

/** Not allowed: a GIF and plain text (each given a ".pdf" name in the tests). */
export function sampleGif(): Buffer {
  return Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");
}
export const sampleText = () => Buffer.from("This is not a PDF, whatever its name says.\n");

/** A PDF one byte over the limit (a real header, then padding). */
export function oversizePdf(maxBytes: number): Buffer {
  const buffer = Buffer.alloc(maxBytes + 1, 0x20);
  samplePdf().copy(buffer);
  return buffer;
}
