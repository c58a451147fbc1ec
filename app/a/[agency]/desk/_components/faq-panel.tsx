"use client";

import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { SearchIcon } from "@/app/_components/icons";
import { Card, CardContent, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { Input } from "@/app/_components/ui/input";
import { searchFaq } from "@/server/desk/faq-search";
import type { PopTerms } from "./desk-types";

/** The client's FAQ, searchable as the caller asks; each entry opens to its answer. */
export function FaqPanel({ faq }: { faq: PopTerms["faq"] }) {
  const t = useTranslations("desk.faq");
  const [query, setQuery] = useState("");
  const found = useMemo(() => searchFaq(faq, query), [faq, query]);
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
      </CardHeader>
      <CardContent className="space-y-3">
        {faq.length === 0 ? (
          <p className="text-sm text-zinc-500">{t("empty")}</p>
        ) : (
          <>
            <div className="relative">
              <SearchIcon className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-zinc-400" />
              <Input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t("search")} aria-label={t("search")} className="pl-9" />
            </div>
            {found.length === 0 ? <p className="text-sm text-zinc-500">{t("noMatch", { query })}</p> : null}
            <ul className="max-h-80 divide-y divide-zinc-100 overflow-y-auto">
              {found.map((f) => (
                <li key={f.id}>
                  <details className="group py-2" open={found.length === 1 || undefined}>
                    <summary className="cursor-pointer list-none rounded text-sm font-medium text-zinc-900 hover:text-indigo-700 focus-visible:outline-2 focus-visible:outline-indigo-600">
                      {f.question}
                    </summary>
                    <p className="mt-1.5 text-sm whitespace-pre-line text-zinc-600">{f.answer}</p>
                  </details>
                </li>
              ))}
            </ul>
          </>
        )}
      </CardContent>
    </Card>
  );
}
