import type { TermsDocument, TermsDocumentInput } from "@/server/terms/terms.schema";

/**
 * The document as the form holds it. An input shows an absent text as "", and react-hook-form then
 * counts the form as changed; giving every optional text its "" up front keeps "unsaved changes" honest.
 */
export function toFormValues(doc: TermsDocument): TermsDocumentInput {
  return {
    ...doc,
    general: { ...doc.general, purposeNote: doc.general.purposeNote ?? "", greeting: { en: doc.general.greeting.en ?? "", ru: doc.general.greeting.ru ?? "" } },
    hours: { ...doc.hours, afterHours: { ...doc.hours.afterHours, forwardTo: doc.hours.afterHours.forwardTo ?? "", message: doc.hours.afterHours.message ?? "" } },
    form: { fields: doc.form.fields.map((f) => ({ ...f, help: f.help ?? "", pattern: f.type === "TEXT" ? (f.pattern ?? "") : f.pattern })) },
  };
}
