import { describe, expect, it } from "vitest";
import { buildCallFormSchema } from "@/server/terms/call-form";
import type { FormField } from "@/server/terms/call-form.schema";
import { botFormValues, pickOutcome } from "@/server/wallboard/bot-form";

const fields: FormField[] = [
  { key: "name", label: "Name", type: "TEXT", required: true, min: 15, max: 40 },
  { key: "phone", label: "Phone", type: "PHONE", required: true },
  { key: "email", label: "E-mail", type: "EMAIL", required: false },
  { key: "guests", label: "Guests", type: "NUMBER", required: true, min: 2, max: 6 },
  { key: "day", label: "Day", type: "DATE", required: true },
  { key: "topic", label: "Topic", type: "SELECT", required: true, options: ["Booking", "Billing"] },
  { key: "consent", label: "Consent", type: "CHECKBOX", required: true },
  { key: "policy", label: "Policy no.", type: "TEXT", required: false, pattern: "^P-\\d{6}$" },
];

describe("a demo bot's call form", () => {
  it("passes the terms' own form schema", () => {
    for (const seed of [0, 0.5, 0.99]) {
      const values = botFormValues(fields, { random: () => seed, callerNumber: "+79161234567", today: "2026-03-02" });
      expect(buildCallFormSchema(fields).safeParse(values).success).toBe(true);
      expect(values.policy).toBeUndefined(); // a pattern it cannot guess is left empty when optional
    }
  });

  it("picks one of the terms' outcomes, or none when there are none", () => {
    expect(pickOutcome([{ code: "BOOKED" }, { code: "CALLBACK" }], () => 0.7)).toBe("CALLBACK");
    expect(pickOutcome([], () => 0.7)).toBeNull();
  });
});
