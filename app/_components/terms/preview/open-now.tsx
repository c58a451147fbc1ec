"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Badge } from "@/app/_components/ui/badge";
import { intervalProblems, isOpenAt, WEEKDAYS } from "@/server/terms/hours";
import type { TermsDocumentInput } from "@/server/terms/terms.schema";

/** "Open now" / "Closed now" as the desk will judge it: the client's hours and holidays, in its zone. */
export function OpenNow({ hours, timezone }: { hours: TermsDocumentInput["hours"]; timezone: string }) {
  const t = useTranslations("terms.preview");
  const ta = useTranslations("terms.afterHours.actions");
  const format = useFormatter();
  const [now, setNow] = useState<Date | null>(null);
  useEffect(() => {
    setNow(new Date());
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);
  // Until the hours are valid (being edited), there is nothing sound to say.
  const valid = WEEKDAYS.every((d) => intervalProblems(hours.weekly[d] ?? []).length === 0);
  if (!now || !valid) return null;
  const open = isOpenAt({ alwaysOpen: hours.alwaysOpen, weekly: hours.weekly }, hours.holidays ?? [], timezone, now);
  return (
    <div className="flex flex-wrap items-center gap-2 text-xs text-zinc-500">
      <Badge tone={open ? "green" : "red"}>{open ? t("openNow") : t("closedNow")}</Badge>
      <span className="tabular-nums">{t("localTime", { time: format.dateTime(now, { timeStyle: "short", timeZone: timezone }) })}</span>
      {open ? null : <span>· {t("afterHours", { action: ta(hours.afterHours.action) })}</span>}
    </div>
  );
}
