import { getTRPCErrorShape, type TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { AppError } from "@/server/lib/app-error";
import { unseal } from "@/server/lib/tokens";
import { appRouter } from "@/server/root";
import { guardImmutable, isApprovedImmutableError } from "@/server/terms/immutable";
import type { TermsDocument } from "@/server/terms/terms.schema";
import { termsChecklistStatus, versionInForce } from "@/server/terms/versions-read";
import { expectTrpcError, makeTenant, type Tenant } from "../support/tenants";
import { makeClient, type WorldClient } from "./cross-tenant/world";

let agency: Tenant;
let client: WorldClient;
let s: { agencySlug: string; clientSlug: string };
let p: { clientSlug: string };

beforeAll(async () => {
  agency = await makeTenant("terms");
  client = await makeClient(agency.agency.id, "terms-client");
  s = { agencySlug: agency.agency.slug, clientSlug: client.slug };
  p = { clientSlug: client.slug };
});

const admin = () => agency.as("ADMIN");
const clientAdmin = () => client.as("CLIENT_ADMIN");
const mails = async () =>
  (await db.outboxEvent.findMany({ where: { agencyId: agency.agency.id, kind: "email" }, orderBy: { createdAt: "asc" } })).map((e) => {
    const payload = e.payload as { to: string; subject: string };
    return { to: payload.to, subject: payload.subject };
  });
const auditActions = async () =>
  (await db.auditLog.findMany({ where: { agencyId: agency.agency.id, entityType: "TermsVersion" }, orderBy: { createdAt: "asc" } })).map((a) => a.action);
const row = (number: number) => db.termsVersion.findFirstOrThrow({ where: { clientId: client.id, number } });
/** What the browser receives for a refusal: the translated message and the field errors. */
function shapeOf(error: TRPCError) {
  const shape = getTRPCErrorShape({ config: appRouter._def._config, error, type: "mutation", path: "terms", input: undefined, ctx: { locale: "en" } as never });
  return { message: shape.message, fieldErrors: (shape.data as { fieldErrors?: Record<string, string> }).fieldErrors };
}
const fieldErrors = (e: TRPCError) => shapeOf(e).fieldErrors;

async function draftDoc(number: number): Promise<TermsDocument> {
  return (await admin().terms.get({ ...s, number })).version.document;
}

describe("the terms version state machine, agency and client together", () => {
  it("v1: the agency drafts from the template, saves and submits; the client admin is asked and approves", async () => {
    expect(await termsChecklistStatus(db, client.id)).toEqual({ hasApproved: false, latestState: null, latestNumber: null, approvedNumber: null });
    expect(await admin().terms.createDraft(s)).toEqual({ number: 1 });
    const loaded = await admin().terms.get({ ...s, number: 1 });
    expect(loaded.version.state).toBe("DRAFT");
    // The client speaks Russian: the template greets in Russian, with the client's name.
    expect(loaded.version.document.general.greeting.ru).toContain(loaded.client.name);
    expect(loaded.can).toMatchObject({ edit: true, approve: true, onBehalf: true });

    const doc = loaded.version.document;
    doc.faq.push({ id: "f1", question: "Где вы находитесь?", answer: "Ул. Ленина, 1" });
    const saved = await admin().terms.saveDraft({ ...s, number: 1, document: doc, baseUpdatedAt: loaded.version.updatedAt });
    expect((await draftDoc(1)).faq).toHaveLength(1);

    // The client admin also edits the draft (the portal), from what the agency saved.
    const portalView = await clientAdmin().terms.portal.get({ ...p, number: 1 });
    expect(portalView.can).toMatchObject({ edit: true, approve: true, onBehalf: false });
    portalView.version.document.general.tone = "Спокойно и вежливо";
    await clientAdmin().terms.portal.saveDraft({ ...p, number: 1, document: portalView.version.document, baseUpdatedAt: saved.updatedAt });

    expect(await admin().terms.submit({ ...s, number: 1 })).toEqual({ number: 1, state: "SUBMITTED" });
    expect(await mails()).toEqual([{ to: client.users.CLIENT_ADMIN.email, subject: expect.stringContaining("v1") }]);
    // The e-mail takes the client admin straight to the version in the portal, in the client's language.
    const sent = (await db.outboxEvent.findFirstOrThrow({ where: { agencyId: agency.agency.id } })).payload as { sealedText: string; subject: string };
    expect(unseal(sent.sealedText, env().NEXTAUTH_SECRET)).toContain(`${env().PUBLIC_URL}/portal/${client.slug}/terms/1`);
    expect(sent.subject).toMatch(/техническое задание v1 ждёт вашего утверждения/);
    // Read-only now, on both sides.
    await expectTrpcError(admin().terms.saveDraft({ ...s, number: 1, document: doc }), "CONFLICT");
    await expectTrpcError(clientAdmin().terms.portal.saveDraft({ ...p, number: 1, document: doc }), "CONFLICT");

    const approved = await clientAdmin().terms.portal.approve({ ...p, number: 1 });
    expect(approved).toMatchObject({ state: "APPROVED", approvedOnBehalf: false });
    expect(Math.abs(approved.effectiveFrom.getTime() - Date.now())).toBeLessThan(10_000);
    const agencyMails = (await mails()).slice(1);
    expect(agencyMails.map((m) => m.to).sort()).toEqual([agency.users.ADMIN.email, agency.users.OWNER.email].sort());

    const list = await admin().terms.list(s);
    expect(list.versions.map((v) => [v.number, v.state])).toEqual([[1, "APPROVED"]]);
    expect(list).toMatchObject({ inForceNumber: 1, openNumber: null });
    expect(list.versions[0]!.approvedBy).toMatch(/^CLIENT_ADMIN /);
    expect(await termsChecklistStatus(db, client.id)).toEqual({ hasApproved: true, latestState: "APPROVED", latestNumber: 1, approvedNumber: 1 });
    expect(await auditActions()).toEqual(["terms.draft_created", "terms.draft_saved", "terms.draft_saved", "terms.submitted", "terms.approved"]);
  });

  it("v2: only one open version at a time, changes requested with a comment, then approved on behalf for a future date", async () => {
    const { number } = await clientAdmin().terms.portal.createDraft(p);
    expect(number).toBe(2);
    // A copy of v1.
    expect((await draftDoc(2)).faq).toEqual((await draftDoc(1)).faq);
    const conflict = await expectTrpcError(admin().terms.createDraft(s), "CONFLICT");
    expect(shapeOf(conflict).message).toBe("Version 2 is still open (draft or awaiting approval). Finish it before starting another.");

    const doc = await draftDoc(2);
    doc.script[1]!.say = "Чем могу помочь? Запись, перенос или отмена визита?";
    await admin().terms.saveDraft({ ...s, number: 2, document: doc });
    // Approving a draft is refused, and changes nothing.
    await expectTrpcError(clientAdmin().terms.portal.approve({ ...p, number: 2 }), "CONFLICT");
    await expectTrpcError(admin().terms.approveOnBehalf({ ...s, number: 2 }), "CONFLICT");
    expect((await row(2)).state).toBe("DRAFT");

    const beforeSubmit = (await mails()).length;
    await clientAdmin().terms.portal.submit({ ...p, number: 2 });
    await expectTrpcError(admin().terms.createDraft(s), "CONFLICT");
    // The client submitted: its other admins would be asked (the only one is the submitter), and the agency is told.
    const submitMails = (await mails()).slice(beforeSubmit);
    expect(submitMails.map((m) => m.to).sort()).toEqual([agency.users.ADMIN.email, agency.users.OWNER.email].sort());
    expect(submitMails[0]!.subject).toMatch(/submitted terms of reference v2/);
    const before = (await mails()).length;

    // A viewer reads but may not approve.
    expect((await client.as("CLIENT_VIEWER").terms.portal.get({ ...p, number: 2 })).can.approve).toBe(false);
    await expectTrpcError(client.as("CLIENT_VIEWER").terms.portal.approve({ ...p, number: 2 }), "FORBIDDEN");
    await expectTrpcError(agency.as("SUPERVISOR").terms.approveOnBehalf({ ...s, number: 2 }), "FORBIDDEN");

    await expectTrpcError(admin().terms.requestChanges({ ...s, number: 2, comment: "  " }), "BAD_REQUEST");
    await clientAdmin().terms.portal.requestChanges({ ...p, number: 2, comment: "Add the Saturday hours, please." });
    const sentBack = await row(2);
    expect(sentBack).toMatchObject({ state: "DRAFT", changesRequestedComment: "Add the Saturday hours, please.", submittedAt: null });
    // The page tells "changes requested" from "last edited" by these being the same moment.
    expect(sentBack.updatedAt).toEqual(sentBack.changesRequestedAt);
    const newMails = (await mails()).slice(before);
    expect(newMails.map((m) => m.to).sort()).toEqual([agency.users.ADMIN.email, agency.users.OWNER.email].sort());

    doc.hours.weekly.sat = [{ start: "10:00", end: "14:00" }];
    await admin().terms.saveDraft({ ...s, number: 2, document: doc });
    await admin().terms.submit({ ...s, number: 2 });

    // Approved on the client's behalf, from 09:00 in the client's zone (Moscow, UTC+3) in ten days.
    const day = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    const mailsBefore = (await mails()).length;
    const result = await admin().terms.approveOnBehalf({ ...s, number: 2, effectiveFromLocal: `${day}T09:00` });
    expect(result).toMatchObject({ state: "APPROVED", approvedOnBehalf: true });
    expect(result.effectiveFrom.toISOString()).toBe(`${day}T06:00:00.000Z`);
    const v1 = await row(1);
    expect(v1.state).toBe("SUPERSEDED");
    expect(v1.supersededAt).not.toBeNull();
    // The client's admins learn that the agency approved for them; the acting admin gets no mail.
    const onBehalfMails = (await mails()).slice(mailsBefore);
    expect(onBehalfMails.map((m) => m.to).sort()).toEqual([agency.users.OWNER.email, client.users.CLIENT_ADMIN.email].sort());

    // v1 stays in force until v2's moment.
    expect((await versionInForce(db, client.id))?.number).toBe(1);
    expect((await versionInForce(db, client.id, new Date(`${day}T05:59:59Z`)))?.number).toBe(1);
    const later = await versionInForce(db, client.id, new Date(`${day}T06:00:00Z`));
    expect(later?.number).toBe(2);
    expect(later?.document.hours.weekly.sat).toEqual([{ start: "10:00", end: "14:00" }]);
    expect((await admin().terms.list(s)).inForceNumber).toBe(1);

    const onBehalfAudit = await db.auditLog.findFirstOrThrow({ where: { agencyId: agency.agency.id, action: "terms.approved_on_behalf" } });
    expect(onBehalfAudit).toMatchObject({ actorId: agency.users.ADMIN.id, before: { number: 2, state: "SUBMITTED" }, after: { state: "APPROVED", approvedOnBehalf: true } });
    expect(await db.auditLog.count({ where: { agencyId: agency.agency.id, action: "terms.superseded" } })).toBe(1);
  });

  it("compares two versions section by section", async () => {
    const diff = await clientAdmin().terms.portal.diff({ ...p, a: 1, b: 2 });
    expect(diff.sections.map((x) => x.section)).toEqual(["hours", "script"]);
    expect(diff.sections[0]!.items[0]!.fields).toEqual([{ field: "sat", before: "", after: "10:00–14:00" }]);
  });
});

describe("approved versions are immutable", () => {
  it("refuses to edit an approved or superseded version, with a clear message", async () => {
    const doc = await draftDoc(1);
    for (const number of [1, 2]) {
      const error = await expectTrpcError(admin().terms.saveDraft({ ...s, number, document: doc }), "CONFLICT");
      expect(shapeOf(error).message).toBe("An approved version cannot be changed. Start a new draft instead.");
      await expectTrpcError(clientAdmin().terms.portal.requestChanges({ ...p, number, comment: "Change it" }), "CONFLICT");
    }
  });

  it("is enforced by the database itself, whatever the code path", async () => {
    const approved = await row(2);
    const superseded = await row(1);
    for (const version of [approved, superseded]) {
      const error = await db.termsVersion.update({ where: { id: version.id }, data: { document: { hacked: true } } }).then(() => null, (e: unknown) => e);
      expect(isApprovedImmutableError(error)).toBe(true);
      const deleted = await db.termsVersion.delete({ where: { id: version.id } }).then(() => null, (e: unknown) => e);
      expect(isApprovedImmutableError(deleted)).toBe(true);
    }
    // Even "moving the date" of an approval.
    const moved = await db.termsVersion.update({ where: { id: approved.id }, data: { effectiveFrom: new Date() } }).then(() => null, (e: unknown) => e);
    expect(isApprovedImmutableError(moved)).toBe(true);
    // A service write that hits the trigger reads as the CONFLICT a person understands.
    const mapped = await guardImmutable(() => db.termsVersion.update({ where: { id: approved.id }, data: { state: "DRAFT" } })).then(() => null, (e: unknown) => e);
    expect(mapped).toBeInstanceOf(AppError);
    expect(mapped).toMatchObject({ code: "CONFLICT", key: "approvedImmutable" });
    expect(await row(2)).toEqual(approved);
  });
});

describe("bad input changes nothing", () => {
  let number: number;
  beforeAll(async () => {
    number = (await admin().terms.createDraft(s)).number;
  });

  it("puts a duplicate form key and an overlap at their fields", async () => {
    const before = await row(number);
    const doc = await draftDoc(number);
    doc.form.fields.push({ key: "phone", label: "Другой телефон", type: "PHONE", required: false });
    doc.hours.weekly.mon = [
      { start: "09:00", end: "13:00" },
      { start: "12:00", end: "18:00" },
    ];
    const error = await expectTrpcError(admin().terms.saveDraft({ ...s, number, document: doc }), "BAD_REQUEST");
    expect(fieldErrors(error)).toEqual({
      "document.hours.weekly.mon.1.start": "This interval overlaps another one on the same day.",
      [`document.form.fields.${doc.form.fields.length - 1}.key`]: "Another field already has this key.",
    });
    expect(await row(number)).toEqual(before);
  });

  it("checks the document against the client: greeting in its language, recipients among its contacts", async () => {
    const before = await row(number);
    const doc = await draftDoc(number);
    doc.general.greeting = { en: "Hello!" };
    doc.outcomes[0]!.delivery.recipients = ["c_not_a_contact"];
    const error = await expectTrpcError(clientAdmin().terms.portal.saveDraft({ ...p, number, document: doc }), "BAD_REQUEST");
    expect(fieldErrors(error)).toEqual({
      "document.general.greeting.ru": "A greeting in the client's language is required.",
      "document.outcomes.0.delivery.recipients.0": "This contact no longer exists. Choose another recipient.",
    });
    expect(await row(number)).toEqual(before);

    // A real contact of the client is a valid recipient.
    const contact = await db.clientContact.create({ data: { agencyId: agency.agency.id, clientId: client.id, name: "Anna", email: "anna@terms.test" } });
    doc.general.greeting.ru = "Здравствуйте!";
    doc.outcomes[0]!.delivery.recipients = [contact.id, "ON_CALL"];
    await clientAdmin().terms.portal.saveDraft({ ...p, number, document: doc });
    expect((await draftDoc(number)).outcomes[0]!.delivery.recipients).toEqual([contact.id, "ON_CALL"]);
  });

  it("refuses a save over someone else's newer save", async () => {
    const stale = await admin().terms.get({ ...s, number });
    await clientAdmin().terms.portal.saveDraft({ ...p, number, document: stale.version.document });
    await expectTrpcError(admin().terms.saveDraft({ ...s, number, document: stale.version.document, baseUpdatedAt: stale.version.updatedAt }), "CONFLICT");
  });

  it("refuses an approval dated in the past, at the date field", async () => {
    await admin().terms.submit({ ...s, number });
    const error = await expectTrpcError(clientAdmin().terms.portal.approve({ ...p, number, effectiveFromLocal: "2020-01-01T09:00" }), "BAD_REQUEST");
    expect(fieldErrors(error)).toEqual({ effectiveFromLocal: "The start date and time must not be in the past." });
    expect((await row(number)).state).toBe("SUBMITTED");
  });

  it("lets viewers read but not write, on both sides", async () => {
    for (const role of ["SUPERVISOR", "OPERATOR"] as const) {
      expect((await agency.as(role).terms.list(s)).can.edit).toBe(false);
      await expectTrpcError(agency.as(role).terms.requestChanges({ ...s, number, comment: "x" }), "FORBIDDEN");
      await expectTrpcError(agency.as(role).terms.submit({ ...s, number }), "FORBIDDEN");
    }
    await expectTrpcError(client.as("CLIENT_VIEWER").terms.portal.requestChanges({ ...p, number, comment: "x" }), "FORBIDDEN");
    await expectTrpcError(client.as("CLIENT_VIEWER").terms.portal.createDraft(p), "FORBIDDEN");
    expect((await row(number)).state).toBe("SUBMITTED");
  });

  it("says a version that does not exist is not found", async () => {
    await expectTrpcError(admin().terms.get({ ...s, number: 99 }), "NOT_FOUND");
    await expectTrpcError(clientAdmin().terms.portal.submit({ ...p, number: 99 }), "NOT_FOUND");
  });
});
