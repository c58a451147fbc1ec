"use client";

import { useTranslations } from "next-intl";
import { TabNav } from "@/app/_components/ui/tab-nav";

export function PortalTabs({ base }: { base: string }) {
  const t = useTranslations("portal.tabs");
  const tabs = [
    { href: base, label: t("overview"), exact: true },
    { href: `${base}/terms`, label: t("terms") },
    { href: `${base}/on-call`, label: t("onCall") },
    { href: `${base}/documents`, label: t("documents") },
    { href: `${base}/messages`, label: t("messages") },
  ];
  return <TabNav tabs={tabs} label={t("label")} className="overflow-x-auto px-3 sm:px-5" />;
}
