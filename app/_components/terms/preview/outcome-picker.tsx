"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Badge } from "@/app/_components/ui/badge";
import { cn } from "@/app/_lib/cn";
import { ON_CALL, type TermsDocumentInput } from "@/server/terms/terms.schema";
import type { TermsContact } from "../terms-api";

/** The outcomes the operator chooses from at the end of a call, and where each one's summary goes. */
export function OutcomePicker({ outcomes, contacts }: { outcomes: TermsDocumentInput["outcomes"]; contacts: TermsContact[] }) {
  const t = useTranslations("terms.preview");
  const tc = useTranslations("terms.channel");
  const [picked, setPicked] = useState<number | null>(null);
  const chosen = picked === null ? undefined : outcomes[picked];
  if (outcomes.length === 0) return <p className="text-sm text-zinc-500">{t("noOutcomes")}</p>;
  const names = (chosen?.delivery.recipients ?? []).map((r) => (r === ON_CALL ? t("onCall") : (contacts.find((c) => c.id === r)?.name ?? r)));
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-1.5" role="radiogroup" aria-label={t("outcome")}>
        {outcomes.map((o, i) => (
          <button
            key={`${o.code}-${i}`}
            type="button"
            role="radio"
            aria-checked={picked === i}
            onClick={() => setPicked(i)}
            className={cn(
              "rounded-full px-2.5 py-1 text-xs font-medium ring-1 ring-inset focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600",
              picked === i ? "bg-indigo-600 text-white ring-indigo-600" : "bg-white text-zinc-700 ring-zinc-300 hover:bg-zinc-50",
            )}
          >
            {o.label || o.code}
          </button>
        ))}
      </div>
      {chosen ? (
        <p className="flex flex-wrap items-center gap-1.5 text-xs text-zinc-600">
          {names.length ? t("summaryTo", { who: names.join(", "), channel: tc(chosen.delivery.channel) }) : t("noSummary")}
          {chosen.delivery.urgent ? <Badge tone="red">{t("urgent")}</Badge> : null}
          {chosen.delivery.requiresAck ? <Badge tone="amber">{t("ack")}</Badge> : null}
        </p>
      ) : null}
    </div>
  );
}
