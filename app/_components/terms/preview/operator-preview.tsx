"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Badge } from "@/app/_components/ui/badge";
import { cn } from "@/app/_lib/cn";
import type { FormField } from "@/server/terms/call-form.schema";
import { TERMS_LOCALES, type TermsDocumentInput, type TermsLocale } from "@/server/terms/terms.schema";
import type { TermsContact } from "../terms-api";
import { CallFormPreview } from "./call-form-preview";
import { FaqSearch } from "./faq-search";
import { OpenNow } from "./open-now";
import { OutcomePicker } from "./outcome-picker";
import { ScriptStepper } from "./script-stepper";

const TABS = ["script", "faq", "form"] as const;

/**
 * What the operator will see when this client's call rings: the hotline and whether it is open, the
 * greeting to say, the manner, then the script, the searchable FAQ and the call form with the outcomes.
 * It follows the document as it is edited.
 */
export function OperatorPreview({ doc, timezone, clientLocale, contacts }: { doc: TermsDocumentInput; timezone: string; clientLocale: TermsLocale; contacts: TermsContact[] }) {
  const t = useTranslations("terms.preview");
  const tp = useTranslations("terms.purpose");
  const [tab, setTab] = useState<(typeof TABS)[number]>("script");
  const greetings = TERMS_LOCALES.filter((l) => doc.general.greeting[l]);
  const [locale, setLocale] = useState<TermsLocale>(clientLocale);
  const shown = greetings.includes(locale) ? locale : greetings[0];

  return (
    <section aria-label={t("title")} className="overflow-hidden rounded-xl bg-zinc-900 p-1.5 shadow-lg ring-1 ring-zinc-950/20">
      <p className="flex items-center gap-2 px-2.5 pt-1 pb-2 text-xs font-medium text-zinc-300">
        <span className="size-2 rounded-full bg-emerald-400" aria-hidden="true" />
        {t("title")}
      </p>
      <div className="space-y-4 rounded-lg bg-white p-4">
        <header className="space-y-2">
          <div className="flex flex-wrap items-center gap-2">
            <h3 className="text-base font-semibold text-zinc-900">{doc.general.hotlineName || t("noName")}</h3>
            <Badge tone="indigo">{tp(doc.general.purpose)}</Badge>
          </div>
          <OpenNow hours={doc.hours} timezone={timezone} />
          {doc.general.languages.length ? <p className="text-xs text-zinc-500">{t("languages", { list: doc.general.languages.map((l) => l.toUpperCase()).join(" · ") })}</p> : null}
        </header>

        {shown ? (
          <div>
            <div className="flex items-center justify-between gap-2">
              <p className="text-xs font-medium text-zinc-500">{t("greeting")}</p>
              {greetings.length > 1 ? (
                <div className="flex gap-1" role="group" aria-label={t("greetingLanguage")}>
                  {greetings.map((l) => (
                    <button key={l} type="button" aria-pressed={l === shown} onClick={() => setLocale(l)} className={cn("rounded px-1.5 py-0.5 text-xs font-medium uppercase", l === shown ? "bg-zinc-900 text-white" : "text-zinc-500 hover:bg-zinc-100")}>
                      {l}
                    </button>
                  ))}
                </div>
              ) : null}
            </div>
            <blockquote className="mt-1.5 rounded-lg bg-emerald-50 px-3 py-2.5 text-sm leading-relaxed whitespace-pre-wrap text-emerald-950 ring-1 ring-emerald-600/15">{doc.general.greeting[shown]}</blockquote>
          </div>
        ) : null}

        {doc.general.tone || doc.general.operatorRules ? (
          <details className="rounded-lg bg-zinc-50 px-3 py-2 text-sm ring-1 ring-zinc-950/[0.05]">
            <summary className="cursor-pointer text-xs font-medium text-zinc-700">{t("manner")}</summary>
            {doc.general.tone ? <p className="mt-2 text-zinc-700">{doc.general.tone}</p> : null}
            {doc.general.operatorRules ? <p className="mt-2 whitespace-pre-wrap text-zinc-600">{doc.general.operatorRules}</p> : null}
          </details>
        ) : null}

        <div>
          <div role="tablist" aria-label={t("title")} className="flex gap-1 border-b border-zinc-200">
            {TABS.map((key) => (
              <button
                key={key}
                type="button"
                role="tab"
                aria-selected={tab === key}
                onClick={() => setTab(key)}
                className={cn("-mb-px border-b-2 px-2.5 py-1.5 text-xs font-medium", tab === key ? "border-indigo-600 text-indigo-700" : "border-transparent text-zinc-500 hover:text-zinc-800")}
              >
                {t(`tabs.${key}`)}
                {key === "faq" && doc.faq.length ? <span className="ml-1 text-zinc-400">{doc.faq.length}</span> : null}
              </button>
            ))}
          </div>
          <div role="tabpanel" className="pt-3">
            {tab === "script" ? <ScriptStepper steps={doc.script} /> : null}
            {tab === "faq" ? <FaqSearch faq={doc.faq} /> : null}
            {tab === "form" ? (
              <div className="space-y-4">
                <CallFormPreview fields={doc.form.fields as FormField[]} />
                <div className="border-t border-zinc-100 pt-3">
                  <p className="mb-2 text-xs font-medium text-zinc-500">{t("outcome")}</p>
                  <OutcomePicker outcomes={doc.outcomes} contacts={contacts} />
                </div>
              </div>
            ) : null}
          </div>
        </div>

        {doc.escalation.length ? (
          <div className="rounded-lg bg-amber-50 px-3 py-2 text-xs text-amber-900 ring-1 ring-amber-600/15">
            <p className="font-medium">{t("escalation")}</p>
            <ul className="mt-1 space-y-0.5">
              {doc.escalation.map((e) => (
                <li key={e.id}>
                  {e.when} → <span className="font-mono">{e.transferTo}</span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </section>
  );
}
