import type { Db, Tx } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { audit } from "../audit";
import { AppError } from "../lib/app-error";
import type { FileStorage } from "../storage/file-storage";
import type { CreateDocumentInput, UpdateDocumentInput } from "./document.schema";
import { expiryOf, fromDateString, toDateString } from "./expiry";
import { scopePrefix, type FileScope } from "./file-scope";
import { discardObjects } from "./files";

/** Where a caller may act: an agency-side caller on any document of its agency, a client user on its client's. */
export type DocumentWhere = { agencyId: string; clientId?: string };
/** A client user may change only the documents its own client added in the portal. */
export type DocumentActor = { userId: string; clientAddedOnly?: string };

export const documentSelect = {
  id: true,
  kind: true,
  title: true,
  number: true,
  issuer: true,
  validFrom: true,
  validUntil: true,
  clientId: true,
  uploadedById: true,
  createdAt: true,
  file: { select: { id: true, filename: true, contentType: true, size: true } },
} satisfies Prisma.ComplianceDocumentSelect;
type Row = Prisma.ComplianceDocumentGetPayload<{ select: typeof documentSelect }>;

/** A document as the UI shows it: dates as `YYYY-MM-DD`, the badge computed for `today`. */
export function presentDocument(row: Row, today: Date, clientUserIds: ReadonlySet<string> = new Set()) {
  const { uploadedById, validFrom, validUntil, ...rest } = row;
  return {
    ...rest,
    validFrom: validFrom ? toDateString(validFrom) : null,
    validUntil: validUntil ? toDateString(validUntil) : null,
    expiry: expiryOf(validUntil, today),
    addedByClient: uploadedById !== null && clientUserIds.has(uploadedById),
  };
}
export type DocumentView = ReturnType<typeof presentDocument>;

async function clientUserIds(db: Db | Tx, clientId: string | null): Promise<Set<string>> {
  if (!clientId) return new Set();
  const members = await db.clientMember.findMany({ where: { clientId }, select: { userId: true } });
  return new Set(members.map((m) => m.userId));
}

/** What the viewer may do: agency ADMIN+ everything; a CLIENT_ADMIN add, and change what its client added. */
export type DocumentViewer = { canAdd: boolean; changes: "all" | "clientAdded" | "none" };

/** The agency's own documents (clientId null) or one client's, soonest expiry first, with the viewer's rights. */
export async function listDocuments(db: Db, scope: FileScope, today: Date, viewer: DocumentViewer) {
  const [rows, clientUsers] = await Promise.all([
    db.complianceDocument.findMany({
      where: { agencyId: scope.agencyId, clientId: scope.clientId },
      orderBy: [{ validUntil: { sort: "asc", nulls: "last" } }, { createdAt: "desc" }],
      take: 500,
      select: documentSelect,
    }),
    clientUserIds(db, scope.clientId),
  ]);
  const items = rows.map((r) => {
    const doc = presentDocument(r, today, clientUsers);
    return { ...doc, canChange: viewer.changes === "all" || (viewer.changes === "clientAdded" && doc.addedByClient) };
  });
  return { canAdd: viewer.canAdd, items };
}

function fieldsOf(input: Omit<CreateDocumentInput, "fileId">) {
  return {
    kind: input.kind,
    title: input.title || null,
    number: input.number || null,
    issuer: input.issuer || null,
    validFrom: fromDateString(input.validFrom),
    validUntil: fromDateString(input.validUntil),
  };
}

function auditView(d: { kind: string; title: string | null; number: string | null; validUntil: Date | null; clientId: string | null }) {
  return { kind: d.kind, title: d.title, number: d.number, validUntil: d.validUntil ? toDateString(d.validUntil) : null, clientId: d.clientId };
}

