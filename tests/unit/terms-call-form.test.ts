import { describe, expect, it } from "vitest";
import { buildCallFormSchema } from "@/server/terms/call-form";
import type { FormField } from "@/server/terms/call-form.schema";

const fields: FormField[] = [
  { key: "name", label: "Name", type: "TEXT", required: true, min: 2, max: 20, pattern: "^[A-Za-zА-Яа-яЁё ]+$" },
  { key: "phone", label: "Phone", type: "PHONE", required: true },
  { key: "email", label: "E-mail", type: "EMAIL", required: false },
  { key: "visits", label: "Visits", type: "NUMBER", required: false, min: 0, max: 10 },
  { key: "date", label: "Preferred date", type: "DATE", required: false },
  { key: "reason", label: "Reason", type: "SELECT", required: true, options: ["Checkup", "Pain"] },
  { key: "consent", label: "Consent", type: "CHECKBOX", required: true },
];
const schema = buildCallFormSchema(fields);
const errors = (values: Record<string, unknown>) => {
  const r = schema.safeParse(values);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("the call form built from the terms", () => {
  it("accepts a well-filled form, with optional fields left empty", () => {
    expect(errors({ name: "Anna", phone: "+7 916 123-45-67", email: "", visits: "", date: "", reason: "Pain", consent: true })).toEqual({});
  });
  it("says what is wrong with each field", () => {
    expect(errors({ name: "A1", phone: "123", email: "nope", visits: "11", date: "2026-02-30", reason: "Other", consent: false })).toEqual({
      name: "validation.terms.callForm.pattern",
      phone: "validation.terms.phoneE164",
      email: "validation.emailInvalid",
      visits: "validation.terms.callForm.number",
      date: "validation.terms.date",
      reason: "validation.terms.callForm.option",
      consent: "validation.required",
    });
  });
  it("requires the required fields", () => {
    expect(errors({})).toEqual({ name: "validation.required", phone: "validation.required", reason: "validation.required", consent: "validation.required" });
  });
});

describe("field keys proposed from labels", () => {
  it("makes plain ASCII keys, transliterating Russian, and avoids taken ones", async () => {
    const { fieldKeyFrom } = await import("@/server/terms/field-key");
    expect(fieldKeyFrom("Preferred date")).toBe("preferred_date");
    expect(fieldKeyFrom("Причина обращения")).toBe("prichina_obrashcheniya");
    expect(fieldKeyFrom("!!!")).toBe("field");
    expect(fieldKeyFrom("Phone", ["phone", "phone_2"])).toBe("phone_3");
  });
});
