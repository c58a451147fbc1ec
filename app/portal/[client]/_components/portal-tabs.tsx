"use client";

import { useTranslations } from "next-intl";
import { TabNav } from "@/app/_components/ui/tab-nav";

export function PortalTabs({ base }: { base: string }) {
  const t = useTranslations("portal.tabs");
  const tr = useTranslations("reports.tabs");
  const tabs = [
    { href: base, label: t("overview"), exact: true },
    { href: `${base}/calls`, label: tr("calls") },
    { href: `${base}/terms`, label: t("terms") },
    { href: `${base}/on-call`, label: t("onCall") },
    { href: `${base}/documents`, label: t("documents") },
    { href: `${base}/messages`, label: t("messages") },
    { href: `${base}/billing`, label: t("billing") },
    { href: `${base}/settings`, label: t("settings") },
  ];
  return <TabNav tabs={tabs} label={t("label")} className="overflow-x-auto px-3 sm:px-5" />;
}
