import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { searchFaq } from "@/server/desk/faq-search";
import { readBackLines } from "@/server/desk/read-back";
import { advance, choicesOf, startPath, stepBack, type ScriptStep } from "@/server/desk/script-path";
import { validateSubmission } from "@/server/desk/submission";
import { AppError } from "@/server/lib/app-error";
import { emptyTermsDocument } from "@/server/terms/template";
import type { FormField } from "@/server/terms/call-form.schema";

const steps: ScriptStep[] = [
  { id: "hello", title: "Greeting", say: "Hello", branches: [] },
  { id: "urgent", title: "Is it urgent?", say: "Is it an emergency?", branches: [{ answer: "Yes", nextStepId: "transfer" }, { answer: "No", nextStepId: "message" }] },
  { id: "message", title: "Take a message", say: "Let me take a message", branches: [{ answer: "", nextStepId: "bye" }] },
  { id: "transfer", title: "Transfer", say: "I will put you through", branches: [] },
  { id: "bye", title: "Close", say: "Goodbye", branches: [] },
];

describe("the script stepper", () => {
  it("continues in order, offers named answers as branches, and follows an unnamed jump", () => {
    expect(startPath(steps)).toEqual(["hello"]);
    expect(choicesOf(steps, "hello")).toEqual([{ label: null, nextStepId: "urgent" }]);
    expect(choicesOf(steps, "urgent").map((c) => c.label)).toEqual(["Yes", "No"]);
    expect(choicesOf(steps, "message")).toEqual([{ label: null, nextStepId: "bye" }]);
    expect(choicesOf(steps, "bye")).toEqual([]);
  });

  it("walks a branch and steps back the way it came; a choice the step does not offer changes nothing", () => {
    let path = advance(steps, startPath(steps), "urgent");
    path = advance(steps, path, "message");
    expect(path).toEqual(["hello", "urgent", "message"]);
    expect(advance(steps, path, "transfer")).toEqual(path);
    expect(stepBack(path)).toEqual(["hello", "urgent"]);
    expect(stepBack(["hello"])).toEqual(["hello"]);
  });
});

describe("the FAQ search", () => {
  const faq = [
    { id: "a", question: "Opening hours", answer: "We open at 9 on weekdays" },
    { id: "b", question: "Parking", answer: "Free parking behind the building, open 24 hours" },
    { id: "c", question: "Где мы находимся?", answer: "Ул. Ёлкина, 5" },
  ];
  it("matches every word, questions before answers, ignoring case and ё", () => {
    expect(searchFaq(faq, "").map((f) => f.id)).toEqual(["a", "b", "c"]);
    expect(searchFaq(faq, "HOURS").map((f) => f.id)).toEqual(["a", "b"]);
    expect(searchFaq(faq, "parking hours").map((f) => f.id)).toEqual(["b"]);
    expect(searchFaq(faq, "елкина").map((f) => f.id)).toEqual(["c"]);
    expect(searchFaq(faq, "delivery")).toEqual([]);
  });
});

describe("the read-back summary", () => {
  const fields: FormField[] = [
    { key: "name", label: "Name", type: "TEXT", required: true },
    { key: "reason", label: "Reason", type: "LONG_TEXT", required: false },
    { key: "consent", label: "Consent", type: "CHECKBOX", required: false },
  ];
  it("lists the filled fields in form order, trimmed, and every checkbox", () => {
    expect(readBackLines(fields, { reason: "  ", name: " Anna ", consent: true })).toEqual([
      { key: "name", label: "Name", value: "Anna" },
      { key: "consent", label: "Consent", value: true },
    ]);
  });
});

describe("a submission checked against the terms", () => {
  const terms = emptyTermsDocument("en");
  it("accepts a known outcome and a valid form, keeping only the terms' fields", () => {
    const { outcome, values } = validateSubmission(terms, "CALLBACK", { name: " Anna ", phone: "+79161234567", extra: "dropped" });
    expect(outcome.code).toBe("CALLBACK");
    expect(values).toEqual({ name: "Anna", phone: "+79161234567", reason: "" });
  });

  it("refuses an outcome the terms do not have, at the outcome field", () => {
    const error = (() => {
      try {
        validateSubmission(terms, "NOPE", { name: "Anna", phone: "+79161234567" });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).options.field).toBe("outcome");
  });

  it("reports each bad field at form.<key>", () => {
    try {
      validateSubmission(terms, "RESOLVED", { name: "", phone: "12" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ZodError);
      expect((e as ZodError).issues.map((i) => [i.path.join("."), i.message])).toEqual([
        ["form.name", "validation.required"],
        ["form.phone", "validation.terms.phoneE164"],
      ]);
    }
  });
});
