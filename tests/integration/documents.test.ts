import { getTRPCErrorShape, type TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { appRouter } from "@/server/root";
import { documentsChecklistStatus } from "@/server/documents/checklist";
import { makeClient } from "./cross-tenant/world";
import { documentInput, inDays, uploaded, useTempFileStorage } from "../support/documents";
import { samplePng } from "../support/file-samples";
import { expectTrpcError, makeTenant, tenantSnapshot } from "../support/tenants";

const { storage, files } = useTempFileStorage();

/** The field errors the browser would receive, translated into `locale`. */
function fieldErrors(error: TRPCError, locale: "en" | "ru" = "en") {
  const shape = getTRPCErrorShape({ config: appRouter._def._config, error, type: "mutation", path: "document", input: undefined, ctx: { locale } as never });
  return (shape.data as { fieldErrors?: Record<string, string> }).fieldErrors;
}

async function agencyWithClient(label: string) {
  const t = await makeTenant(label);
  const client = await makeClient(t.agency.id, `${label}-client`);
  return { t, client, s: { agencySlug: t.agency.slug }, cs: { agencySlug: t.agency.slug, clientSlug: client.slug } };
}

describe("agency documents", () => {
  it("an admin adds a document with its file; every member sees it with its badge; audited", async () => {
    const { t, s } = await agencyWithClient("doc");
    const file = await uploaded(storage, { agencyId: t.agency.id, userId: t.users.ADMIN.id }, samplePng(), "permit.png");
    const created = await t.as("ADMIN").document.create({ ...s, ...documentInput({ validUntil: inDays(10), fileId: file.id }) });
    expect(created).toMatchObject({ kind: "TELECOM_PERMIT", number: "77-123", validUntil: inDays(10), expiry: { status: "expiring", daysLeft: 10 } });
    expect(created.file).toEqual({ id: file.id, filename: "permit.png", contentType: "image/png", size: samplePng().length });

    const list = await t.as("OPERATOR").document.list(s);
    expect(list.canAdd).toBe(false);
    expect(list.items.map((d) => [d.id, d.canChange])).toEqual([[created.id, false]]);
    expect((await t.as("ADMIN").document.list(s)).items[0]!.canChange).toBe(true);

    const log = await db.auditLog.findFirstOrThrow({ where: { agencyId: t.agency.id, action: "document.created" } });
    expect(log).toMatchObject({ actorId: t.users.ADMIN.id, entityId: created.id });
  });

  it("below ADMIN a member cannot add, change or delete", async () => {
    const { t, s } = await agencyWithClient("ro");
    const file = await uploaded(storage, { agencyId: t.agency.id, userId: t.users.ADMIN.id });
    const doc = await t.as("OWNER").document.create({ ...s, ...documentInput({ fileId: file.id }) });
    const before = await tenantSnapshot(t.agency.id);
    for (const role of ["SUPERVISOR", "OPERATOR"] as const) {
      await expectTrpcError(t.as(role).document.create({ ...s, ...documentInput({ fileId: file.id }) }), "FORBIDDEN");
      await expectTrpcError(t.as(role).document.update({ ...s, documentId: doc.id, ...documentInput({ number: "x" }) }), "FORBIDDEN");
      await expectTrpcError(t.as(role).document.delete({ ...s, documentId: doc.id }), "FORBIDDEN");
    }
    expect(await tenantSnapshot(t.agency.id)).toEqual(before);
  });

  it("refuses an end of validity before its start, at that field, in the person's language, creating nothing", async () => {
    const { t, s } = await agencyWithClient("dates");
    const file = await uploaded(storage, { agencyId: t.agency.id, userId: t.users.ADMIN.id });
    const before = await tenantSnapshot(t.agency.id);
    const error = await expectTrpcError(
      t.as("ADMIN").document.create({ ...s, ...documentInput({ validFrom: "2025-03-01", validUntil: "2025-02-28", fileId: file.id }) }),
      "BAD_REQUEST",
    );
    expect(fieldErrors(error)).toEqual({ validUntil: "The end of validity must not be before its start." });
    expect(fieldErrors(error, "ru")).toEqual({ validUntil: "Окончание срока не может быть раньше его начала." });
    expect(await tenantSnapshot(t.agency.id)).toEqual(before);
  });

  it("attaches only an unattached file uploaded for the same place", async () => {
    const { t, client, s, cs } = await agencyWithClient("attach");
    const other = await makeTenant("attach-other");
    const forClient = await uploaded(storage, { agencyId: t.agency.id, clientId: client.id, userId: t.users.ADMIN.id });
    const elsewhere = await uploaded(storage, { agencyId: other.agency.id, userId: other.users.ADMIN.id });
    const mine = await uploaded(storage, { agencyId: t.agency.id, userId: t.users.ADMIN.id });
    await t.as("ADMIN").document.create({ ...s, ...documentInput({ fileId: mine.id }) });

    for (const fileId of [forClient.id, elsewhere.id, mine.id, "no-such-file"]) {
      const error = await expectTrpcError(t.as("ADMIN").document.create({ ...s, ...documentInput({ fileId }) }), "NOT_FOUND");
      expect(fieldErrors(error)).toEqual({ fileId: "This file does not exist or is not yours to use. Upload it again." });
    }
    // The client's file is for the client's documents.
    await t.as("ADMIN").document.createForClient({ ...cs, ...documentInput({ fileId: forClient.id }) });
    expect(await db.complianceDocument.count({ where: { agencyId: t.agency.id } })).toBe(2);
  });

  it("editing changes the details; a new file replaces the old one, which is gone from storage too", async () => {
    const { t, s } = await agencyWithClient("edit");
    const first = await uploaded(storage, { agencyId: t.agency.id, userId: t.users.ADMIN.id });
    const doc = await t.as("ADMIN").document.create({ ...s, ...documentInput({ fileId: first.id }) });
    const firstKey = (await db.storedFile.findUniqueOrThrow({ where: { id: first.id } })).storageKey;

    const kept = await t.as("ADMIN").document.update({ ...s, documentId: doc.id, ...documentInput({ title: "Permit 2025", validUntil: "" }) });
    expect(kept).toMatchObject({ title: "Permit 2025", validUntil: null, expiry: { status: "none" }, file: { id: first.id } });

    const second = await uploaded(storage, { agencyId: t.agency.id, userId: t.users.ADMIN.id }, samplePng(), "new.png");
    const swapped = await t.as("ADMIN").document.update({ ...s, documentId: doc.id, ...documentInput({ fileId: second.id }) });
    expect(swapped.file?.id).toBe(second.id);
    expect(await db.storedFile.findUnique({ where: { id: first.id } })).toBeNull();
    expect(files()).not.toContain(firstKey);
    expect(await storage.get(firstKey)).toBeNull();
  });

  it("deleting removes the document, its file row and its bytes", async () => {
    const { t, s } = await agencyWithClient("del");
    const file = await uploaded(storage, { agencyId: t.agency.id, userId: t.users.ADMIN.id });
    const key = (await db.storedFile.findUniqueOrThrow({ where: { id: file.id } })).storageKey;
    const doc = await t.as("ADMIN").document.create({ ...s, ...documentInput({ fileId: file.id }) });
    expect(await storage.get(key)).not.toBeNull();

    await t.as("ADMIN").document.delete({ ...s, documentId: doc.id });
    expect(await db.complianceDocument.findUnique({ where: { id: doc.id } })).toBeNull();
    expect(await db.storedFile.findUnique({ where: { id: file.id } })).toBeNull();
    expect(await storage.get(key)).toBeNull();
    await expectTrpcError(t.as("ADMIN").document.delete({ ...s, documentId: doc.id }), "NOT_FOUND");
    expect(await db.auditLog.count({ where: { agencyId: t.agency.id, action: "document.deleted", entityId: doc.id } })).toBe(1);
  });
});

describe("client documents", () => {
  it("lists a client's documents and the ones needing attention across clients, soonest first", async () => {
    const { t, client, s, cs } = await agencyWithClient("att");
    const ended = await makeClient(t.agency.id, "att-ended");
    await db.client.update({ where: { id: ended.id }, data: { status: "ENDED" } });
    const add = async (clientId: string, slug: string, validUntil: string, number: string) => {
      const file = await uploaded(storage, { agencyId: t.agency.id, clientId, userId: t.users.ADMIN.id });
      return t.as("ADMIN").document.createForClient({ ...s, clientSlug: slug, ...documentInput({ validUntil, number, fileId: file.id }) });
    };
    await add(client.id, client.slug, inDays(200), "valid");
    const soon = await add(client.id, client.slug, inDays(12), "soon");
    const gone = await add(client.id, client.slug, inDays(-3), "expired");
    await add(ended.id, ended.slug, inDays(-3), "ended-client");
    const own = await uploaded(storage, { agencyId: t.agency.id, userId: t.users.ADMIN.id });
    await t.as("ADMIN").document.create({ ...s, ...documentInput({ validUntil: inDays(1), fileId: own.id }) });

    const list = await t.as("OPERATOR").document.clientList(cs);
    expect(list.items.map((d) => [d.number, d.expiry.status])).toEqual([
      ["expired", "expired"],
      ["soon", "expiring"],
      ["valid", "valid"],
    ]);
    const attention = await t.as("SUPERVISOR").document.attention(s);
    expect(attention.map((d) => [d.id, d.client.slug])).toEqual([
      [gone.id, client.slug],
      [soon.id, client.slug],
    ]);
  });

  it("gives the onboarding checklist its documents status", async () => {
    const { t, client, cs } = await agencyWithClient("chk");
    expect(await documentsChecklistStatus(db, client.id)).toEqual({ total: 0, hasContract: false, expired: 0, expiringSoon: 0 });
    const add = async (kind: "CONTRACT" | "OTHER", validUntil: string) => {
      const file = await uploaded(storage, { agencyId: t.agency.id, clientId: client.id, userId: t.users.ADMIN.id });
      await t.as("ADMIN").document.createForClient({ ...cs, ...documentInput({ kind, validUntil, fileId: file.id }) });
    };
    await add("CONTRACT", inDays(-1));
    await add("OTHER", inDays(5));
    expect(await documentsChecklistStatus(db, client.id)).toEqual({ total: 2, hasContract: false, expired: 1, expiringSoon: 1 });
    await add("CONTRACT", "");
    expect(await documentsChecklistStatus(db, client.id)).toMatchObject({ total: 3, hasContract: true });
  });
});

describe("documents in the portal", () => {
  it("client users read their documents; the CLIENT_ADMIN adds and changes only what the client added", async () => {
    const { t, client, cs } = await agencyWithClient("portal");
    const agencyFile = await uploaded(storage, { agencyId: t.agency.id, clientId: client.id, userId: t.users.ADMIN.id });
    const byAgency = await t.as("ADMIN").document.createForClient({ ...cs, ...documentInput({ kind: "CONTRACT", fileId: agencyFile.id }) });
    const p = { clientSlug: client.slug };

    const clientFile = await uploaded(storage, { agencyId: t.agency.id, clientId: client.id, userId: client.users.CLIENT_ADMIN.id });
    const byClient = await client.as("CLIENT_ADMIN").document.portalCreate({ ...p, ...documentInput({ kind: "RECORDING_CONSENT", fileId: clientFile.id }) });

    const viewerList = await client.as("CLIENT_VIEWER").document.portalList(p);
    expect(viewerList.canAdd).toBe(false);
    expect(viewerList.items.map((d) => d.canChange)).toEqual([false, false]);
    const adminList = await client.as("CLIENT_ADMIN").document.portalList(p);
    expect(Object.fromEntries(adminList.items.map((d) => [d.id, [d.addedByClient, d.canChange]]))).toEqual({
      [byAgency.id]: [false, false],
      [byClient.id]: [true, true],
    });
    // The agency sees who added what.
    expect((await t.as("OPERATOR").document.clientList(cs)).items.find((d) => d.id === byClient.id)?.addedByClient).toBe(true);

    await expectTrpcError(client.as("CLIENT_ADMIN").document.portalUpdate({ ...p, documentId: byAgency.id, ...documentInput({ number: "x" }) }), "FORBIDDEN");
    await expectTrpcError(client.as("CLIENT_ADMIN").document.portalDelete({ ...p, documentId: byAgency.id }), "FORBIDDEN");
    await expectTrpcError(client.as("CLIENT_VIEWER").document.portalCreate({ ...p, ...documentInput({ fileId: clientFile.id }) }), "FORBIDDEN");

    const updated = await client.as("CLIENT_ADMIN").document.portalUpdate({ ...p, documentId: byClient.id, ...documentInput({ number: "RC-2" }) });
    expect(updated.number).toBe("RC-2");
    await client.as("CLIENT_ADMIN").document.portalDelete({ ...p, documentId: byClient.id });
    expect((await client.as("CLIENT_VIEWER").document.portalList(p)).items.map((d) => d.id)).toEqual([byAgency.id]);
  });

  it("a client admin cannot attach the agency's files, nor reach a sibling client's documents by id", async () => {
    const { t, client, s } = await agencyWithClient("portal-x");
    const sibling = await makeClient(t.agency.id, "portal-x-sibling");
    const agencyOwn = await uploaded(storage, { agencyId: t.agency.id, userId: t.users.ADMIN.id });
    const siblingFile = await uploaded(storage, { agencyId: t.agency.id, clientId: sibling.id, userId: t.users.ADMIN.id });
    const siblingDoc = await t.as("ADMIN").document.createForClient({ ...s, clientSlug: sibling.slug, ...documentInput({ fileId: siblingFile.id }) });
    const p = { clientSlug: client.slug };
    const before = await tenantSnapshot(t.agency.id);
    const agencyOwnSecond = await uploaded(storage, { agencyId: t.agency.id, clientId: sibling.id, userId: t.users.ADMIN.id });
    for (const fileId of [agencyOwn.id, agencyOwnSecond.id]) {
      await expectTrpcError(client.as("CLIENT_ADMIN").document.portalCreate({ ...p, ...documentInput({ fileId }) }), "NOT_FOUND");
    }
    await expectTrpcError(client.as("CLIENT_ADMIN").document.portalUpdate({ ...p, documentId: siblingDoc.id, ...documentInput() }), "NOT_FOUND");
    await expectTrpcError(client.as("CLIENT_ADMIN").document.portalDelete({ ...p, documentId: siblingDoc.id }), "NOT_FOUND");
    const after = await tenantSnapshot(t.agency.id);
    expect({ ...after, files: after.files.filter((f) => f.id !== agencyOwnSecond.id) }).toEqual(before);
  });
});
