import { describe, expect, it } from "vitest";
import { advanceStatus } from "@/server/messages/status";
import { nextOnCall, resolveRecipients } from "@/server/messages/recipients";

describe("message status only moves forward", () => {
  it("a late delivery receipt does not undo an open or an acknowledgement", () => {
    expect(advanceStatus("QUEUED", "SENT")).toBe("SENT");
    expect(advanceStatus("OPENED", "DELIVERED")).toBe("OPENED");
    expect(advanceStatus("ACKNOWLEDGED", "OPENED")).toBe("ACKNOWLEDGED");
    expect(advanceStatus("ESCALATED", "ACKNOWLEDGED")).toBe("ESCALATED");
  });
  it("a failure after sending keeps what was reached; a failure before sending fails", () => {
    expect(advanceStatus("QUEUED", "FAILED")).toBe("FAILED");
    expect(advanceStatus("SENT", "FAILED")).toBe("SENT");
    expect(advanceStatus("FAILED", "DELIVERED")).toBe("DELIVERED");
  });
});

describe("recipients of an outcome", () => {
  const contacts = new Map([
    ["c1", { name: "Anna", email: "anna@x.test", phone: "+79160000001" }],
    ["c2", { name: "Boris", email: null, phone: "+79160000002" }],
  ]);
  const onCall = [
    { name: "Olga", email: "olga@x.test", phone: "+79160000003" },
    { name: "Pavel", email: "pavel@x.test", phone: null },
  ];
  it("takes contacts in order, the first on call for ON_CALL, drops unknown ids and repeats", () => {
    expect(resolveRecipients({ recipients: ["c2", "gone", "ON_CALL", "c1"], channel: "EMAIL" }, contacts, onCall)).toEqual([
      { name: "Boris", address: null, source: "CONTACT" },
      { name: "Olga", address: "olga@x.test", source: "ON_CALL" },
      { name: "Anna", address: "anna@x.test", source: "CONTACT" },
    ]);
    expect(resolveRecipients({ recipients: ["ON_CALL"], channel: "SMS" }, contacts, [])).toEqual([]);
  });
  it("escalates to the next person on call not yet messaged who has an address", () => {
    expect(nextOnCall(onCall, "EMAIL", new Set(["olga@x.test"]))?.name).toBe("Pavel");
    expect(nextOnCall(onCall, "SMS", new Set(["+79160000003"]))).toBeNull();
  });
});
