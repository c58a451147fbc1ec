"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { SearchIcon } from "@/app/_components/icons";
import { Input } from "@/app/_components/ui/input";
import type { TermsDocumentInput } from "@/server/terms/terms.schema";

/** The FAQ as the operator searches it mid-call: every word typed must appear in the question or answer. */
export function FaqSearch({ faq }: { faq: TermsDocumentInput["faq"] }) {
  const t = useTranslations("terms.preview");
  const id = useId();
  const [query, setQuery] = useState("");
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const hits = faq.filter((f) => {
    const text = `${f.question} ${f.answer}`.toLocaleLowerCase();
    return words.every((w) => text.includes(w));
  });
  if (faq.length === 0) return <p className="py-6 text-center text-sm text-zinc-500">{t("noFaq")}</p>;
  return (
    <div className="space-y-3">
      <div className="relative">
        <label htmlFor={id} className="sr-only">
          {t("searchFaq")}
        </label>
        <SearchIcon className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-zinc-400" />
        <Input id={id} type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t("searchFaq")} className="pl-8" />
      </div>
      <p className="sr-only" aria-live="polite">
        {t("faqResults", { count: hits.length })}
      </p>
      {hits.length === 0 ? (
        <p className="py-4 text-center text-sm text-zinc-500">{t("noFaqHits")}</p>
      ) : (
        <ul className="divide-y divide-zinc-100 rounded-lg ring-1 ring-zinc-950/[0.08]">
          {hits.map((f) => (
            <li key={f.id}>
              <details className="group px-3 py-2">
                <summary className="cursor-pointer text-sm font-medium text-zinc-900 marker:text-zinc-400">{f.question}</summary>
                <p className="mt-1.5 text-sm whitespace-pre-wrap text-zinc-600">{f.answer}</p>
              </details>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
