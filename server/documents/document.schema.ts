import { z } from "zod";
import type { DocumentKind } from "../generated/prisma/enums";

/** Shared by the procedures and the forms, so a person sees the server's rules before sending. */
export const DOCUMENT_KINDS = [
  "BUSINESS_LICENCE",
  "TELECOM_PERMIT",
  "CONTRACT",
  "DATA_PROCESSING_AGREEMENT",
  "RECORDING_CONSENT",
  "OTHER",
] as const satisfies readonly DocumentKind[];

const id = z.string().min(1).max(64);
const text = (max: number) => z.string().trim().max(max, "validation.tooLong");

/** A calendar date as a date input gives it (`YYYY-MM-DD`), or empty for none. */
const optionalDate = z
  .string()
  .trim()
  .refine((v) => v === "" || isCalendarDate(v), "validation.document.date");

function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1900 && y <= 2200 && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const documentFields = z.object({
  kind: z.enum(DOCUMENT_KINDS, "validation.document.kind"),
  title: text(200),
  number: text(100),
  issuer: text(200),
  validFrom: optionalDate,
  validUntil: optionalDate,
});

// ISO dates compare correctly as strings.
const untilNotBeforeFrom = (v: { validFrom: string; validUntil: string }) => !v.validFrom || !v.validUntil || v.validUntil >= v.validFrom;
const dateOrder = { path: ["validUntil"], message: "validation.document.untilBeforeFrom" };

/** The metadata form (the file is uploaded before it). */
export const documentFormSchema = documentFields.refine(untilNotBeforeFrom, dateOrder);
export type DocumentFormValues = z.input<typeof documentFormSchema>;

export const createDocumentSchema = documentFields.extend({ fileId: id }).refine(untilNotBeforeFrom, dateOrder);
export type CreateDocumentInput = z.output<typeof createDocumentSchema>;

/** `fileId` replaces the attached file (the old one is removed); leave it out to keep the file. */
export const updateDocumentSchema = documentFields.extend({ documentId: id, fileId: id.optional() }).refine(untilNotBeforeFrom, dateOrder);
export type UpdateDocumentInput = z.output<typeof updateDocumentSchema>;

export const documentIdSchema = z.object({ documentId: id });
