/**
 * What other domains use from the terms of reference: the document's types and template, business hours,
 * the version in force (the call path and the desk), and the onboarding checklist status.
 */
export { emptyTermsDocument } from "./template";
export { termsDocumentSchema, termsDocumentSchemaFor, ON_CALL, type TermsDocument, type TermsDocumentInput } from "./terms.schema";
export { isOpenAt, openIntervalsOn, holidayOn, WEEKDAYS, type Holiday, type OpeningHours, type TimeInterval, type Weekday } from "./hours";
export { buildCallFormSchema } from "./call-form";
export { versionInForce, termsChecklistStatus } from "./versions-read";
export { createDraft, saveDraft, submitVersion, approveVersion, requestChanges } from "./versions";
