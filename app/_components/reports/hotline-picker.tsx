"use client";

import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { Select } from "@/app/_components/ui/select";

/**
 * One hotline of the client, or all of them (shown only when the client has several). The choice lives in
 * the URL (`hotline`) next to the period, so the view can be bookmarked and the back button works.
 */
export function HotlinePicker({ hotlines, value, keep }: { hotlines: { id: string; name: string }[]; value: string | null; keep: Record<string, string> }) {
  const t = useTranslations("reports.hotline");
  const pathname = usePathname();
  const router = useRouter();
  const id = useId();
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="text-sm font-medium text-zinc-700">
        {t("label")}
      </label>
      <Select
        id={id}
        wrapperClassName="w-56 max-w-full"
        value={value ?? ""}
        onChange={(e) => router.push(`${pathname}?${new URLSearchParams({ ...keep, ...(e.target.value ? { hotline: e.target.value } : {}) })}`)}
      >
        <option value="">{t("all")}</option>
        {hotlines.map((h) => (
          <option key={h.id} value={h.id}>
            {h.name}
          </option>
        ))}
      </Select>
    </div>
  );
}
