import { WEEKDAYS, type TimeInterval } from "./hours";
import type { TermsDocument, TermsSection } from "./terms.schema";

/**
 * What changed between two versions of a terms document, section by section, for the side-by-side view.
 * List items are matched by their identity (step and FAQ ids, form field keys, outcome codes), so an edit
 * shows as "changed" rather than removed-and-added; an item that moved gets a `position` change.
 */
export type DiffValue = string | number | boolean | string[] | null;
export type DiffField = { field: string; before: DiffValue; after: DiffValue };
export type DiffItem = { change: "added" | "removed" | "changed"; key: string; label: string; fields: DiffField[] };
export type DiffSection = { section: TermsSection; items: DiffItem[] };

type Flat = Record<string, DiffValue>;

const same = (a: DiffValue, b: DiffValue) => JSON.stringify(a) === JSON.stringify(b);
const intervals = (list: readonly TimeInterval[]) => list.map((i) => `${i.start}–${i.end}`).join(", ");

/** A new or dropped item lists what it has, not the settings it leaves empty. */
const filled = (f: Flat): Flat => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== null && v !== "" && !(Array.isArray(v) && v.length === 0)));

function changedFields(a: Flat, b: Flat): DiffField[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.filter((k) => !same(a[k] ?? null, b[k] ?? null)).map((k) => ({ field: k, before: a[k] ?? null, after: b[k] ?? null }));
}

/** A section that is one record (general, SLA): one "changed" item listing the fields that differ. */
function diffRecord(key: string, a: Flat, b: Flat): DiffItem[] {
  const fields = changedFields(a, b);
  return fields.length ? [{ change: "changed", key, label: "", fields }] : [];
}

/** The keys common to both lists that kept their relative order (a longest common subsequence). */
function keptOrder(a: string[], b: string[]): Set<string> {
  const common = new Set(b);
  const x = a.filter((k) => common.has(k));
  const inA = new Set(x);
  const y = b.filter((k) => inA.has(k));
  const table = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) table[i]![j] = x[i] === y[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  }
  const kept = new Set<string>();
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    if (x[i] === y[j]) {
      kept.add(x[i]!);
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return kept;
}

function diffList<T>(a: readonly T[], b: readonly T[], keyOf: (t: T) => string, labelOf: (t: T) => string, flat: (t: T, side: "a" | "b") => Flat): DiffItem[] {
  const aKeys = a.map(keyOf);
  const bKeys = b.map(keyOf);
  const kept = keptOrder(aKeys, bKeys);
  const items: DiffItem[] = [];
  b.forEach((item, bi) => {
    const key = bKeys[bi]!;
    const ai = aKeys.indexOf(key);
    const after = flat(item, "b");
    if (ai < 0) {
      items.push({ change: "added", key, label: labelOf(item), fields: changedFields({}, filled(after)) });
      return;
    }
    const fields = changedFields(flat(a[ai]!, "a"), after);
    if (!kept.has(key)) fields.push({ field: "position", before: ai + 1, after: bi + 1 });
    if (fields.length) items.push({ change: "changed", key, label: labelOf(item), fields });
  });
  a.forEach((item, ai) => {
    const key = aKeys[ai]!;
    if (!bKeys.includes(key)) items.push({ change: "removed", key, label: labelOf(item), fields: changedFields(filled(flat(item, "a")), {}) });
  });
  return items;
}

function sections(a: TermsDocument, b: TermsDocument): Record<TermsSection, DiffItem[]> {
  const general = (d: TermsDocument): Flat => ({
    purpose: d.general.purpose,
    purposeNote: d.general.purposeNote || null,
    hotlineName: d.general.hotlineName,
    "greeting.en": d.general.greeting.en || null,
    "greeting.ru": d.general.greeting.ru || null,
    tone: d.general.tone,
    operatorRules: d.general.operatorRules,
    languages: d.general.languages,
  });
  const hours = (d: TermsDocument): Flat => ({
    alwaysOpen: d.hours.alwaysOpen,
    ...Object.fromEntries(WEEKDAYS.map((w) => [w, intervals(d.hours.weekly[w])])),
    "afterHours.action": d.hours.afterHours.action,
    "afterHours.forwardTo": d.hours.afterHours.forwardTo || null,
    "afterHours.message": d.hours.afterHours.message || null,
  });
  const stepTitle = (d: TermsDocument, id: string) => d.script.find((s) => s.id === id)?.title ?? id;
  const step = (d: TermsDocument) => (s: TermsDocument["script"][number]): Flat => ({
    title: s.title,
    say: s.say,
    branches: s.branches.map((br) => `${br.answer || "…"} → ${stepTitle(d, br.nextStepId)}`),
  });
  type Holiday = TermsDocument["hours"]["holidays"][number];
  const holiday = (h: Holiday): Flat => ({
    date: h.date,
    name: h.name,
    recurring: h.recurring,
    closedAllDay: h.closedAllDay,
    intervals: h.closedAllDay ? null : intervals(h.intervals),
  });
  type Field = TermsDocument["form"]["fields"][number];
  const field = (f: Field): Flat => ({
    label: f.label,
    type: f.type,
    required: f.required,
    help: f.help || null,
    options: f.options?.length ? f.options : null,
    min: f.min ?? null,
    max: f.max ?? null,
    pattern: f.pattern || null,
  });
  type Outcome = TermsDocument["outcomes"][number];
  const outcome = (o: Outcome): Flat => ({ label: o.label, ...o.delivery });
  return {
    general: diffRecord("general", general(a), general(b)),
    hours: [
      ...diffRecord("hours", hours(a), hours(b)),
      ...diffList(a.hours.holidays, b.hours.holidays, (h) => h.id, (h) => h.name, holiday),
    ],
    script: diffList(a.script, b.script, (s) => s.id, (s) => s.title, (s, side) => step(side === "a" ? a : b)(s)),
    faq: diffList(a.faq, b.faq, (f) => f.id, (f) => f.question, (f) => ({ question: f.question, answer: f.answer })),
    form: diffList(a.form.fields, b.form.fields, (f) => f.key, (f) => f.label, field),
    outcomes: diffList(a.outcomes, b.outcomes, (o) => o.code, (o) => o.label, outcome),
    escalation: diffList(a.escalation, b.escalation, (e) => e.id, (e) => e.when, (e) => ({ when: e.when, transferTo: e.transferTo })),
    sla: diffRecord("sla", { ...a.sla }, { ...b.sla }),
  };
}

/** The sections that differ, in document order; an empty list means the two documents say the same. */
export function diffTerms(a: TermsDocument, b: TermsDocument): DiffSection[] {
  return Object.entries(sections(a, b))
    .filter(([, items]) => items.length > 0)
    .map(([section, items]) => ({ section: section as TermsSection, items }));
}
