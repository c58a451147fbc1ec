import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { deskSnapshot, makeAnsweredCall } from "../support/desk";
import { expectTrpcError, makeTenant, type Tenant } from "../support/tenants";

let t: Tenant;
let s: { agencySlug: string };
let op: string;

beforeAll(async () => {
  t = await makeTenant("desk");
  s = { agencySlug: t.agency.slug };
  op = t.users.OPERATOR.id;
});

const issuesOf = (error: { cause?: unknown }) =>
  (error.cause as { issues: { path: (string | number)[]; message: string }[] }).issues.map((i) => [i.path.join("."), i.message]);

describe("the screen pop", () => {
  it("shows the operator the client, greeting, script, FAQ, form, outcomes and the caller's earlier calls to this client", async () => {
    const first = await makeAnsweredCall(t, op, { current: false });
    await db.call.update({ where: { id: first.call.id }, data: { startedAt: new Date(Date.now() - 86_400_000), outcome: "CALLBACK", notes: "Wants a plumber on Monday" } });
    const { call, line } = await makeAnsweredCall(t, op, { line: first.line });
    // The same number calling another client is not this client's history.
    await makeAnsweredCall(t, t.users.SUPERVISOR.id, { current: false });

    const pop = await t.as("OPERATOR").desk.screenPop({ ...s, callId: call.id });
    expect(pop.client.name).toBe(line.client.name);
    expect(pop.terms?.greeting).toBe("Thank you for calling Bluebird, this is …");
    expect(pop.terms?.script.map((step) => step.id)).toEqual(["greeting", "need", "close"]);
    expect(pop.terms?.faq[0]?.question).toBe("Is there parking?");
    expect(pop.terms?.fields.map((f) => f.key)).toEqual(["name", "phone", "reason"]);
    expect(pop.terms?.outcomes.map((o) => o.code)).toEqual(["RESOLVED", "CALLBACK"]);
    expect(pop.history).toEqual([expect.objectContaining({ id: first.call.id, outcomeLabel: "Callback requested", notes: "Wants a plumber on Monday" })]);
  });

  it("refuses another operator's call as if it did not exist", async () => {
    const { call } = await makeAnsweredCall(t, t.users.SUPERVISOR.id);
    await expectTrpcError(t.as("OPERATOR").desk.screenPop({ ...s, callId: call.id }), "NOT_FOUND");
  });
});

describe("submitting a call", () => {
  it("checks the form against the terms, at each field, and changes nothing", async () => {
    const { call } = await makeAnsweredCall(t, op, { current: false });
    const before = await deskSnapshot(t.agency.id);
    const error = await expectTrpcError(t.as("OPERATOR").desk.submit({ ...s, callId: call.id, outcome: "RESOLVED", form: { name: " ", phone: "123" } }), "BAD_REQUEST");
    expect(issuesOf(error)).toEqual([
      ["form.name", "validation.required"],
      ["form.phone", "validation.terms.phoneE164"],
    ]);
    const unknown = await expectTrpcError(t.as("OPERATOR").desk.submit({ ...s, callId: call.id, outcome: "MADE_UP", form: { name: "Anna", phone: "+79161234567" } }), "BAD_REQUEST");
    expect(unknown.message).toBe("desk.unknownOutcome");
    expect(await deskSnapshot(t.agency.id)).toEqual(before);
  });

  it("stores the outcome, form and notes with a WRAP_UP event, once", async () => {
    const { call } = await makeAnsweredCall(t, op, { current: false });
    const form = { name: " Anna Petrova ", phone: "+79161234567", reason: "Leaking tap" };
    await t.as("OPERATOR").desk.submit({ ...s, callId: call.id, outcome: "CALLBACK", form, notes: "Prefers mornings" });
    const row = await db.call.findUniqueOrThrow({ where: { id: call.id } });
    expect(row).toMatchObject({ outcome: "CALLBACK", notes: "Prefers mornings", operatorUserId: op, status: "WRAP_UP" });
    expect(row.formData).toEqual({ name: "Anna Petrova", phone: "+79161234567", reason: "Leaking tap" });
    expect(await db.callEvent.count({ where: { callId: call.id, type: "WRAP_UP" } })).toBe(1);

    const before = await deskSnapshot(t.agency.id);
    await expectTrpcError(t.as("OPERATOR").desk.submit({ ...s, callId: call.id, outcome: "RESOLVED", form }), "CONFLICT");
    expect(await deskSnapshot(t.agency.id)).toEqual(before);
  });

  it("refuses someone else's call and a call still on the line", async () => {
    const other = await makeAnsweredCall(t, t.users.SUPERVISOR.id, { current: false });
    const form = { name: "Anna", phone: "+79161234567" };
    const before = await deskSnapshot(t.agency.id);
    await expectTrpcError(t.as("OPERATOR").desk.submit({ ...s, callId: other.call.id, outcome: "RESOLVED", form }), "NOT_FOUND");
    expect(await deskSnapshot(t.agency.id)).toEqual(before);

    const live = await makeAnsweredCall(t, t.users.ADMIN.id, { presence: "ON_CALL" });
    const error = await expectTrpcError(t.as("ADMIN").desk.submit({ ...s, callId: live.call.id, outcome: "RESOLVED", form }), "PRECONDITION_FAILED");
    expect(error.message).toBe("desk.hangUpFirst");
  });
});

describe("transfer", () => {
  it("only to an escalation number of the terms", async () => {
    const { call } = await makeAnsweredCall(t, t.users.OWNER.id, { presence: "ON_CALL" });
    const before = await deskSnapshot(t.agency.id);
    const error = await expectTrpcError(t.as("OWNER").desk.transfer({ ...s, callId: call.id, escalationId: "nope" }), "BAD_REQUEST");
    expect(error.message).toBe("desk.unknownTransferTarget");
    expect(await deskSnapshot(t.agency.id)).toEqual(before);
  });
});

describe("voice", () => {
  it("has no browser token in emulator mode: the audio is simulated", async () => {
    expect(await t.as("OPERATOR").desk.voiceToken(s)).toBeNull();
  });
});
