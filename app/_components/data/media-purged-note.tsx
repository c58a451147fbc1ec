"use client";

import { useFormatter, useTranslations } from "next-intl";

/** Where a player would be: the recording and voicemail were deleted under the agency's retention policy. */
export function MediaPurgedNote({ purgedAt, timeZone }: { purgedAt: Date | string | null; timeZone: string }) {
  const t = useTranslations("data.call");
  const format = useFormatter();
  if (!purgedAt) return null;
  return (
    <p className="mt-4 rounded-md bg-zinc-50 px-3 py-2 text-sm text-zinc-600 ring-1 ring-zinc-950/5" data-testid="media-purged">
      {t("mediaPurged")}{" "}
      <span className="text-zinc-400">{t("mediaPurgedOn", { date: format.dateTime(new Date(purgedAt), { timeZone, dateStyle: "medium" }) })}</span>
    </p>
  );
}
