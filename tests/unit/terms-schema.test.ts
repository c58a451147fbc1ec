import { describe, expect, it } from "vitest";
import { emptyTermsDocument } from "@/server/terms/template";
import { termsDocumentSchema, termsDocumentSchemaFor, type TermsDocument } from "@/server/terms/terms.schema";

const base = () => structuredClone(emptyTermsDocument("en", { hotlineName: "Bluebird Plumbing" }));
/** The issues of a document as "path: message", the way the editor places them. */
function issues(doc: unknown, schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } } = termsDocumentSchema) {
  const result = schema.safeParse(doc);
  return result.success ? [] : result.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}
const withDoc = (change: (d: TermsDocument) => void) => {
  const d = base();
  change(d);
  return d;
};

describe("the starting template", () => {
  it("is a valid document in both languages, checked against its client too", () => {
    for (const locale of ["en", "ru"] as const) {
      const doc = emptyTermsDocument(locale, { hotlineName: "Aurora" });
      expect(issues(doc, termsDocumentSchemaFor({ locale, contactIds: [] }))).toEqual([]);
      expect(doc.general.greeting[locale]).toContain("Aurora");
    }
  });
});

describe("call form fields", () => {
  it("puts two fields with one key as an error at the later field's key", () => {
    const doc = withDoc((d) => d.form.fields.push({ key: "phone", label: "Second phone", type: "PHONE", required: false }));
    expect(issues(doc)).toEqual(["form.fields.3.key: validation.terms.fieldKeyDuplicate"]);
  });
  it("checks keys, options, ranges and patterns where they apply", () => {
    const doc = withDoc((d) => {
      d.form.fields = [
        { key: "Bad Key", label: "x", type: "TEXT", required: false },
        { key: "reason", label: "Reason", type: "SELECT", required: true, options: [] },
        { key: "colour", label: "Colour", type: "SELECT", required: true, options: ["Red", "red"] },
        { key: "note", label: "Note", type: "TEXT", required: false, options: ["a"], min: 10, max: 5, pattern: "([" },
        { key: "when", label: "When", type: "DATE", required: false, min: 1, pattern: "x" },
        { key: "age", label: "Age", type: "NUMBER", required: false, min: -5, max: 120.5 },
      ];
    });
    expect(issues(doc)).toEqual([
      "form.fields.0.key: validation.terms.fieldKey",
      "form.fields.1.options: validation.terms.optionsRequired",
      "form.fields.2.options.1: validation.terms.optionDuplicate",
      "form.fields.3.options: validation.terms.optionsOnlySelect",
      "form.fields.3.max: validation.terms.minAboveMax",
      "form.fields.3.pattern: validation.terms.patternInvalid",
      "form.fields.4.min: validation.terms.rangeNotApplicable",
      "form.fields.4.pattern: validation.terms.patternOnlyText",
    ]);
  });
});

describe("script", () => {
  const twoSteps = (d: TermsDocument) => {
    d.script = [
      { id: "s1", title: "Ask", say: "Is it an emergency?", branches: [] },
      { id: "s2", title: "Book", say: "Let us book a visit.", branches: [] },
    ];
  };
  it("accepts branches to existing steps and a self-loop that has an answer", () => {
    const doc = withDoc((d) => {
      twoSteps(d);
      d.script[0]!.branches = [
        { answer: "Yes", nextStepId: "s2" },
        { answer: "Repeat, please", nextStepId: "s1" },
      ];
      d.script[1]!.branches = [{ answer: "", nextStepId: "s1" }];
    });
    expect(issues(doc)).toEqual([]);
  });
  it("points at a branch whose target does not exist", () => {
    const doc = withDoc((d) => {
      twoSteps(d);
      d.script[0]!.branches = [{ answer: "No", nextStepId: "gone" }];
    });
    expect(issues(doc)).toEqual(["script.0.branches.0.nextStepId: validation.terms.branchTarget"]);
  });
  it("refuses a self-loop without an answer, a missing answer among several, and repeated answers", () => {
    const doc = withDoc((d) => {
      twoSteps(d);
      d.script[0]!.branches = [{ answer: " ", nextStepId: "s1" }];
      d.script[1]!.branches = [
        { answer: "Yes", nextStepId: "s1" },
        { answer: "", nextStepId: "s1" },
        { answer: "yes", nextStepId: "s1" },
      ];
    });
    expect(issues(doc)).toEqual([
      "script.0.branches.0.answer: validation.terms.selfLoop",
      "script.1.branches.1.answer: validation.terms.answerRequired",
      "script.1.branches.2.answer: validation.terms.answerDuplicate",
    ]);
  });
  it("refuses two steps with one id at the later one", () => {
    const doc = withDoc((d) => {
      twoSteps(d);
      d.script[1]!.id = "s1";
    });
    expect(issues(doc)).toEqual(["script.1.id: validation.terms.itemIdDuplicate"]);
  });
});

