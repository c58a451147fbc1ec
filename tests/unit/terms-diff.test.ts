import { describe, expect, it } from "vitest";
import { diffTerms } from "@/server/terms/diff";
import { emptyTermsDocument } from "@/server/terms/template";
import type { TermsDocument } from "@/server/terms/terms.schema";

const base = () => structuredClone(emptyTermsDocument("en", { hotlineName: "Aurora" }));
const edited = (change: (d: TermsDocument) => void) => {
  const d = base();
  change(d);
  return d;
};

describe("diffTerms", () => {
  it("finds nothing between a document and its copy", () => {
    expect(diffTerms(base(), base())).toEqual([]);
  });

  it("reports changed fields of a record section, old and new value side by side", () => {
    const b = edited((d) => {
      d.general.greeting.ru = "Здравствуйте!";
      d.general.hotlineName = "Aurora Dental";
      d.sla.withinSeconds = 30;
    });
    expect(diffTerms(base(), b)).toEqual([
      {
        section: "general",
        items: [
          {
            change: "changed",
            key: "general",
            label: "",
            fields: [
              { field: "hotlineName", before: "Aurora", after: "Aurora Dental" },
              { field: "greeting.ru", before: null, after: "Здравствуйте!" },
            ],
          },
        ],
      },
      { section: "sla", items: [{ change: "changed", key: "sla", label: "", fields: [{ field: "withinSeconds", before: 20, after: 30 }] }] },
    ]);
  });

  it("matches list items by identity: edits are changes, new and dropped items are added and removed", () => {
    const b = edited((d) => {
      d.script[1]!.say = "What can I do for you?";
      d.script.splice(2, 1);
      d.faq.push({ id: "f1", question: "Where are you?", answer: "Main street 1" });
      d.form.fields[2]!.type = "TEXT";
    });
    const sections = Object.fromEntries(diffTerms(base(), b).map((s) => [s.section, s.items]));
    expect(Object.keys(sections)).toEqual(["script", "faq", "form"]);
    expect(sections.script).toEqual([
      { change: "changed", key: "need", label: "Find out the need", fields: [{ field: "say", before: "How can I help you today?", after: "What can I do for you?" }] },
      { change: "removed", key: "close", label: "Close the call", fields: expect.arrayContaining([{ field: "title", before: "Close the call", after: null }]) },
    ]);
    expect(sections.faq).toEqual([
      {
        change: "added",
        key: "f1",
        label: "Where are you?",
        fields: [
          { field: "question", before: null, after: "Where are you?" },
          { field: "answer", before: null, after: "Main street 1" },
        ],
      },
    ]);
    expect(sections.form).toEqual([{ change: "changed", key: "reason", label: "Reason for calling", fields: [{ field: "type", before: "LONG_TEXT", after: "TEXT" }] }]);
  });

  it("marks only the item that moved, not every item whose index shifted", () => {
    const b = edited((d) => {
      const [close] = d.script.splice(2, 1);
      d.script.unshift(close!);
    });
    expect(diffTerms(base(), b)).toEqual([
      { section: "script", items: [{ change: "changed", key: "close", label: "Close the call", fields: [{ field: "position", before: 3, after: 1 }] }] },
    ]);
  });

  it("shows hours per weekday, holidays by id, and branches with their target's title", () => {
    const b = edited((d) => {
      d.hours.weekly.sat = [{ start: "10:00", end: "14:00" }];
      d.hours.holidays.push({ id: "ny", date: "2027-01-01", name: "New Year", recurring: true, closedAllDay: true, intervals: [] });
      d.script[0]!.branches = [{ answer: "Emergency", nextStepId: "close" }];
    });
    const sections = diffTerms(base(), b);
    expect(sections.find((s) => s.section === "hours")?.items).toEqual([
      { change: "changed", key: "hours", label: "", fields: [{ field: "sat", before: "", after: "10:00–14:00" }] },
      expect.objectContaining({ change: "added", key: "ny", label: "New Year" }),
    ]);
    expect(sections.find((s) => s.section === "script")?.items[0]?.fields).toEqual([{ field: "branches", before: [], after: ["Emergency → Close the call"] }]);
  });
});
