import type { Db } from "../db";
import { createDocument } from "../documents/documents";
import { storeFile } from "../documents/files";
import { fileStorage } from "../storage";

/** A one-page PDF saying what the demo contract is (valid PDF structure: the upload check sniffs the bytes). */
function contractPdf(title: string): Uint8Array {
  const text = `BT /F1 14 Tf 72 760 Td (${title.replace(/[()\\]/g, "")}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

/** The signed service contract on file for a demo client, so its onboarding checklist is complete. */
export async function seedDemoContract(db: Db, scope: { agencyId: string; clientId: string }, userId: string, now = new Date()): Promise<void> {
  if (await db.complianceDocument.count({ where: { clientId: scope.clientId, kind: "CONTRACT" } })) return;
  const file = await storeFile(db, fileStorage(), { ...scope, userId }, { name: "service-contract.pdf", bytes: contractPdf("Hotline service contract (demo)") });
  const from = new Date(now.getTime() - 60 * 86_400_000).toISOString().slice(0, 10);
  await createDocument(db, scope, userId, { kind: "CONTRACT", title: "Hotline service contract", number: "SB-2026-014", issuer: "", validFrom: from, validUntil: "", fileId: file.id }, now);
}
