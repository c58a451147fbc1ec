"use client";

import type { TermsLocale, TermsSection } from "@/server/terms/terms.schema";
import type { TermsContact } from "../terms-api";
import { EscalationSection } from "./escalation-section";
import { FaqSection } from "./faq-section";
import { FormSection } from "./form-section";
import { GeneralSection } from "./general-section";
import { HoursSection } from "./hours-section";
import { OutcomesSection } from "./outcomes-section";
import { ScriptSection } from "./script-section";
import { SlaSection } from "./sla-section";

export function SectionBody({ section, readOnly, client }: { section: TermsSection; readOnly: boolean; client: { locale: TermsLocale; timezone: string; contacts: TermsContact[] } }) {
  switch (section) {
    case "general":
      return <GeneralSection clientLocale={client.locale} />;
    case "hours":
      return <HoursSection timezone={client.timezone} readOnly={readOnly} />;
    case "script":
      return <ScriptSection readOnly={readOnly} />;
    case "faq":
      return <FaqSection readOnly={readOnly} />;
    case "form":
      return <FormSection readOnly={readOnly} />;
    case "outcomes":
      return <OutcomesSection contacts={client.contacts} readOnly={readOnly} />;
    case "escalation":
      return <EscalationSection readOnly={readOnly} />;
    case "sla":
      return <SlaSection />;
  }
}