describe("business hours and after hours", () => {
  it("points at the overlapping interval and at an end before its start", () => {
    const doc = withDoc((d) => {
      d.hours.weekly.mon = [
        { start: "09:00", end: "13:00" },
        { start: "12:00", end: "18:00" },
      ];
      d.hours.weekly.tue = [{ start: "18:00", end: "09:00" }];
      d.hours.weekly.wed = [{ start: "9:00", end: "24:00" }];
    });
    expect(issues(doc)).toEqual([
      "hours.weekly.mon.1.start: validation.terms.overlap",
      "hours.weekly.tue.0.end: validation.terms.endBeforeStart",
      "hours.weekly.wed.0.start: validation.terms.time",
    ]);
  });
  it("checks holidays: a date that exists, hours when not closed all day, one per date", () => {
    const doc = withDoc((d) => {
      d.hours.holidays = [
        { id: "h1", date: "2026-02-30", name: "Nope", recurring: false, closedAllDay: true, intervals: [] },
        { id: "h2", date: "2026-12-31", name: "Eve", recurring: false, closedAllDay: false, intervals: [] },
        { id: "h3", date: "2026-12-31", name: "Eve again", recurring: false, closedAllDay: true, intervals: [] },
      ];
    });
    expect(issues(doc)).toEqual([
      "hours.holidays.0.date: validation.terms.date",
      "hours.holidays.1.intervals: validation.terms.holidayHoursRequired",
      "hours.holidays.2.date: validation.terms.holidayDuplicate",
    ]);
  });
  it("requires a valid E.164 number to forward to, and normalises what a person typed", () => {
    const missing = withDoc((d) => (d.hours.afterHours = { action: "FORWARD" }));
    expect(issues(missing)).toEqual(["hours.afterHours.forwardTo: validation.terms.forwardToRequired"]);
    const bad = withDoc((d) => (d.hours.afterHours = { action: "FORWARD", forwardTo: "+1 312 555" }));
    expect(issues(bad)).toEqual(["hours.afterHours.forwardTo: validation.terms.phoneE164"]);
    const typed = withDoc((d) => (d.hours.afterHours = { action: "FORWARD", forwardTo: "+7 (916) 123-45-67" }));
    expect(termsDocumentSchema.parse(typed).hours.afterHours.forwardTo).toBe("+79161234567");
  });
  it("checks escalation numbers the same way", () => {
    const doc = withDoc((d) => (d.escalation = [{ id: "e1", when: "Caller threatens", transferTo: "12345" }]));
    expect(issues(doc)).toEqual(["escalation.0.transferTo: validation.terms.phoneE164"]);
  });
});

describe("checks against the client", () => {
  const client = { locale: "ru" as const, contactIds: ["c_anna"] };
  it("needs the greeting in the client's language", () => {
    expect(issues(base(), termsDocumentSchemaFor(client))).toEqual(["general.greeting.ru: validation.terms.greetingClientLocale"]);
  });
  it("accepts the client's contacts and ON_CALL as recipients, and points at an unknown one", () => {
    const doc = withDoc((d) => {
      d.general.greeting.ru = "Здравствуйте!";
      d.outcomes[0]!.delivery.recipients = ["c_anna", "ON_CALL", "c_stranger"];
    });
    expect(issues(doc, termsDocumentSchemaFor(client))).toEqual(["outcomes.0.delivery.recipients.2: validation.terms.recipientUnknown"]);
  });
  it("needs recipients for an urgent or acknowledged message, and unique outcome codes", () => {
    const doc = withDoc((d) => {
      d.outcomes[0]!.delivery.requiresAck = true;
      d.outcomes[1]!.code = "RESOLVED";
    });
    expect(issues(doc)).toEqual(["outcomes.0.delivery.recipients: validation.terms.recipientsRequired", "outcomes.1.code: validation.terms.outcomeCodeDuplicate"]);
  });
});

describe("general and SLA", () => {
  it("needs a note for OTHER, at least one language, and sane SLA figures", () => {
    const doc = withDoc((d) => {
      d.general.purpose = "OTHER";
      d.general.languages = [];
      d.sla = { answeredPercent: 120, withinSeconds: 0, maxAbandonPercent: 5.5, expectedDailyVolume: 10.5 };
    });
    expect(issues(doc)).toEqual([
      "general.languages: validation.terms.languagesRequired",
      "general.purposeNote: validation.terms.purposeNoteRequired",
      "sla.answeredPercent: validation.terms.percent",
      "sla.withinSeconds: validation.terms.seconds",
      "sla.expectedDailyVolume: validation.terms.integer",
    ]);
  });
});
