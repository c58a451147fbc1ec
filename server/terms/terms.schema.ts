import { z } from "zod";
import { callFormSchema } from "./call-form.schema";
import { hoursSectionSchema, itemIdSchema } from "./hours.schema";
import { e164Schema } from "./phone";

/**
 * The terms of reference document, stored as JSON in TermsVersion.document: everything an operator needs
 * to answer a client's hotline the way the client wants it answered. Messages are keys under
 * `validation.` and every issue carries the exact path of the field to fix, so the editor shows it there.
 */
export const PURPOSES = ["ORDERS", "SUPPORT", "INFORMATION", "PSYCHOLOGICAL_HELP", "REFERRAL_SERVICE", "OTHER"] as const;
export const TERMS_LOCALES = ["en", "ru"] as const;
export type TermsLocale = (typeof TERMS_LOCALES)[number];
export const DELIVERY_CHANNELS = ["EMAIL", "SMS"] as const;
/** A delivery recipient meaning "whoever is on call at that moment" (the on-call roster). */
export const ON_CALL = "ON_CALL";

const text = (max: number) => z.string().trim().max(max, "validation.tooLong");
const requiredText = (max: number) => z.string().trim().min(1, "validation.required").max(max, "validation.tooLong");

/** Reports every item after the first whose `pick` value repeats, at `[index, field]`. */
function uniqueBy<T>(pick: (item: T) => string, field: string, message: string) {
  return (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const key = pick(item);
      if (seen.has(key)) ctx.addIssue({ code: "custom", message, path: [i, field] });
      seen.add(key);
    });
  };
}

export const generalSchema = z
  .object({
    purpose: z.enum(PURPOSES),
    /** What the hotline is for when the purpose is OTHER, or a note on the purpose. */
    purposeNote: text(500).optional(),
    /** The name callers hear ("Aurora Dental appointments"). */
    hotlineName: requiredText(100),
    greeting: z.object({ en: text(1000).optional(), ru: text(1000).optional() }),
    tone: text(1000),
    operatorRules: text(5000),
    /** ISO 639-1 codes of the languages the hotline is answered in. */
    languages: z
      .array(z.string().regex(/^[a-z]{2}$/, "validation.terms.language"))
      .min(1, "validation.terms.languagesRequired")
      .max(20, "validation.terms.tooMany")
      .refine((l) => new Set(l).size === l.length, "validation.terms.languageDuplicate"),
  })
  .superRefine((g, ctx) => {
    if (g.purpose === "OTHER" && !g.purposeNote) ctx.addIssue({ code: "custom", message: "validation.terms.purposeNoteRequired", path: ["purposeNote"] });
  });

const branchSchema = z.object({
  /** What the caller answers ("Yes", "An emergency"); empty means "continue" and needs no choice. */
  answer: text(200),
  nextStepId: z.string().min(1, "validation.terms.branchTarget"),
});

export const scriptStepSchema = z.object({
  id: itemIdSchema,
  title: requiredText(120),
  say: requiredText(5000),
  branches: z.array(branchSchema).max(12, "validation.terms.tooMany"),
});

/** Steps in order. Branch targets must exist; a step choosing between branches needs an answer on each. */
export const scriptSchema = z
  .array(scriptStepSchema)
  .max(100, "validation.terms.tooMany")
  .superRefine(uniqueBy((s) => s.id, "id", "validation.terms.itemIdDuplicate"))
  .superRefine((steps, ctx) => {
    const ids = new Set(steps.map((s) => s.id));
    steps.forEach((step, i) => {
      const answers = new Set<string>();
      step.branches.forEach((branch, j) => {
        const at = (field: string) => [i, "branches", j, field];
        const answer = branch.answer.trim().toLowerCase();
        if (branch.nextStepId && !ids.has(branch.nextStepId)) {
          ctx.addIssue({ code: "custom", message: "validation.terms.branchTarget", path: at("nextStepId") });
        }
        if (!answer && branch.nextStepId === step.id) ctx.addIssue({ code: "custom", message: "validation.terms.selfLoop", path: at("answer") });
        else if (!answer && step.branches.length > 1) ctx.addIssue({ code: "custom", message: "validation.terms.answerRequired", path: at("answer") });
        else if (answer && answers.has(answer)) ctx.addIssue({ code: "custom", message: "validation.terms.answerDuplicate", path: at("answer") });
        answers.add(answer);
      });
    });
  });

