"use client";

import { useTranslations } from "next-intl";
import { Card, CardContent } from "@/app/_components/ui/card";
import type { ScreenPop } from "./desk-types";

/** "Say first": the client's greeting in the caller's language, large enough to read aloud. */
export function GreetingCard({ terms }: { terms: ScreenPop["terms"] }) {
  const t = useTranslations("desk.call");
  return (
    <Card className="bg-gradient-to-br from-indigo-600 to-indigo-700 text-white ring-0">
      <CardContent>
        <p className="text-xs font-semibold tracking-wide text-indigo-100 uppercase">{t("sayFirst")}</p>
        <p className="mt-2 text-lg leading-relaxed font-medium">{terms?.greeting ?? (terms ? t("noGreeting") : t("noTerms"))}</p>
        {terms?.tone ? (
          <p className="mt-3 text-sm text-indigo-100">
            <span className="font-semibold">{t("tone")}:</span> {terms.tone}
          </p>
        ) : null}
        {terms?.operatorRules ? (
          <p className="mt-1 text-sm whitespace-pre-line text-indigo-100">
            <span className="font-semibold">{t("rules")}:</span> {terms.operatorRules}
          </p>
        ) : null}
      </CardContent>
    </Card>
  );
}
