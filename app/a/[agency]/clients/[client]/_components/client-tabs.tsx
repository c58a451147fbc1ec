"use client";

import { useTranslations } from "next-intl";
import { TabNav } from "@/app/_components/ui/tab-nav";

/** The client's sections. Users (portal access) is for admins, billing for supervisors up, like the procedures behind them. */
export function ClientTabs({ base, canManage, canSeeBilling = false }: { base: string; canManage: boolean; canSeeBilling?: boolean }) {
  const t = useTranslations("clients.tabs");
  const tabs = [
    { href: base, label: t("overview"), exact: true },
    { href: `${base}/details`, label: t("details") },
    { href: `${base}/terms`, label: t("terms") },
    { href: `${base}/on-call`, label: t("onCall") },
    { href: `${base}/hotlines`, label: t("hotlines") },
    { href: `${base}/documents`, label: t("documents") },
    ...(canSeeBilling ? [{ href: `${base}/billing`, label: t("billing") }] : []),
    ...(canManage ? [{ href: `${base}/users`, label: t("users") }] : []),
  ];
  return <TabNav tabs={tabs} label={t("label")} className="-mx-4 mt-6 overflow-x-auto border-b border-zinc-200 px-4 sm:mx-0 sm:px-0" />;
}