/** An uploaded file of the same scope that no document has yet; anything else is not found, at the field. */
async function attachableFile(tx: Tx, scope: FileScope, fileId: string) {
  const file = await tx.storedFile.findFirst({
    where: { id: fileId, agencyId: scope.agencyId, storageKey: { startsWith: scopePrefix(scope) }, document: { is: null } },
    select: { id: true },
  });
  if (!file) throw new AppError("NOT_FOUND", "fileNotFound", { field: "fileId" });
  return file;
}

export async function createDocument(db: Db, scope: FileScope, actorId: string, input: CreateDocumentInput, today: Date): Promise<DocumentView> {
  const row = await db.$transaction(async (tx) => {
    await attachableFile(tx, scope, input.fileId);
    const created = await tx.complianceDocument.create({
      data: { agencyId: scope.agencyId, clientId: scope.clientId, fileId: input.fileId, uploadedById: actorId, ...fieldsOf(input) },
      select: documentSelect,
    });
    await audit(tx, { agencyId: scope.agencyId, actorId, action: "document.created", entityType: "ComplianceDocument", entityId: created.id, after: auditView(created) });
    return created;
  });
  return presentDocument(row, today, await clientUserIds(db, scope.clientId));
}

async function findForChange(tx: Tx, where: DocumentWhere, actor: DocumentActor, documentId: string) {
  const doc = await tx.complianceDocument.findFirst({
    where: { id: documentId, agencyId: where.agencyId, ...(where.clientId ? { clientId: where.clientId } : {}) },
    select: { ...documentSelect, file: { select: { id: true, storageKey: true } } },
  });
  if (!doc) throw new AppError("NOT_FOUND", "documentNotFound");
  if (actor.clientAddedOnly && !(doc.uploadedById && (await clientUserIds(tx, actor.clientAddedOnly)).has(doc.uploadedById))) {
    throw new AppError("FORBIDDEN", "documentNotClients");
  }
  return doc;
}

/** Changes the metadata and, with a new `fileId`, swaps the file (the old one is deleted, bytes too). */
export async function updateDocument(db: Db, storage: FileStorage, where: DocumentWhere, actor: DocumentActor, input: UpdateDocumentInput, today: Date) {
  const { row, discarded } = await db.$transaction(async (tx) => {
    const doc = await findForChange(tx, where, actor, input.documentId);
    const swap = input.fileId !== undefined && input.fileId !== doc.file?.id;
    if (swap) await attachableFile(tx, { agencyId: where.agencyId, clientId: doc.clientId }, input.fileId!);
    const updated = await tx.complianceDocument.update({
      where: { id: doc.id },
      data: { ...fieldsOf(input), ...(swap ? { fileId: input.fileId } : {}) },
      select: documentSelect,
    });
    if (swap && doc.file) await tx.storedFile.delete({ where: { id: doc.file.id } });
    await audit(tx, { agencyId: where.agencyId, actorId: actor.userId, action: "document.updated", entityType: "ComplianceDocument", entityId: doc.id, before: auditView(doc), after: auditView(updated) });
    return { row: updated, discarded: swap && doc.file ? [doc.file.storageKey] : [] };
  });
  await discardObjects(storage, discarded);
  return presentDocument(row, today, await clientUserIds(db, row.clientId));
}

/** Deletes the document and its file, the bytes in storage included (after the rows are gone). */
export async function deleteDocument(db: Db, storage: FileStorage, where: DocumentWhere, actor: DocumentActor, documentId: string) {
  const discarded = await db.$transaction(async (tx) => {
    const doc = await findForChange(tx, where, actor, documentId);
    await tx.complianceDocument.delete({ where: { id: doc.id } });
    if (doc.file) await tx.storedFile.delete({ where: { id: doc.file.id } });
    await audit(tx, { agencyId: where.agencyId, actorId: actor.userId, action: "document.deleted", entityType: "ComplianceDocument", entityId: doc.id, before: auditView(doc), after: null });
    return doc.file ? [doc.file.storageKey] : [];
  });
  await discardObjects(storage, discarded);
  return { id: documentId };
}