export const faqSchema = z
  .array(z.object({ id: itemIdSchema, question: requiredText(300), answer: requiredText(5000) }))
  .max(300, "validation.terms.tooMany")
  .superRefine(uniqueBy((f) => f.id, "id", "validation.terms.itemIdDuplicate"));

export const outcomeSchema = z
  .object({
    code: z.string().regex(/^[A-Z][A-Z0-9_]{0,39}$/, "validation.terms.outcomeCode"),
    label: requiredText(100),
    delivery: z.object({
      /** Client contact ids and/or ON_CALL; empty means the summary goes to nobody. */
      recipients: z
        .array(z.string().min(1).max(64))
        .max(20, "validation.terms.tooMany")
        .refine((r) => new Set(r).size === r.length, "validation.terms.recipientDuplicate"),
      channel: z.enum(DELIVERY_CHANNELS),
      urgent: z.boolean(),
      /** The message must be acknowledged, else it escalates along the on-call order. */
      requiresAck: z.boolean(),
    }),
  })
  .superRefine((o, ctx) => {
    if ((o.delivery.requiresAck || o.delivery.urgent) && o.delivery.recipients.length === 0) {
      ctx.addIssue({ code: "custom", message: "validation.terms.recipientsRequired", path: ["delivery", "recipients"] });
    }
  });

export const escalationSchema = z
  .array(z.object({ id: itemIdSchema, when: requiredText(500), transferTo: e164Schema }))
  .max(50, "validation.terms.tooMany")
  .superRefine(uniqueBy((e) => e.id, "id", "validation.terms.itemIdDuplicate"));

export const slaSchema = z.object({
  answeredPercent: z.number("validation.terms.number").int("validation.terms.integer").min(1, "validation.terms.percent").max(100, "validation.terms.percent"),
  withinSeconds: z.number("validation.terms.number").int("validation.terms.integer").min(1, "validation.terms.seconds").max(3600, "validation.terms.seconds"),
  maxAbandonPercent: z.number("validation.terms.number").min(0, "validation.terms.percent").max(100, "validation.terms.percent"),
  expectedDailyVolume: z.number("validation.terms.number").int("validation.terms.integer").min(0, "validation.terms.volume").max(1_000_000, "validation.terms.volume"),
});

export const termsDocumentSchema = z.object({
  schemaVersion: z.literal(1),
  general: generalSchema,
  hours: hoursSectionSchema,
  script: scriptSchema,
  faq: faqSchema,
  form: callFormSchema,
  outcomes: z.array(outcomeSchema).max(50, "validation.terms.tooMany").superRefine(uniqueBy((o) => o.code, "code", "validation.terms.outcomeCodeDuplicate")),
  escalation: escalationSchema,
  sla: slaSchema,
});

export type TermsDocument = z.output<typeof termsDocumentSchema>;
export type TermsDocumentInput = z.input<typeof termsDocumentSchema>;
export type TermsSection = Exclude<keyof TermsDocument, "schemaVersion">;
export const TERMS_SECTIONS = ["general", "hours", "script", "faq", "form", "outcomes", "escalation", "sla"] as const satisfies readonly TermsSection[];

/**
 * The document checked against its client: the greeting must exist in the client's own language, and
 * delivery recipients must be the client's contacts (or ON_CALL). The editor and the services use the
 * same schema, so the form and the server give the same messages at the same fields.
 */
export function termsDocumentSchemaFor(client: { locale: TermsLocale; contactIds: readonly string[] }) {
  const contacts = new Set(client.contactIds);
  return termsDocumentSchema.superRefine((doc, ctx) => {
    if (!doc.general.greeting[client.locale]) {
      ctx.addIssue({ code: "custom", message: "validation.terms.greetingClientLocale", path: ["general", "greeting", client.locale] });
    }
    doc.outcomes.forEach((o, i) => {
      o.delivery.recipients.forEach((r, j) => {
        if (r !== ON_CALL && !contacts.has(r)) {
          ctx.addIssue({ code: "custom", message: "validation.terms.recipientUnknown", path: ["outcomes", i, "delivery", "recipients", j] });
        }
      });
    });
  });
}
